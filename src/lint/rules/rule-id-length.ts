import { documented } from '../report-message.js';
import { MAX_RULE_ID_CHARS } from '../../model/s3-limits.js';
import { charLength } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { str } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 1.5: a rule's ID is at most 255 characters. */
export const ruleIdLength: LifecycleRule = {
  meta: {
    id: 'rule-id-length',
    description: `A rule's ID is at most ${MAX_RULE_ID_CHARS} characters long.`,
    defaultSeverity: 'error',
    catalogue: ['1.5'],
    evidence: evidenceFor('1.5'),
    messages: {
      tooLong: {
        message: '{{rule}}: its ID is {{length}} characters long, more than the {{max}} S3 allows',
        aws: documented('InvalidArgument'),
        hint: 'Shorten the ID to {{max}} characters or fewer.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const id = str(rule.raw.ID);
      if (id === undefined) continue;
      const length = charLength(id);
      if (length <= MAX_RULE_ID_CHARS) continue;
      // The label would repeat the whole overlong ID; the rule's position names it well enough.
      ctx.report({
        pointer: rule.at('ID'),
        messageId: 'tooLong',
        data: { rule: `rule #${rule.index + 1}`, length, max: MAX_RULE_ID_CHARS },
      });
    }
  },
};
