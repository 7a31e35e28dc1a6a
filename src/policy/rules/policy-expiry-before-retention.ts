import { plural } from '../../lint/messages.js';
import { currentExpiries, type PolicyStage } from '../model.js';
import { describeSelection, intersection, overlaps } from '../selection.js';
import type { PolicyRule } from './types.js';

/**
 * A stage that promises to keep its objects (minRetentionDays, or Object Lock through `immutable`)
 * must not have its current versions expired earlier: not by its own TTL, not by its failed-runs
 * TTL, and not by another stage whose selection reaches its objects (S3 applies every matching rule).
 */
export const policyExpiryBeforeRetention: PolicyRule = {
  meta: {
    id: 'policy-expiry-before-retention',
    description: 'No expiry reaches the current versions of a production or immutable stage before its retention ends.',
    defaultSeverity: 'error',
    catalogue: ['6.4', 'W5'],
    messages: {
      beforeRetention: {
        message: "{{who}} expires current versions after {{days}} ({{what}}), before the {{retention}}-day retention of stage '{{kept}}'",
        hint: '{{consequence}}',
      },
    },
  },
  check(ctx) {
    for (const kept of ctx.policy.stages) {
      const promise = retentionOf(kept);
      if (!promise) continue;
      for (const stage of ctx.policy.stages) {
        for (const e of currentExpiries(stage)) {
          if (e.days >= promise.days || !overlaps(e.selection, kept.select)) continue;
          const who =
            stage === kept
              ? `stage '${stage.name}'`
              : `stage '${stage.name}' also reaches ${describeSelection(intersection(e.selection, kept.select))} of stage '${kept.name}' and`;
          ctx.report({
            pointer: e.pointer,
            messageId: 'beforeRetention',
            data: {
              who,
              days: plural(e.days, 'day'),
              what: e.what,
              retention: promise.days,
              kept: kept.name,
              consequence: `The retention comes from ${promise.source}.${promise.consequence}`,
            },
          });
        }
      }
    }
  },
};

function retentionOf(stage: PolicyStage): { days: number; source: string; consequence: string } | undefined {
  const min = stage.minRetentionDays ?? 0;
  const lock = stage.immutable?.retentionDays ?? 0;
  if (min === 0 && lock === 0) return undefined;
  if (lock >= min) {
    return {
      days: lock,
      source: `immutable: ${stage.immutable!.mode} Object Lock`,
      // catalogue 6.4: lifecycle still places delete markers on locked objects.
      consequence:
        ' Object Lock keeps the locked versions, but the expiry still places delete markers, so the objects vanish from listings and reads while storage keeps being billed.',
    };
  }
  return { days: min, source: 'minRetentionDays', consequence: ' Raise the expiry or narrow the selection.' };
}
