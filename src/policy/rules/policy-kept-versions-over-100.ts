import { MAX_NEWER_NONCURRENT_VERSIONS } from '../../model/lifecycle.js';
import type { PolicyRule } from './types.js';

/** Catalogue 3d.6 / W11: AWS documents at most 100 retained noncurrent versions; more is unverified. */
export const policyKeptVersionsOver100: PolicyRule = {
  meta: {
    id: 'policy-kept-versions-over-100',
    description: `A stage keeps at most ${MAX_NEWER_NONCURRENT_VERSIONS} noncurrent versions (noncurrentVersions.keepNewest), the most AWS documents.`,
    defaultSeverity: 'warning',
    catalogue: ['3d.6', 'W11'],
    messages: {
      overMax: {
        message: "stage '{{stage}}': keepNewest {{keep}} is over the {{max}} noncurrent versions AWS documents",
        hint: 'Whether AWS rejects more is unverified: test it on a sandbox bucket, or keep {{max}} or fewer.',
      },
    },
  },
  check(ctx) {
    for (const stage of ctx.policy.stages) {
      const keep = stage.noncurrent?.keepNewest;
      if (keep === undefined || keep <= MAX_NEWER_NONCURRENT_VERSIONS) continue;
      ctx.report({
        pointer: stage.at('noncurrentVersions', 'keepNewest'),
        messageId: 'overMax',
        data: { stage: stage.name, keep, max: MAX_NEWER_NONCURRENT_VERSIONS },
      });
    }
  },
};
