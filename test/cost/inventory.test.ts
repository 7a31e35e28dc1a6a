/**
 * The inventory readers (CSV, CSV.gz, Parquet; keys URL-encoded; several data files; versions and
 * Object Lock) fold a report into exactly the cohorts the record path builds from the same objects.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SelectorMatcher } from '../../src/cost/cohorts/matcher.js';
import { readInventory } from '../../src/cost/inventory/read.js';
import { localSource } from '../../src/cost/inventory/source.js';
import { compileConfiguration, maxNewerVersions } from '../../src/cost/rules/compile.js';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { KiB, MiB, obj, rules, tableOf } from './helpers.js';
import { writeInventory } from './inventory-fixture.js';

const configs = [
  compileConfiguration(rules({ Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } })),
  compileConfiguration(
    rules(
      { Filter: { Prefix: 'my data/' }, Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] },
      {
        Filter: { And: { Prefix: 'logs/', ObjectSizeGreaterThan: 1000 } },
        NoncurrentVersionExpiration: { NoncurrentDays: 5, NewerNoncurrentVersions: 2 },
      },
    ),
  ),
];

const plain: InventoryRecord[] = [
  obj('logs/2025/a.log', 500, '2025-10-01T10:00:00Z'),
  obj('logs/2025/b.log', 5000, '2025-10-01T23:59:59Z'),
  obj('my data/x+y.bin', 200 * KiB, '2025-11-05T00:00:00Z', 'STANDARD_IA'),
  obj('my data/ü.bin', 3 * MiB, '2025-11-05T05:00:00Z', 'STANDARD_IA'),
  obj('other/z', 100, '2024-01-01T00:00:00Z', 'GLACIER'),
  obj('other/z2', 100, '2024-01-01T08:00:00Z', 'GLACIER'),
];

const versions: InventoryRecord[] = [
  obj('logs/k', 4000, '2025-12-20T00:00:00Z', 'STANDARD', { isLatest: true }),
  obj('logs/k', 4000, '2025-12-10T00:00:00Z', 'STANDARD', { isLatest: false }),
  obj('logs/k', 4000, '2025-12-01T00:00:00Z', 'STANDARD', { isLatest: false, lockRetainUntilMs: Date.parse('2026-03-01T00:00:00Z') }),
  obj('logs/m', 0, '2025-12-15T00:00:00Z', 'STANDARD', { isLatest: true, isDeleteMarker: true }),
  obj('logs/m', 2000, '2025-11-15T00:00:00Z', 'STANDARD', { isLatest: false, legalHold: true }),
];

async function read(dir: string) {
  const matcher = new SelectorMatcher(configs);
  return readInventory(localSource(dir, '/'), { matcher, rankCap: maxNewerVersions(configs) + 1 });
}

describe('S3 Inventory readers', () => {
  const expected = tableOf(plain, configs).table.cohorts;
  for (const format of ['CSV', 'CSV.gz', 'Parquet', 'ORC'] as const) {
    it(`reads ${format} (two data files) into the same cohorts as the record path`, async () => {
      const dir = writeInventory(plain, { format, creation: '2026-01-01T03:00:00Z', files: 2 });
      const t = await read(dir);
      expect(t.cohorts).toEqual(expected);
      expect(t.asOfMs).toBe(Date.parse('2026-01-01T03:00:00Z'));
      expect(t.rows).toBe(6);
      expect(t.bucket).toBe('src-bucket');
    });
  }

  it('groups alike objects: six objects make four cohorts', () => {
    // logs/a (500 B) and logs/b (5000 B) differ in size band (the rule's ObjectSizeGreaterThan 1000);
    // the two "my data/" objects share class, day and band; the two other/ objects too. Cohorts sort
    // by prefix group ("" first, then "logs/", "my data/").
    expect(expected.map((c) => c.objects)).toEqual([2, 1, 1, 2]);
  });

  for (const format of ['CSV.gz', 'Parquet', 'ORC'] as const) {
    it(`reads versions, delete markers and Object Lock from ${format}`, async () => {
      const t = await read(writeInventory(versions, { format, creation: '2026-01-01T03:00:00Z', versioned: true }));
      expect(t.versioned).toBe(true);
      expect(t.cohorts).toEqual(tableOf(versions, configs).table.cohorts);
      const old = t.cohorts.find((c) => c.lockedUntilDay !== undefined && Number.isFinite(c.lockedUntilDay))!;
      // Noncurrent since its successor (12-10); one newer noncurrent version; retention to 02-28 inclusive.
      expect(old).toMatchObject({
        current: false,
        noncurrentSinceDay: Date.parse('2025-12-10') / 86_400_000,
        newerVersions: 1,
        lockedUntilDay: Date.parse('2026-02-28') / 86_400_000,
      });
      expect(t.cohorts.find((c) => c.lockedUntilDay === Infinity)).toMatchObject({
        noncurrentSinceDay: Date.parse('2025-12-15') / 86_400_000,
      });
      expect(t.skippedRows).toBe(1);
    });
  }

  it('names the file and line of a bad row', async () => {
    const dir = writeInventory(plain, { format: 'CSV', creation: '2026-01-01T03:00:00Z' });
    writeFileSync(join(dir, '..', 'data', 'part-0.csv'), '"b","k","12x","2025-01-01T00:00:00.000Z","STANDARD"\n');
    await expect(read(dir)).rejects.toThrow(/part-0\.csv:1: the inventory row has a Size that is not a whole number of bytes/);
  });

  it('says where a manifest is wrong', async () => {
    const dir = writeInventory(plain, { format: 'CSV', creation: '2026-01-01T03:00:00Z' });
    writeFileSync(join(dir, 'manifest.json'), '{\n  "fileFormat": "CSV",\n  "fileSchema": "Bucket, Key",\n  "files": []\n}\n');
    await expect(read(dir)).rejects.toThrow(/manifest\.json:3:17: the inventory has no size column/);
  });

  it('refuses a manifest whose data file key climbs out of the report (a hostile manifest cannot read /etc/passwd)', async () => {
    const dir = writeInventory(plain, { format: 'CSV', creation: '2026-01-01T03:00:00Z' });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const key of ['../../../../../../../../etc/passwd', '/etc/passwd', 'inventory/../../secret.csv']) {
      manifest.files = [{ key, size: 10, MD5checksum: '0' }];
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      await expect(read(dir)).rejects.toThrow(/leads outside the report's folders; not read/);
    }
  });

  it('reads a report inside the repository only from files inside it, links followed (a manifest key cannot reach above the checkout)', async () => {
    const dir = writeInventory(plain, { format: 'CSV', creation: '2026-01-01T03:00:00Z' });
    const root = join(dir, '../../../..'); // mkdtemp folder; the report is under root/inventory/src-bucket/cfg
    const repo = join(root, 'inventory');
    mkdirSync(join(repo, '.git'));
    const real = readFileSync(join(repo, 'src-bucket/cfg/data/part-0.csv'));
    writeFileSync(join(root, 'secret.csv'), real); // above the repository
    mkdirSync(join(dir, 'data'));
    symlinkSync(join(root, 'secret.csv'), join(dir, 'data/linked.csv')); // a link the pull request adds
    const matcher = new SelectorMatcher(configs);
    const readIn = (cwd: string, path = dir) => readInventory(localSource(path, cwd), { matcher, rankCap: maxNewerVersions(configs) + 1 });
    expect((await readIn(repo)).rows).toBe(6); // the usual layout, found by climbing, stays inside
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const key of ['secret.csv', 'elsewhere/data/linked.csv']) {
      manifest.files = [{ key, size: real.length, MD5checksum: '0' }];
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      await expect(readIn(repo)).rejects.toThrow(/names a file that leads to .*secret\.csv, outside the repository/);
      // Run from a folder that is no repository, that folder is the workspace: the same files lie inside it and are read.
      expect((await readIn(root)).rows).toBe(6);
    }
  });

  it('finds the newest manifest in a folder of dated reports', async () => {
    const dir = writeInventory(plain, { format: 'CSV', creation: '2026-01-01T03:00:00Z' });
    const t = await read(join(dir, '..'));
    expect(t.rows).toBe(6);
  });
});

describe('several CSV files', () => {
  const many: InventoryRecord[] = Array.from({ length: 2000 }, (_, i) =>
    obj(
      i % 3 ? `logs/${i}` : `my data/${i}`,
      (i * 7919) % 5_000_000,
      new Date(Date.parse('2025-01-01T00:00:00Z') + (i % 300) * 86_400_000).toISOString(),
      ['STANDARD', 'STANDARD_IA', 'GLACIER'][i % 3],
    ),
  );

  it('sum to the table of the same objects in one file', async () => {
    const five = await read(writeInventory(many, { format: 'CSV.gz', creation: '2026-01-01T00:00:00Z', files: 5 }));
    const one = await read(writeInventory(many, { format: 'CSV', creation: '2026-01-01T00:00:00Z', files: 1 }));
    expect(five.rows).toBe(2000);
    expect(five.cohorts).toEqual(one.cohorts);
    expect(one.cohorts).toEqual(tableOf(many, configs).table.cohorts);
  });

  it('report a bad row with its file and line', async () => {
    const dir = writeInventory(many, { format: 'CSV', creation: '2026-01-01T00:00:00Z', files: 3 });
    writeFileSync(
      join(dir, '..', 'data', 'part-2.csv'),
      '"b","k","1","2025-01-01T00:00:00.000Z","STANDARD"\n"b","k","1","not a date at all","STANDARD"\n',
    );
    await expect(read(dir)).rejects.toThrow(/part-2\.csv:2: the inventory row has a LastModifiedDate that is not an ISO 8601 date/);
  });
});

describe('prefix groups from raw key bytes', () => {
  // Prefixes that share first characters, hold a space, a "+", a "%" or a non-ASCII letter: the CSV
  // kernel compares raw (URL-encoded) bytes where no escape can change the answer and decodes
  // otherwise; every key must land where its decoded form does.
  const tricky = compileConfiguration(
    rules(
      { Filter: { Prefix: 'a' }, Expiration: { Days: 1 } },
      { Filter: { Prefix: 'a b/' }, Expiration: { Days: 2 } },
      { Filter: { Prefix: 'ab' }, Expiration: { Days: 3 } },
      { Filter: { Prefix: 'models/' }, Expiration: { Days: 4 } },
      { Filter: { Prefix: 'café/' }, Expiration: { Days: 5 } },
      { Filter: { Prefix: ' lead' }, Expiration: { Days: 6 } },
    ),
  );
  const withPercent = compileConfiguration(
    rules({ Filter: { Prefix: '100%/' }, Expiration: { Days: 7 } }, { Filter: { Prefix: 'x+y' }, Expiration: { Days: 8 } }),
  );
  const keys = [
    'a',
    'a b/1',
    'a b',
    'ab/c',
    'abc',
    'a+b/1',
    'a%2Bb',
    'b',
    'models/m',
    'models%2Fm',
    'model',
    'café/x',
    'caf/x',
    ' lead/x',
    '+lead',
    'lead',
    '100%/x',
    '100%25/x',
    'x+y/1',
    'x y/1',
    'x%2By',
    'ü/1',
    '',
  ];
  const objects = keys.map((k, i) => obj(k, 1000 + i, `2025-0${1 + (i % 9)}-15T00:00:00Z`));
  for (const pair of [
    [tricky, tricky],
    [withPercent, tricky],
  ] as const) {
    it(`matches the decoded keys (${pair[0] === tricky ? 'plain prefixes' : 'prefixes holding "%" and "+"'})`, async () => {
      const dir = writeInventory(objects, { format: 'CSV', creation: '2026-01-01T00:00:00Z' });
      const both = [...pair];
      const t = await readInventory(localSource(dir, '/'), { matcher: new SelectorMatcher(both), rankCap: maxNewerVersions(both) + 1 });
      expect(t.cohorts).toEqual(tableOf(objects, both).table.cohorts);
    });
  }
});

describe('days outside the numeric cohort key', () => {
  it('an object dated 1969 or 2400 keeps its own cohort and day, in CSV as in the record path', async () => {
    const odd = [
      obj('logs/old', 100, '1969-12-31T12:00:00Z'),
      obj('logs/far', 200, '2400-03-01T00:00:00Z', 'STANDARD_IA'),
      obj('logs/now', 300, '2025-06-01T00:00:00Z'),
    ];
    const t = await read(writeInventory(odd, { format: 'CSV', creation: '2026-01-01T00:00:00Z' }));
    expect(t.cohorts).toEqual(tableOf(odd, configs).table.cohorts);
    expect(t.cohorts.map((c) => [c.createdDay, c.storageClass, c.objects])).toEqual(
      expect.arrayContaining([
        [-1, 'STANDARD', 1],
        [Math.floor(Date.parse('2400-03-01T00:00:00Z') / 86_400_000), 'STANDARD_IA', 1],
      ]),
    );
  });
});
