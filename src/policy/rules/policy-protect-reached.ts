import { plural } from '../../lint/messages.js';
import { checkProtection } from '../../model-registry/protect.js';
import { compilePolicy, policyPointerOf } from '../compile.js';
import { currentExpiries } from '../model.js';
import { protectReference } from '../protect-references.js';
import { describeSelection, intersection } from '../selection.js';
import type { PolicyRule } from './types.js';

/**
 * `protect` cannot be compiled into S3 filters: a lifecycle filter selects by prefix and tags but
 * cannot exclude any. So every protected selection must lie outside every expiring selection; the
 * only way to keep tagged objects out is a selection that asks for another value of the same key.
 * The decision is the registry-protection check's, run on the compiled rules (so protect entries and
 * registry manifests are judged alike); the finding is moved to the stage value behind the rule.
 */
export const policyProtectReached: PolicyRule = {
  meta: {
    id: 'policy-protect-reached',
    description: 'No stage expires current versions that a protect entry (prefix or tags) covers.',
    defaultSeverity: 'error',
    catalogue: [],
    messages: {
      reached: {
        message:
          "stage '{{stage}}' expires current versions after {{days}} and reaches {{objects}}, which protect[{{index}}]{{why}} covers",
        hint: "S3 lifecycle filters cannot exclude a prefix or a tag: move the protected objects out of the stage's prefix, or select the stage by a tag value they do not carry.",
      },
    },
  },
  check(ctx) {
    const compilation = compilePolicy(ctx.policy);
    const expiries = ctx.policy.stages.flatMap((stage) => currentExpiries(stage).map((e) => ({ stage, ...e })));
    for (const entry of ctx.policy.protect) {
      const why = entry.reason ? ` (${entry.reason})` : '';
      for (const hit of checkProtection(compilation.request, [protectReference(entry)])) {
        const e = expiries.find((x) => x.pointer === policyPointerOf(compilation, hit.pointer));
        if (!e) continue;
        ctx.report({
          pointer: e.pointer,
          messageId: 'reached',
          data: {
            stage: e.stage.name,
            days: plural(e.days, 'day'),
            what: e.what,
            objects: describeSelection(intersection(e.selection, entry.select)),
            index: entry.index,
            why,
          },
        });
      }
    }
  },
};
