/**
 * What each policy field compiles to. Every case goes through the whole pipeline (schema, policy
 * rules, compile, lint of the output), so it also shows the output is accepted.
 */
import { describe, expect, it } from 'vitest';
import type { S3LifecycleRule } from '../../src/model/lifecycle.js';
import { HEAD, checkText } from '../helpers/policy.js';

function compiled(stages: string, head = HEAD, options = {}) {
  const result = checkText(`${head}stages:\n${stages}`, options);
  expect(
    result.findings.filter((f) => f.severity === 'error'),
    'no error finding',
  ).toEqual([]);
  expect(result.compilation, 'a compilation').toBeDefined();
  return result.compilation!.request;
}

const rules = (stages: string, head = HEAD) => compiled(stages, head).LifecycleConfiguration.Rules;
const byId = (rs: S3LifecycleRule[]) => Object.fromEntries(rs.map((r) => [r.ID, r]));

describe('compiling each policy field', () => {
  it('select: a bare Prefix, a single Tag, or And with two or more predicates', () => {
    const r = byId(
      rules(
        `  a:\n    select: { prefix: a/ }\n    expireAfterDays: 1\n  b:\n    select: { tags: { stage: b } }\n    expireAfterDays: 1\n  c:\n    select: { tags: { z: "1", stage: c } }\n    expireAfterDays: 1\n  d:\n    select: { prefix: d/, tags: { stage: d } }\n    expireAfterDays: 1\n`,
      ),
    );
    expect(r['p.a.expire']!.Filter).toEqual({ Prefix: 'a/' });
    expect(r['p.b.expire']!.Filter).toEqual({ Tag: { Key: 'stage', Value: 'b' } });
    expect(r['p.c.expire']!.Filter).toEqual({
      And: {
        Tags: [
          { Key: 'stage', Value: 'c' },
          { Key: 'z', Value: '1' },
        ],
      },
    });
    expect(r['p.d.expire']!.Filter).toEqual({ And: { Prefix: 'd/', Tags: [{ Key: 'stage', Value: 'd' }] } });
  });

  it('no select: the whole bucket, and whole-bucket housekeeping rules named after the policy', () => {
    const rs = rules(`  all:\n    expireAfterDays: 30\n`);
    expect(rs.map((r) => [r.ID, r.Filter])).toEqual([
      ['p.all.expire', { Prefix: '' }],
      ['p.delete-markers', { Prefix: '' }],
      ['p.abort-mpu', { Prefix: '' }],
    ]);
  });

  it('expireAfterDays: Expiration.Days on the stage rule', () => {
    expect(byId(rules(`  dev:\n    select: { prefix: dev/ }\n    expireAfterDays: 14\n`))['p.dev.expire']).toEqual({
      ID: 'p.dev.expire',
      Status: 'Enabled',
      Filter: { Prefix: 'dev/' },
      Expiration: { Days: 14 },
    });
  });

  it('noncurrentVersions: NoncurrentDays always (AWS requires it), NewerNoncurrentVersions when keepNewest is given', () => {
    const keep = byId(rules(`  dev:\n    select: { prefix: dev/ }\n    noncurrentVersions: { keepNewest: 5, expireAfterDays: 7 }\n`));
    expect(keep['p.dev.noncurrent']!.NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 7, NewerNoncurrentVersions: 5 });
    const all = byId(rules(`  dev:\n    select: { prefix: dev/ }\n    noncurrentVersions: { expireAfterDays: 2 }\n`));
    expect(all['p.dev.noncurrent']!.NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 2 });
  });

  it('failedRuns: its own rule on the stage selection plus the failure tags', () => {
    const r = byId(
      rules(
        `  dev:\n    select: { prefix: dev/, tags: { stage: dev } }\n    expireAfterDays: 14\n    failedRuns:\n      tags: { status: failed, stage: dev }\n      expireAfterDays: 3\n`,
      ),
    );
    expect(r['p.dev.failed-runs']).toEqual({
      ID: 'p.dev.failed-runs',
      Status: 'Enabled',
      Filter: {
        And: {
          Prefix: 'dev/',
          Tags: [
            { Key: 'stage', Value: 'dev' },
            { Key: 'status', Value: 'failed' },
          ],
        },
      },
      Expiration: { Days: 3 },
    });
  });

  it('transitions: sorted by day whatever the order written; the rule is named "transition" when nothing expires', () => {
    const r = byId(
      rules(
        `  logs:\n    select: { prefix: logs/ }\n    transitions:\n      - { afterDays: 90, storageClass: GLACIER }\n      - { afterDays: 30, storageClass: STANDARD_IA }\n`,
      ),
    );
    expect(r['p.logs.transition']!.Transitions).toEqual([
      { Days: 30, StorageClass: 'STANDARD_IA' },
      { Days: 90, StorageClass: 'GLACIER' },
    ]);
    expect(r['p.logs.transition']!.Expiration).toBeUndefined();
  });

  it('transitions with expiry: one rule, so AWS itself checks that expiry comes after them', () => {
    const r = byId(
      rules(
        `  models:\n    select: { prefix: models/ }\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n      - { afterDays: 90, storageClass: GLACIER_IR }\n    expireAfterDays: 365\n`,
      ),
    );
    expect(r['p.models.expire']).toMatchObject({
      Expiration: { Days: 365 },
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER_IR' },
      ],
    });
  });

  it('archive: the last transition of an "archive" rule, with no expiry and no delete-marker cleanup', () => {
    const rs = rules(
      `  prod:\n    select: { prefix: prod/ }\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n    archive: { afterDays: 365, storageClass: DEEP_ARCHIVE }\n`,
    );
    expect(rs.map((r) => r.ID)).toEqual(['p.prod.archive', 'p.prod.abort-mpu']);
    expect(rs[0]!.Transitions).toEqual([
      { Days: 30, StorageClass: 'STANDARD_IA' },
      { Days: 365, StorageClass: 'DEEP_ARCHIVE' },
    ]);
    expect(rs[0]!.Expiration).toBeUndefined();
  });

  it('immutable, minRetentionDays, description and protect are promises to lint, not rules: the output is the same without them', () => {
    const plain = `  prod:\n    select: { prefix: prod/ }\n    archive: { afterDays: 365, storageClass: GLACIER }\n`;
    const promised = `  prod:\n    description: releases\n    select: { prefix: prod/ }\n    minRetentionDays: 365\n    immutable: { retentionDays: 365, mode: COMPLIANCE }\n    archive: { afterDays: 365, storageClass: GLACIER }\n`;
    expect(compiled(promised, `${HEAD}protect:\n  - prefix: prod/\n`)).toEqual(compiled(plain));
  });

  it('abortIncompleteUploadsAfterDays: 7 by default, on a prefix-only rule even for a tag-selected stage', () => {
    const rs = rules(
      `  dev:\n    select: { prefix: dev/, tags: { stage: dev } }\n    expireAfterDays: 14\n  ci:\n    select: { prefix: ci/ }\n    abortIncompleteUploadsAfterDays: 1\n    expireAfterDays: 2\n`,
    );
    const r = byId(rs);
    expect(r['p.dev.abort-mpu']).toEqual({
      ID: 'p.dev.abort-mpu',
      Status: 'Enabled',
      Filter: { Prefix: 'dev/' },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    });
    expect(r['p.ci.abort-mpu']!.AbortIncompleteMultipartUpload).toEqual({ DaysAfterInitiation: 1 });
    // Catalogue 3a.4, 3e.2, 3e.3: no abort or delete-marker action beside a tag or size filter.
    for (const x of rs.filter((x) => x.AbortIncompleteMultipartUpload || x.Expiration?.ExpiredObjectDeleteMarker))
      expect(Object.keys(x.Filter!)).toEqual(['Prefix']);
  });

  it('stages sharing a prefix share one housekeeping rule with the shortest delay', () => {
    const rs = rules(
      `  a:\n    select: { prefix: ml/, tags: { stage: a } }\n    expireAfterDays: 1\n    abortIncompleteUploadsAfterDays: 9\n  b:\n    select: { prefix: ml/, tags: { stage: b } }\n    expireAfterDays: 2\n    abortIncompleteUploadsAfterDays: 4\n`,
    );
    expect(rs.map((r) => r.ID)).toEqual(['p.a.expire', 'p.a+b.delete-markers', 'p.a+b.abort-mpu', 'p.b.expire']);
    expect(byId(rs)['p.a+b.abort-mpu']!.AbortIncompleteMultipartUpload).toEqual({ DaysAfterInitiation: 4 });
  });

  it('removeExpiredDeleteMarkers: on by default when the stage deletes, and as written otherwise', () => {
    const ids = (s: string) => rules(s).map((r) => r.ID);
    expect(ids(`  a:\n    select: { prefix: a/ }\n    noncurrentVersions: { expireAfterDays: 1 }\n`)).toContain('p.a.delete-markers');
    expect(ids(`  a:\n    select: { prefix: a/ }\n    expireAfterDays: 5\n    removeExpiredDeleteMarkers: false\n`)).not.toContain(
      'p.a.delete-markers',
    );
    expect(ids(`  a:\n    select: { prefix: a/ }\n    removeExpiredDeleteMarkers: true\n`)).toEqual([
      'p.a.delete-markers',
      'p.a.abort-mpu',
    ]);
    expect(byId(rules(`  a:\n    select: { prefix: a/ }\n    expireAfterDays: 5\n`))['p.a.delete-markers']!.Expiration).toEqual({
      ExpiredObjectDeleteMarker: true,
    });
  });

  it('bucket: the request names it and states the 128 KiB transition default explicitly', () => {
    const plain = compiled(`  a:\n    expireAfterDays: 5\n`);
    expect(plain.Bucket).toBe('test-bucket');
    expect(plain.TransitionDefaultMinimumObjectSize).toBe('all_storage_classes_128K');
    const varies = compiled(
      `  a:\n    expireAfterDays: 5\n`,
      HEAD.replace('test-bucket }', 'test-bucket, transitionDefaultMinimumObjectSize: varies_by_storage_class }'),
    );
    expect(varies.TransitionDefaultMinimumObjectSize).toBe('varies_by_storage_class');
  });

  it('a target can compile one stage for another bucket', () => {
    const request = compiled(
      `  dev:\n    select: { prefix: dev/ }\n    expireAfterDays: 1\n  prod:\n    select: { prefix: prod/ }\n    archive: { afterDays: 0, storageClass: GLACIER }\n`,
      HEAD,
      { stages: ['prod'], bucket: 'prod-bucket' },
    );
    expect(request.Bucket).toBe('prod-bucket');
    expect(request.LifecycleConfiguration.Rules.map((r) => r.ID)).toEqual(['p.prod.archive', 'p.prod.abort-mpu']);
  });
});
