import { shortList } from '../report-message.js';
import type { LifecycleRule } from '../types.js';
import { has } from '../../model/values.js';
import { ABORT_AFTER_DAYS, ABORT_RULE_ID, addAbortRule } from '../fixes/plans.js';

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
    fix: {
      kind: 'safe',
      what: `adds a rule \`${ABORT_RULE_ID}\` (enabled, the whole bucket) that aborts incomplete multipart uploads after ${ABORT_AFTER_DAYS} days, at the end of Rules`,
    },
    messages: {
      none: {
        message: 'no rule aborts incomplete multipart uploads: their parts stay, billed and unlisted',
        hint: `Add an enabled rule with an empty Filter (or a prefix only) and "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": ${ABORT_AFTER_DAYS}}.`,
      },
      onlyDisabled: {
        message: 'only disabled rules ({{rules}}) abort incomplete multipart uploads: their parts stay, billed',
        hint: `Enable one, or add an enabled rule with "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": ${ABORT_AFTER_DAYS}}.`,
      },
    },
  },
  check(ctx) {
    // No rules at all is rejected (1.1); the error elsewhere says so.
    if (ctx.rules.length === 0) return;
    const aborting = ctx.rules.filter((r) => has(r.raw, 'AbortIncompleteMultipartUpload'));
    if (aborting.some((r) => r.enabled)) return;
    ctx.report({
      pointer: `${ctx.base}/Rules`,
      reportOnKey: true,
      ...(aborting.length === 0
        ? { messageId: 'none' }
        : { messageId: 'onlyDisabled', data: { rules: shortList(aborting.map((r) => r.label)) } }),
      fixes: [addAbortRule(ctx)].filter((p) => p !== undefined),
    });
  },
};
