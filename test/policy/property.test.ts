/**
 * Property: any policy the schema accepts and whose stages respect AWS's transition rules compiles,
 * and the whole lifecycle lint registry finds no error in what it compiles to. The generator builds
 * transition chains from the storage-class table (waterfall, gaps), so the property
 * keeps holding when the table or the registry grows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRetentionPolicy } from '../../src/generated/retention-policy-validator.js';
import type { StorageClassName } from '../../src/model/lifecycle.js';
import { STORAGE_CLASSES } from '../../src/model/storage-classes.js';
import { checkPolicy } from '../../src/policy/check-policy.js';
import { renderRequest } from '../../src/policy/compile.js';

const ARCHIVE = new Set(['GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE']);

/** A chain of transitions S3 accepts: down the waterfall, each after the minimum day and gap. */
const chain = fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 120 })), { maxLength: 4 }).map((steps) => {
  const out: Array<{ afterDays: number; storageClass: StorageClassName }> = [];
  let from: StorageClassName = 'STANDARD';
  let day = -1;
  for (const [pick, extra] of steps) {
    const options: readonly StorageClassName[] = STORAGE_CLASSES[from].transitionsTo;
    if (!options.length) break;
    const to: StorageClassName = options[pick % options.length]!;
    const earliest = Math.max(from === 'STANDARD' ? 0 : day + STORAGE_CLASSES[from].nextTransitionGapDays, day + 1);
    day = earliest + extra;
    out.push({ afterDays: day, storageClass: to });
    from = to;
  }
  return out;
});

const tags = fc.dictionary(fc.constantFrom('stage', 'team', 'model'), fc.constantFrom('dev', 'prod', 'ml', ''), { minKeys: 1, maxKeys: 3 });

const stage = fc
  .record(
    {
      prefix: fc.constantFrom('a/', 'a/b/', 'c/', 'models/', 'x'),
      tags,
      chain,
      expireExtra: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      archiveLast: fc.boolean(),
      noncurrent: fc.option(
        fc.record({
          keepNewest: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
          expireAfterDays: fc.integer({ min: 1, max: 400 }),
        }),
        { nil: undefined },
      ),
      failedRuns: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      abort: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      markers: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['chain', 'archiveLast'] },
  )
  .map((g) => {
    const s: Record<string, unknown> = {};
    const select: Record<string, unknown> = {};
    if (g.prefix !== undefined) select.prefix = g.prefix;
    if (g.tags !== undefined) select.tags = g.tags;
    if (Object.keys(select).length) s.select = select;
    const last = g.chain[g.chain.length - 1];
    if (g.archiveLast && last && ARCHIVE.has(last.storageClass)) {
      if (g.chain.length > 1) s.transitions = g.chain.slice(0, -1);
      s.archive = last;
    } else {
      if (g.chain.length) s.transitions = g.chain;
      if (g.expireExtra !== undefined) s.expireAfterDays = (last?.afterDays ?? 0) + g.expireExtra;
    }
    if (g.noncurrent) s.noncurrentVersions = Object.fromEntries(Object.entries(g.noncurrent).filter(([, v]) => v !== undefined));
    if (g.failedRuns !== undefined) s.failedRuns = { tags: { status: 'failed' }, expireAfterDays: g.failedRuns };
    if (g.abort !== undefined) s.abortIncompleteUploadsAfterDays = g.abort;
    if (g.markers !== undefined) s.removeExpiredDeleteMarkers = g.markers;
    return s;
  });

const policy = fc
  .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), stage), {
    minLength: 1,
    maxLength: 8,
    selector: ([name]) => name,
  })
  .map((stages) => ({
    apiVersion: 'lifeguard/v1',
    kind: 'RetentionPolicy',
    metadata: { name: 'prop' },
    bucket: { name: 'prop-bucket' },
    stages: Object.fromEntries(stages),
  }));

describe('random valid policies', () => {
  it('compile, and the compiled configuration has no error finding from any lifecycle rule', () => {
    fc.assert(
      fc.property(policy, (p) => {
        expect(validateRetentionPolicy(p), JSON.stringify(validateRetentionPolicy.errors)).toBe(true);
        const result = checkPolicy('prop.yaml', p);
        expect(result.findings.filter((f) => f.ruleId === 'policy-compile')).toEqual([]);
        expect(result.compilation).toBeDefined();
        // Findings of the compiled output are the ones not raised by the policy's own rules.
        const output = result.findings.filter((f) => !f.ruleId.startsWith('policy-'));
        expect(output.filter((f) => f.severity === 'error')).toEqual([]);
        // Every finding is located in the policy, never in generated JSON.
        for (const f of result.findings) expect(f.file).toBe('prop.yaml');
        expect(renderRequest(checkPolicy('prop.yaml', p).compilation!.request)).toBe(renderRequest(result.compilation!.request));
      }),
      { numRuns: 400 },
    );
  });
});
