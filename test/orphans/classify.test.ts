import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/cost/prices/catalog.js';
import { projectionPrices } from '../../src/cost/simulate/prices.js';
import { GIB } from '../../src/cost/time.js';
import { KIB, STORAGE_CLASSES } from '../../src/model/storage-classes.js';
import { classify, type StoredObject } from '../../src/orphans/classify.js';
import { artifactPrefixes, outermost } from '../../src/orphans/prefixes.js';
import { groupOf, summarize } from '../../src/orphans/summary.js';
import { protectReference } from '../../src/policy/protect-references.js';
import { toReference } from '../../src/model-registry/reference.js';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const obj = (key: string, age = 30, size = 100, storageClass = 'STANDARD'): StoredObject => ({
  key,
  size,
  lastModified: daysAgo(age),
  storageClass,
});
const refs = (...values: string[]) => values.map((value) => toReference({ value, pointer: '' }, 'ml').reference!);

describe('artifact prefixes', () => {
  const target = { name: 't', bucket: 'ml', source: {} };
  it('are the top-level folders of the registry entries unless the target names them', () => {
    expect(artifactPrefixes(target, refs('s3://ml/models/fraud/v3/', 's3://ml/models/churn/x.pt', 's3://ml/checkpoints/run1/'))).toEqual({
      prefixes: ['checkpoints/', 'models/'],
      derived: true,
    });
    expect(artifactPrefixes({ ...target, artifactPrefixes: ['models/fraud/', 'models/'] }, [])).toEqual({
      prefixes: ['models/'],
      derived: false,
    });
    expect(artifactPrefixes(target, refs('s3://ml/model.pt'))).toMatchObject({ error: expect.stringContaining('set artifactPrefixes') });
  });
  it('never overlap', () => {
    expect(outermost(['a/b/', 'a/', 'c/', 'a/'])).toEqual(['a/', 'c/']);
  });
});

describe('classify', () => {
  const registry = refs('s3://ml/models/fraud/v3/', 's3://ml/models/churn/v7/model.pt', 's3://ml/models/ambiguous');
  const protect = [
    protectReference({ index: 0, pointer: '/protect/0', select: { prefix: 'models/keep/', tags: [] } }),
    protectReference({ index: 1, pointer: '/protect/1', select: { prefix: '', tags: [{ key: 'hold', value: 'true' }] } }),
  ];
  const objects = [
    obj('models/fraud/v3/model.pt'),
    obj('models/fraud/v30/model.pt'),
    obj('models/churn/v7/model.pt'),
    obj('models/churn/v7/model.pt.bak'),
    obj('models/ambiguous'),
    obj('models/ambiguous/shard-0'),
    obj('models/ambiguous-2/x'),
    obj('models/keep/pinned.bin'),
    obj('models/new/fresh.bin', 2),
    obj('models/old/quarantined.bin'),
    obj('models/fraud/v3/quarantined-but-referenced.bin'),
    obj('data/outside.csv'),
  ];
  const record = {
    target: 't',
    bucket: 'ml',
    batches: [
      {
        tag: '2026-11-20',
        expireOn: '2026-11-28',
        prefixes: ['models/'],
        objects: [
          { key: 'models/old/quarantined.bin', size: 100 },
          { key: 'models/fraud/v3/quarantined-but-referenced.bin', size: 100 },
        ],
      },
    ],
  };
  const c = classify(objects, { prefixes: ['models/'], registry, protect, record, minAgeDays: 7, now });

  it('keeps referenced keys and folders (an ambiguous entry both ways), protected prefixes, young and quarantined objects out of the orphans', () => {
    expect(c.orphans.map((o) => o.key)).toEqual(['models/ambiguous-2/x', 'models/churn/v7/model.pt.bak', 'models/fraud/v30/model.pt']);
    expect([c.scanned.objects, c.referenced.objects, c.protected.objects, c.young.objects, c.quarantined.objects]).toEqual([
      11, 5, 1, 1, 1,
    ]);
  });

  it('names quarantined objects the registry references again', () => {
    expect(c.releasable.map((r) => [r.object.key, r.batch])).toEqual([['models/fraud/v3/quarantined-but-referenced.bin', '2026-11-20']]);
  });

  it('asks for tags when a protect entry decides by tags', () => {
    expect(c.tagProtect.map((r) => r.protectedBy)).toEqual(['protect[1]']);
  });

  it('counts an object exactly min-age days old as old enough, and one a second younger as young', () => {
    const edge = classify([obj('models/x', 7), { ...obj('models/y'), lastModified: new Date(daysAgo(7).getTime() + 1000) }], {
      prefixes: ['models/'],
      registry: [],
      protect: [],
      minAgeDays: 7,
      now,
    });
    expect(edge.orphans.map((o) => o.key)).toEqual(['models/x']);
  });
});

describe('what orphans cost', () => {
  const prices = projectionPrices(bundledCatalog().region('us-east-1'));
  it("bills each object at its class's price, with minimum billable sizes and archive metadata, as the cost projection does", () => {
    const s = summarize(
      [
        obj('models/a/big', 30, GIB),
        obj('models/b/small-ia', 30, KIB, 'STANDARD_IA'),
        obj('models/b/cold', 30, GIB, 'GLACIER'),
        obj('models/c', 30, 10, 'WEIRD'),
      ],
      ['models/'],
      prices,
    );
    const glacier = STORAGE_CLASSES.GLACIER.archiveOverhead!;
    const expected =
      prices.storage.STANDARD +
      (STORAGE_CLASSES.STANDARD_IA.minBillableBytes / GIB) * prices.storage.STANDARD_IA +
      prices.storage.GLACIER +
      (glacier.classBytes / GIB) * prices.storage.GLACIER +
      (glacier.standardBytes / GIB) * prices.storage.STANDARD;
    expect(prices.storage.STANDARD).toBeGreaterThan(0);
    expect(s.monthlyUsd).toBeCloseTo(expected, 12);
    expect([s.objects, s.bytes, s.unpriced]).toEqual([4, 2 * GIB + KIB + 10, 1]);
    expect(s.topPrefixes.map((p) => [p.prefix, p.objects])).toEqual([
      ['models/b/', 2],
      ['models/a/', 1],
      ['models/', 1],
    ]);
  });
  it('groups by the folder under the artifact prefix', () => {
    expect(groupOf(['models/'], 'models/fraud/v3/a.pt')).toBe('models/fraud/');
    expect(groupOf(['models/'], 'models/top.pt')).toBe('models/');
  });
});
