import { documented } from '../report-message.js';
import { joinPointer } from '../../load/pointer.js';
import type { LifecycleRule } from '../types.js';
import { isObj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

const FIX = 'To remove every rule, delete the lifecycle configuration instead (DeleteBucketLifecycle).';

/**
 * Catalogue 1.1: a configuration holds at least one rule. A missing `Rules` and an empty one are the
 * same request on the wire (no <Rule> element), so they get the same answer.
 */
export const rulesRequired: LifecycleRule = {
  meta: {
    id: 'rules-required',
    description: 'The configuration has a "Rules" list with at least one rule.',
    defaultSeverity: 'error',
    catalogue: ['1.1'],
    evidence: evidenceFor('1.1'),
    messages: {
      missing: { message: 'the configuration has no "Rules" list; S3 needs at least one rule', aws: documented('MalformedXML'), hint: FIX },
      empty: {
        message: 'the configuration\'s "Rules" list is empty; S3 needs at least one rule',
        aws: documented('MalformedXML'),
        hint: FIX,
      },
    },
  },
  check(ctx) {
    // A LifecycleConfiguration that is not a mapping is a shape fault the schema reports.
    const holder = ctx.base === '' ? ctx.document : isObj(ctx.document) ? ctx.document.LifecycleConfiguration : undefined;
    if (!isObj(holder)) return;
    const rules = ctx.config.Rules;
    if (!Object.hasOwn(ctx.config, 'Rules') || rules === undefined) {
      ctx.report({
        pointer: ctx.base,
        reportOnKey: true,
        messageId: 'missing',
      });
    } else if (Array.isArray(rules) && rules.length === 0) {
      ctx.report({
        pointer: joinPointer(ctx.base, 'Rules'),
        messageId: 'empty',
      });
    }
  },
};
