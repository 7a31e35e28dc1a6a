import { covers } from '../../model/matching.js';
import type { StateRule } from './types.js';

/**
 * Catalogue W3 (and 6.5): on a versioned bucket, Expiration only turns the current version into a
 * noncurrent one behind a delete marker. Unless some rule also expires noncurrent versions of the
 * same objects, nothing is ever freed and the old versions are billed forever.
 */
export const versionedExpirationWithoutNoncurrent: StateRule = {
  meta: {
    id: 'versioned-expiration-without-noncurrent',
    description: 'On a versioned bucket, a rule that expires objects is paired with NoncurrentVersionExpiration for the same objects.',
    defaultSeverity: 'warning',
    catalogue: ['W3', '6.5'],
  },
  check(ctx) {
    if (ctx.state.versioning === 'Never') return;
    const cleaners = ctx.rules.filter(
      (r) => r.canonical.status === 'Enabled' && r.canonical.noncurrentExpiration?.noncurrentDays !== undefined,
    );
    for (const r of ctx.rules) {
      const e = r.canonical.expiration;
      if (r.canonical.status !== 'Enabled' || (e?.days === undefined && e?.date === undefined)) continue;
      if (cleaners.some((c) => covers(c.canonical.selector, r.canonical.selector))) continue;
      const state = ctx.state.versioning === 'Enabled' ? 'versioning enabled' : 'versioning suspended';
      ctx.report({
        pointer: r.view.at('Expiration'),
        reportOnKey: true,
        message:
          `${r.view.label}: bucket ${ctx.state.bucket} has ${state}, so Expiration only adds a delete marker and keeps the old version; ` +
          'no rule expires noncurrent versions of these objects, so their data is never freed. Add NoncurrentVersionExpiration (and ExpiredObjectDeleteMarker to clear the markers).',
      });
    }
  },
};
