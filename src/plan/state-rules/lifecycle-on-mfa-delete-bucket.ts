import { evidenceFor } from '../../lint/evidence/records.js';
import { joinPointer } from '../../load/pointer.js';
import type { StateRule } from './types.js';

/**
 * Catalogue 6.3: AWS documents that "lifecycle configuration on multi-factor authentication
 * (MFA)-enabled buckets is not supported". Whether the PUT is rejected or the rules are ignored is
 * unverified, so this is a warning until tested on AWS.
 */
export const lifecycleOnMfaDeleteBucket: StateRule = {
  meta: {
    id: 'lifecycle-on-mfa-delete-bucket',
    description: 'Lifecycle rules are not put on a bucket with MFA delete, where AWS does not support them.',
    defaultSeverity: 'warning',
    catalogue: ['6.3'],
    evidence: evidenceFor('6.3'),
  },
  check(ctx) {
    if (!ctx.state.mfaDelete || ctx.rules.length === 0) return;
    ctx.report({
      pointer: joinPointer(ctx.base, 'Rules'),
      reportOnKey: true,
      message: `bucket ${ctx.state.bucket} has MFA delete enabled, and AWS does not support lifecycle configuration on MFA-delete buckets: the PUT may be refused or the rules may never run. Turn MFA delete off or manage this bucket's data another way.`,
    });
  },
};
