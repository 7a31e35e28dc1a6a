/**
 * Policy rules lint a retention policy itself (not its compiled output). Same Finding and RuleMeta
 * shapes as lifecycle rules, so severities, docs pages, SARIF and annotations work alike.
 */
import type { Report, RuleMeta } from '../../lint/types.js';
import type { Policy } from '../model.js';

export interface PolicyContext {
  readonly file: string;
  /** The policy, already checked against its schema. */
  readonly policy: Policy;
  report(report: Report): void;
}

export interface PolicyRule {
  meta: RuleMeta;
  check(ctx: PolicyContext): void;
}
