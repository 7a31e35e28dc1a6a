import type { LifecycleRule } from '../types.js';
import { int, obj, str } from '../../model/values.js';

/**
 * Catalogue W6: an Expiration (Days or Date) on a rule that selects every object (`Filter: {}`,
 * an empty Prefix). It deletes the whole bucket by age, including everything uploaded later, which
 * deserves a second reader. ExpiredObjectDeleteMarker alone deletes no data and is left alone.
 */
export const wholeBucketExpiration: LifecycleRule = {
  meta: {
    id: 'whole-bucket-expiration',
    description: 'An Expiration that applies to every object in the bucket is flagged for review.',
    defaultSeverity: 'warning',
    catalogue: ['W6'],
    messages: {
      wholeBucket: {
        message: '{{rule}} has no prefix, tag or size filter: it deletes every object {{when}}',
        hint: 'Scope the rule with a prefix or tag unless the whole bucket is meant to be temporary (in a versioned bucket the data stays as noncurrent versions).',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const expiration = obj(rule.raw.Expiration);
      if (!rule.enabled || !expiration || !rule.selector.wholeBucket) continue;
      if (rule.selector.version !== 'v1' && rule.selector.version !== 'v2') continue;
      const days = int(expiration.Days);
      const date = str(expiration.Date);
      let when: string;
      if (days !== undefined) when = `${days} ${days === 1 ? 'day' : 'days'} after it is created`;
      else if (date !== undefined) when = `from ${date.slice(0, 10)} on`;
      else continue;
      ctx.report({
        pointer: rule.at('Expiration', days !== undefined ? 'Days' : 'Date'),
        messageId: 'wholeBucket',
        data: { rule: rule.label, when },
      });
    }
  },
};
