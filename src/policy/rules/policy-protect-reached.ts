import { plural } from '../../lint/messages.js';
import { currentExpiries } from '../model.js';
import { describeSelection, intersection, overlaps } from '../selection.js';
import type { PolicyRule } from './types.js';

/**
 * `protect` cannot be compiled into S3 filters: a lifecycle filter selects by prefix and tags but
 * cannot exclude any. So every protected selection must lie outside every expiring selection; the
 * only way to keep tagged objects out is a selection that asks for another value of the same key.
 */
export const policyProtectReached: PolicyRule = {
  meta: {
    id: 'policy-protect-reached',
    description: 'No stage expires current versions that a protect entry (prefix or tags) covers.',
    defaultSeverity: 'error',
    catalogue: [],
  },
  check(ctx) {
    for (const entry of ctx.policy.protect) {
      const why = entry.reason ? ` (${entry.reason})` : '';
      for (const stage of ctx.policy.stages) {
        for (const e of currentExpiries(stage)) {
          if (!overlaps(e.selection, entry.select)) continue;
          ctx.report({
            pointer: e.pointer,
            message: `stage '${stage.name}' expires current versions after ${plural(e.days, 'day')} (${e.what}) and reaches ${describeSelection(intersection(e.selection, entry.select))}, which protect[${entry.index}]${why} covers. S3 lifecycle filters cannot exclude a prefix or a tag: move the protected objects out of the stage's prefix, or select the stage by a tag value the protected objects do not carry.`,
          });
        }
      }
    }
  },
};
