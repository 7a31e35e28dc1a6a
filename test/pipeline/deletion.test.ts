/** What a change deletes earlier than the current rules would, from one listing: hand-made listings in, counts out. */
import { describe, expect, it } from 'vitest';
import { deletedEarlier, prefixOf } from '../../src/pipeline/deletion.js';
import type { ListedObject, Listing } from '../../src/s3/listing.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

function obj(key: string, size: number, ageDays: number, extra: Partial<ListedObject> = {}): ListedObject {
  return { key, size, lastModified: day(ageDays), storageClass: 'STANDARD', isLatest: true, deleteMarker: false, ...extra };
}

const listing = (objects: ListedObject[], truncated = false): Listing => ({
  objects,
  truncated,
  versions: objects.some((o) => o.versionId !== undefined),
});
const rule = (id: string, prefix: string, days: number, extra: Record<string, unknown> = {}) => ({
  ID: id,
  Status: 'Enabled',
  Filter: { Prefix: prefix },
  Expiration: { Days: days },
  ...extra,
});

const newlyDeleted = (
  l: Listing,
  tags: Parameters<typeof deletedEarlier>[1],
  live: Parameters<typeof deletedEarlier>[2],
  proposed: Parameters<typeof deletedEarlier>[3],
  now: Date,
  versioned: boolean,
) => deletedEarlier(l, tags, live, proposed, now, versioned, 12);
const DAY = 86_400_000;
const HORIZON_END = NOW.getTime() + 365 * DAY;
const due = (ageDays: number, days: number) => Math.max(Math.ceil((day(ageDays).getTime() + days * DAY) / DAY) * DAY, NOW.getTime());

describe('data deleted earlier than the current rules would', () => {
  const objects = [
    obj('runs/2026/a', 100, 3),
    obj('runs/2026/b', 200, 40),
    obj('runs/2025/c', 50, 400),
    obj('tmp/x', 7, 1),
    obj('keep', 1, 1),
  ];

  it('counts what the proposed rules expire and the live ones never do, with the prefixes it is under', () => {
    const live = { Rules: [rule('tmp', 'tmp/', 7)] };
    const proposed = { Rules: [rule('tmp', 'tmp/', 7), rule('runs', 'runs/', 30)] };
    const p = newlyDeleted(listing(objects), () => undefined, live, proposed, NOW, false);
    const byteDays = Math.round(
      (100 * (HORIZON_END - due(3, 30)) + 200 * (HORIZON_END - due(40, 30)) + 50 * (HORIZON_END - due(400, 30))) / DAY,
    );
    expect(p.deleted).toEqual({
      objects: 3,
      bytes: 350,
      byteDays,
      horizonMonths: 12,
      basis: 'listing',
      listed: 5,
      topPrefixes: [
        { prefix: 'runs/2026/', objects: 2, bytes: 300 },
        { prefix: 'runs/2025/', objects: 1, bytes: 50 },
      ],
    });
    expect(p.partial).toBe(false);
  });

  it('charges a shorter expiry with every object it takes sooner, and by how many days sooner', () => {
    const live = { Rules: [rule('runs', 'runs/', 90)] };
    const shorter = { Rules: [rule('runs', 'runs/', 14)] };
    const p = newlyDeleted(listing(objects), () => undefined, live, shorter, NOW, false);
    // runs/2025/c is due under both rules already: it goes at the next lifecycle run either way.
    expect(p.deleted).toMatchObject({ objects: 2, bytes: 300 });
    expect(p.deleted.byteDays).toBe(Math.round((100 * (due(3, 90) - due(3, 14)) + 200 * (due(40, 90) - due(40, 14))) / DAY));
    // The longer rule proposed against the shorter live one deletes nothing earlier.
    expect(newlyDeleted(listing(objects), () => undefined, shorter, live, NOW, false).deleted.objects).toBe(0);
  });

  it('counts 365 → 180 days on fresh objects: every byte goes about 185 days sooner', () => {
    const fresh = [obj('logs/a', 1000, 0), obj('logs/b', 3000, 0)];
    const p = newlyDeleted(
      listing(fresh),
      () => undefined,
      { Rules: [rule('logs', 'logs/', 365)] },
      { Rules: [rule('logs', 'logs/', 180)] },
      NOW,
      false,
    );
    expect(p.deleted).toMatchObject({ objects: 2, bytes: 4000 });
    expect(p.deleted.byteDays).toBe(Math.round((4000 * (HORIZON_END - due(0, 180))) / DAY));
    expect(p.deleted.byteDays / 4000).toBeGreaterThan(184);
  });

  it('leaves out what the proposed rules delete only after the horizon', () => {
    const fresh = [obj('logs/a', 1000, 0)];
    expect(newlyDeleted(listing(fresh), () => undefined, null, { Rules: [rule('logs', 'logs/', 400)] }, NOW, false).deleted.objects).toBe(
      0,
    );
    expect(
      deletedEarlier(listing(fresh), () => undefined, null, { Rules: [rule('logs', 'logs/', 400)] }, NOW, false, 24).deleted.objects,
    ).toBe(1);
  });

  it('counts everything a first configuration expires on a bucket with none', () => {
    const p = newlyDeleted(listing(objects), () => undefined, null, { Rules: [rule('all', '', 365)] }, NOW, false);
    // keep, tmp/x and runs/2026/a are younger than 365 - 365 days… all five go within the year.
    expect(p.deleted.objects).toBe(5);
    expect(p.deleted.topPrefixes.map((t) => t.prefix)).toContain('(top level)');
  });

  it('charges objects the live rules may keep only because of unread tags, and says how many the proposed rules leave unknown', () => {
    const tagged = {
      Rules: [
        {
          ID: 'failed',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'runs/', Tags: [{ Key: 'status', Value: 'failed' }] } },
          Expiration: { Days: 1 },
        },
      ],
    };
    const p = newlyDeleted(listing(objects), () => undefined, tagged, { Rules: [rule('runs', 'runs/', 30)] }, NOW, false);
    expect(p.deleted.objects).toBe(3);
    const q = newlyDeleted(listing(objects), () => undefined, null, tagged, NOW, false);
    expect(q.deleted.objects).toBe(0);
    expect(q.undetermined).toBeGreaterThanOrEqual(3);
    const read = newlyDeleted(
      listing(objects),
      (o) => new Map([['status', o.key.endsWith('a') ? 'failed' : 'ok']]),
      null,
      tagged,
      NOW,
      false,
    );
    expect(read.deleted).toMatchObject({ objects: 1, bytes: 100 });
  });

  it('tells versions apart: a noncurrent version newly expired counts, its current version does not', () => {
    const versions = [obj('m/x', 10, 5, { versionId: 'v2' }), obj('m/x', 20, 50, { versionId: 'v1', isLatest: false })];
    const proposed = {
      Rules: [{ ID: 'old', Status: 'Enabled', Filter: { Prefix: 'm/' }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }],
    };
    const p = newlyDeleted(listing(versions, true), () => undefined, null, proposed, NOW, true);
    expect(p.deleted).toMatchObject({ objects: 1, bytes: 20 });
    expect(p.partial).toBe(true);
  });

  it('names prefixes by their first two levels', () => {
    expect([prefixOf('a/b/c/d.txt'), prefixOf('a/b.txt'), prefixOf('b.txt')]).toEqual(['a/b/', 'a/', '(top level)']);
  });
});
