import { acceptedBut } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { has } from '../../model/values.js';
import { addAbortRule } from '../fixes/plans.js';

/**
 * Catalogue W12: nothing in the configuration aborts incomplete multipart uploads. Their parts are
 * billed until someone aborts them and do not show in object listings (Trusted Advisor's "S3
 * Incomplete Multipart Upload Abort Configuration", checkov CKV_AWS_300). Reported once, on Rules.
 */
export const abortMultipartMissing: LifecycleRule = {
  meta: {
    id: 'abort-multipart-missing',
    description: 'Some enabled rule aborts incomplete multipart uploads (AbortIncompleteMultipartUpload).',
    defaultSeverity: 'warning',
    catalogue: ['W12'],
    fix: { kind: 'safe', what: 'adds a rule `abort-incomplete-multipart-uploads` (enabled, the whole bucket) that aborts incomplete multipart uploads after 7 days, at the end of Rules' },
  },
  check(ctx) {
    // No rules at all is rejected (1.1); the error elsewhere says so.
    if (ctx.rules.length === 0) return;
    const aborting = ctx.rules.filter((r) => has(r.raw, 'AbortIncompleteMultipartUpload'));
    if (aborting.some((r) => r.enabled)) return;
    const none = aborting.length === 0 ? 'no rule has' : `only disabled rules (${aborting.map((r) => r.label).join(', ')}) have`;
    ctx.report({
      pointer: `${ctx.base}/Rules`,
      reportOnKey: true,
      message: acceptedBut(
        'the configuration',
        `${none} AbortIncompleteMultipartUpload, so the parts of multipart uploads that never complete stay in the bucket, billed as storage and invisible to object listings, until someone aborts them; add an enabled rule with an empty Filter (or a prefix only: not with tag or size filters) and "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}`,
      ),
      fixes: [addAbortRule(ctx)].filter((p) => p !== undefined),
    });
  },
};
