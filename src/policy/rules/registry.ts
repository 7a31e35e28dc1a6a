/**
 * Every policy rule, by id, in sorted order; and the metadata of the other findings a policy can
 * get (schema, compile, agreement with a committed lifecycle file), so that configuration, docs and
 * SARIF know every id.
 */
import { COMPILE_MESSAGES } from '../feasibility.js';
import { evidenceFor } from '../../lint/evidence/records.js';
import type { RuleMeta } from '../../lint/types.js';
import { policyExpiryBeforeMinStorage } from './policy-expiry-before-min-storage.js';
import { policyExpiryBeforeRetention } from './policy-expiry-before-retention.js';
import { policyKeptVersionsOver100 } from './policy-kept-versions-over-100.js';
import { policyProtectReached } from './policy-protect-reached.js';
import { policyStageOverlap } from './policy-stage-overlap.js';
import type { PolicyRule } from './types.js';

export const POLICY_RULES: Readonly<Record<string, PolicyRule>> = {
  'policy-expiry-before-min-storage': policyExpiryBeforeMinStorage,
  'policy-expiry-before-retention': policyExpiryBeforeRetention,
  'policy-kept-versions-over-100': policyKeptVersionsOver100,
  'policy-protect-reached': policyProtectReached,
  'policy-stage-overlap': policyStageOverlap,
};

export const POLICY_SCHEMA: RuleMeta = {
  id: 'policy-schema',
  description:
    'The retention policy follows its schema (schemas/retention-policy.schema.json): known keys, right types, valid names and values.',
  defaultSeverity: 'error',
  catalogue: [],
};

export const POLICY_COMPILE: RuleMeta = {
  id: 'policy-compile',
  description:
    'Every stage of the policy compiles into lifecycle rules that AWS accepts (transition order and gaps, expiry after transitions, tag keys, rule count).',
  defaultSeverity: 'error',
  catalogue: ['1.2', '2.3', '3b.4', '3b.5', '3b.6', '3b.9'],
  evidence: evidenceFor('1.2', '2.3', '3b.4', '3b.5', '3b.6', '3b.9'),
  messages: COMPILE_MESSAGES,
};

export const LIFECYCLE_MATCHES_POLICY: RuleMeta = {
  id: 'lifecycle-matches-policy',
  description: 'A committed lifecycle file that .lifeguard.yml pairs with a policy holds the same rules as the policy compiles to.',
  defaultSeverity: 'error',
  catalogue: [],
};

/** Metadata of everything the policy side can report, for allRuleMetas(). */
export const POLICY_RULE_METAS: readonly RuleMeta[] = [
  LIFECYCLE_MATCHES_POLICY,
  POLICY_COMPILE,
  POLICY_SCHEMA,
  ...Object.values(POLICY_RULES).map((r) => r.meta),
];
