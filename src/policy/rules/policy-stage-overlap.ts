import type { StorageClassName } from '../../model/lifecycle.js';
import { FAVOURED_OVER_INTELLIGENT_TIERING, canTransition } from '../../model/storage-classes.js';
import { plural } from '../../lint/messages.js';
import { transitionsByDay, type PolicyStage } from '../model.js';
import { describeSelection, intersection, overlaps } from '../selection.js';
import type { PolicyRule } from './types.js';

/**
 * A policy says "each object belongs to one stage"; S3 says "every rule whose filter matches
 * applies" and resolves conflicts by its own order (catalogue §7, W9): the shorter expiry wins, the
 * lower-cost class wins, Intelligent-Tiering is favoured except over GLACIER and DEEP_ARCHIVE.
 * This rule names the objects two stages share and what S3 will do with them.
 */
export const policyStageOverlap: PolicyRule = {
  meta: {
    id: 'policy-stage-overlap',
    description: 'No two stages select the same objects; when they do, the finding says which stage S3 lets win.',
    defaultSeverity: 'warning',
    catalogue: ['4.4', 'W9'],
    messages: {
      overlap: {
        message: "stages '{{a}}' and '{{b}}' both select {{objects}}; S3 applies the rules of both",
        hint: '{{outcome}}Give each stage its own prefix, or tags with different values for one key.',
      },
    },
  },
  check(ctx) {
    const stages = ctx.policy.stages;
    stages.forEach((b, j) => {
      for (const a of stages.slice(0, j)) {
        if (!overlaps(a.select, b.select)) continue;
        const parts = [expiryOutcome(a, b), transitionOutcome(a, b), noncurrentOutcome(a, b)].filter((p): p is string => p !== undefined);
        const outcome = parts.length ? ` ${parts.join(' ')}` : '';
        ctx.report({
          pointer: b.select.prefix || b.select.tags.length ? b.at('select') : b.pointer,
          reportOnKey: true,
          messageId: 'overlap',
          data: {
            a: a.name,
            b: b.name,
            objects: describeSelection(intersection(a.select, b.select)),
            outcome: outcome ? `${outcome.trim()} ` : '',
          },
        });
      }
    });
  },
};

function expiryOutcome(a: PolicyStage, b: PolicyStage): string | undefined {
  const ea = a.expireAfterDays;
  const eb = b.expireAfterDays;
  if (ea === undefined && eb === undefined) return undefined;
  if (ea !== undefined && eb !== undefined) {
    const [win, days] = ea <= eb ? [a, ea] : [b, eb];
    return `Expiry: S3 honours the shorter one, stage '${win.name}' (${plural(days, 'day')}).`;
  }
  const [exp, keep, days] = ea !== undefined ? [a, b, ea] : [b, a, eb!];
  return `Expiry: stage '${exp.name}' deletes them after ${plural(days, 'day')} although stage '${keep.name}' never expires them.`;
}

function transitionOutcome(a: PolicyStage, b: PolicyStage): string | undefined {
  const ta = transitionsByDay(a).pop();
  const tb = transitionsByDay(b).pop();
  if (!ta || !tb || ta.storageClass === tb.storageClass) return undefined;
  const win = lowerCostClass(ta.storageClass, tb.storageClass);
  const pick =
    win === undefined
      ? `the lower-priced of ${ta.storageClass} (stage '${a.name}') and ${tb.storageClass} (stage '${b.name}')`
      : `${win} (stage '${win === ta.storageClass ? a.name : b.name}') over ${win === ta.storageClass ? tb.storageClass : ta.storageClass}`;
  return `Transitions: where both apply, S3 moves objects to the lower-cost class, favouring Intelligent-Tiering over all but ${FAVOURED_OVER_INTELLIGENT_TIERING.join(' and ')}: ${pick}.`;
}

function noncurrentOutcome(a: PolicyStage, b: PolicyStage): string | undefined {
  const na = a.noncurrent;
  const nb = b.noncurrent;
  if (!na || !nb || (na.expireAfterDays === nb.expireAfterDays && na.keepNewest === nb.keepNewest)) return undefined;
  return `Noncurrent versions: each rule deletes what it selects, so the stricter of the two (fewer versions kept, fewer days) decides.`;
}

/** The class S3 picks when two transitions overlap (catalogue §7); undefined when the table cannot tell. */
export function lowerCostClass(x: StorageClassName, y: StorageClassName): StorageClassName | undefined {
  if (x === y) return x;
  if (x === 'INTELLIGENT_TIERING') return FAVOURED_OVER_INTELLIGENT_TIERING.includes(y) ? y : x;
  if (y === 'INTELLIGENT_TIERING') return FAVOURED_OVER_INTELLIGENT_TIERING.includes(x) ? x : y;
  // Down the waterfall is down in price: a class objects can move to is the cheaper one.
  if (canTransition(x, y)) return y;
  if (canTransition(y, x)) return x;
  return undefined;
}
