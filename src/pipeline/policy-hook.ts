/**
 * Retention policies in `check`: schema, policy rules, compile, and the lifecycle lint of every
 * stage's compiled output, all located in the policy file (src/policy/check-policy.ts).
 */
import type { LifeguardConfig } from '../config/config.js';
import type { SourceDocument } from '../load/document.js';
import type { Finding } from '../lint/types.js';
import { checkPolicy } from '../policy/check-policy.js';

export function lintPolicyDocument(doc: SourceDocument, config: LifeguardConfig): Finding[] {
  return checkPolicy(doc.file, doc.data, { severities: config.rules }).findings;
}
