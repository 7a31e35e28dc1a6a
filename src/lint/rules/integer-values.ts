import { recorded, SCHEMA_TEXT } from '../report-message.js';
import { MAX_S3_INTEGER } from '../../model/s3-limits.js';
import { evidenceFor } from '../evidence/records.js';
import type { LifecycleRule, LintContext } from '../types.js';
import { arr, obj } from '../../model/values.js';
import type { RuleView } from '../view.js';

/** Members S3 types as Integer (32-bit) or Long, by where they sit in a rule. */
const INTEGER_MEMBERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Expiration', ['Days']],
  ['NoncurrentVersionExpiration', ['NoncurrentDays', 'NewerNoncurrentVersions']],
  ['AbortIncompleteMultipartUpload', ['DaysAfterInitiation']],
];
const INTEGER_LISTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Transitions', ['Days']],
  ['NoncurrentVersionTransitions', ['NoncurrentDays', 'NewerNoncurrentVersions']],
];
const LONG_MEMBERS = ['ObjectSizeGreaterThan', 'ObjectSizeLessThan'];

/** A whole number as JSON or YAML 1.2 write one (YAML also takes 0x and 0o forms). */
const WHOLE = /^[-+]?\d+$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;

/**
 * Catalogue 1.10 (types): the numbers S3 takes as integers are written as whole numbers, and the
 * Integer ones fit S3's 32-bit range. `30.0` and `3e1` parse to 30, but the XML S3 reads would
 * carry them as written (the AWS CLI refuses a float before it sends anything); 9007199254740993
 * parses to another number altogether. Non-finite values and fractions (30.5) are the schema
 * rule's (lifecycle-schema).
 */
export const integerValues: LifecycleRule = {
  meta: {
    id: 'integer-values',
    description: "Days, counts and object sizes are written as whole numbers, and days and counts fit S3's 32-bit integers.",
    defaultSeverity: 'error',
    catalogue: ['1.10'],
    evidence: evidenceFor('1.10-integers'),
    messages: {
      notWhole: {
        message: '{{rule}}: {{field}} is written {{written}}, not as a whole number',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Write {{value}}.',
      },
      tooLarge: {
        message: '{{rule}}: {{field}} is {{shown}}, beyond the 32-bit integers S3 takes',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Use at most {{max}}.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const [action, members] of INTEGER_MEMBERS) {
        const o = obj(rule.raw[action]);
        if (o) for (const m of members) checkValue(ctx, rule, o[m], [action, m], true);
      }
      for (const [list, members] of INTEGER_LISTS) {
        arr(rule.raw[list]).forEach((item, i) => {
          const o = obj(item);
          if (o) for (const m of members) checkValue(ctx, rule, o[m], [list, i, m], true);
        });
      }
      const filter = obj(rule.raw.Filter);
      for (const where of [filter, obj(filter?.And)]) {
        if (!where) continue;
        const path = where === filter ? ['Filter'] : ['Filter', 'And'];
        for (const m of LONG_MEMBERS) checkValue(ctx, rule, where[m], [...path, m], false);
      }
    }
  },
};

function checkValue(ctx: LintContext, rule: RuleView, value: unknown, path: ReadonlyArray<string | number>, integer: boolean): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) return;
  const pointer = rule.at(...path);
  const written = ctx.literal?.(pointer)?.trim();
  const field = `${path[0]}${typeof path[1] === 'number' ? `[${path[1]}]` : ''}.${String(path.at(-1))}`;
  if (written !== undefined && written !== '' && !WHOLE.test(written)) {
    ctx.report({ pointer, messageId: 'notWhole', data: { rule: rule.label, field, written, value: String(value) } });
    return;
  }
  if (integer && Math.abs(value) > MAX_S3_INTEGER) {
    const shown = written && WHOLE.test(written) ? written : String(value);
    ctx.report({
      pointer,
      messageId: 'tooLarge',
      data: { rule: rule.label, field, shown, max: MAX_S3_INTEGER.toLocaleString('en-US') },
    });
  }
}
