import { joinPointer } from '../../load/pointer.js';
import { isProductionStage } from '../../lint/rules/production-expiration.js';
import type { StateRule, StateTarget } from './types.js';

/** Why a target must be immutable, and the key of .lifeguard.yml that says so; undefined if not. */
export function immutabilityReason(t: StateTarget): { key: 'immutable' | 'stage'; why: string } | undefined {
  if (t.immutable === true) return { key: 'immutable', why: 'is marked immutable' };
  if (isProductionStage(t.stage)) return { key: 'stage', why: `is the ${t.stage} stage` };
  return undefined;
}

/**
 * A production or immutable target promises that data cannot be deleted or overwritten before its
 * time; only Object Lock keeps that promise against people and tools outside lifecycle.
 */
export const productionWithoutObjectLock: StateRule = {
  meta: {
    id: 'production-without-object-lock',
    description: "A production or immutable target's bucket has Object Lock enabled.",
    defaultSeverity: 'warning',
    catalogue: ['6.4'],
  },
  check(ctx) {
    const reason = immutabilityReason(ctx.target);
    if (!reason || ctx.state.objectLock.enabled) return;
    ctx.report({
      file: ctx.configFile,
      pointer: joinPointer(ctx.targetPointer, reason.key),
      message: `target ${ctx.target.name} ${reason.why}, but bucket ${ctx.state.bucket} has no Object Lock: nothing stops its objects from being deleted or overwritten before their time.`,
    });
  },
};
