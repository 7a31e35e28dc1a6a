import type { StateRule } from './types.js';

/** Catalogue W4 (3d.8): a bucket that was never versioned has no noncurrent versions to act on. */
export const noncurrentOnUnversionedBucket: StateRule = {
  meta: {
    id: 'noncurrent-on-unversioned-bucket',
    description: 'Noncurrent-version actions are only used on buckets that have (or had) versioning.',
    defaultSeverity: 'warning',
    catalogue: ['W4', '3d.8'],
  },
  check(ctx) {
    if (ctx.state.versioning !== 'Never') return;
    for (const r of ctx.rules) {
      if (r.canonical.status !== 'Enabled') continue;
      const actions = [
        ...(r.canonical.noncurrentTransitions.length ? ['NoncurrentVersionTransitions'] : []),
        ...(r.canonical.noncurrentExpiration ? ['NoncurrentVersionExpiration'] : []),
      ];
      for (const action of actions) {
        ctx.report({
          pointer: r.view.at(action),
          reportOnKey: true,
          message: `${r.view.label}: ${action} has no effect: bucket ${ctx.state.bucket} has never had versioning, so it holds no noncurrent versions.`,
        });
      }
    }
  },
};
