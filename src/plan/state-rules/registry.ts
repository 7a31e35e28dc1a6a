/**
 * Bucket-state rules by id, sorted (a test keeps it so), and the engine that runs them with the
 * configured severities. Pure: a bucket's state and the proposed rules in, findings out.
 */
import { severityFor } from '../../lint/severity.js';
import { findingOf } from '../../lint/report-message.js';
import type { Finding, SeveritySetting } from '../../lint/types.js';
import { expirationShorterThanObjectLock } from './expiration-shorter-than-object-lock.js';
import { lifecycleOnMfaDeleteBucket } from './lifecycle-on-mfa-delete-bucket.js';
import { noncurrentOnUnversionedBucket } from './noncurrent-on-unversioned-bucket.js';
import { productionWithoutObjectLock } from './production-without-object-lock.js';
import type { StateContext, StateRule } from './types.js';
import { versionedExpirationWithoutNoncurrent } from './versioned-expiration-without-noncurrent.js';

export const STATE_RULES: Readonly<Record<string, StateRule>> = {
  'expiration-shorter-than-object-lock': expirationShorterThanObjectLock,
  'lifecycle-on-mfa-delete-bucket': lifecycleOnMfaDeleteBucket,
  'noncurrent-on-unversioned-bucket': noncurrentOnUnversionedBucket,
  'production-without-object-lock': productionWithoutObjectLock,
  'versioned-expiration-without-noncurrent': versionedExpirationWithoutNoncurrent,
};

export type StateInput = Omit<StateContext, 'report'>;

export function checkBucketState(
  input: StateInput,
  severities: Readonly<Record<string, SeveritySetting>> = {},
  rules: readonly StateRule[] = Object.values(STATE_RULES),
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityFor(rule.meta, rule.meta.defaultSeverity, severities[rule.meta.id]);
    if (!severity) continue;
    rule.check({
      ...input,
      report: (r) => findings.push(findingOf(rule.meta, r, input.file, severity)),
    });
  }
  return findings;
}
