/**
 * Retention policies are linted by the policy module (issue #3). Until it lands, a policy file is
 * recognised and reported as not yet supported rather than silently passed.
 */
import type { LifeguardConfig } from '../config/config.js';
import type { SourceDocument } from '../load/document.js';
import type { Finding } from '../lint/types.js';

export function lintPolicyDocument(doc: SourceDocument, _config: LifeguardConfig): Finding[] {
  return [
    {
      ruleId: 'parse-error',
      severity: 'error',
      message: 'retention policies are recognised but not yet checked by this version of lifeguard.',
      file: doc.file,
      pointer: '',
    },
  ];
}
