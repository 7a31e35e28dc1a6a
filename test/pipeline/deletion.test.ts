/** What a change deletes that the current rules keep, from one listing: hand-made listings in, counts out. */
import { describe, expect, it } from 'vitest';
import { newlyDeleted, prefixOf } from '../../src/pipeline/deletion.js';
import type { ListedObject, Listing } from '../../src/s3/listing.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

function obj(key: string, size: number, ageDays: number, extra: Partial<ListedObject> = {}): ListedObject {
  return { key, size, lastModified: day(ageDays), storageClass: 'STANDARD', isLatest: true, deleteMarker: false, ...extra };
}

const listing = (objects: ListedObject[], truncated = false): Listing => ({ objects, truncated, versions: objects.some((o) => o.versionId !== undefined) });
const rule = (id: string, prefix: string, days: number, extra: Record<string, unknown> = {}) => ({ ID: id, Status: 'Enabled', Filter: { Prefix: prefix }, Expiration: { Days: days }, ...extra });

describe('newly deleted data', () => {
  const objects = [obj('runs/2026/a', 100, 3), obj('runs/2026/b', 200, 40), obj('runs/2025/c', 50, 400), obj('tmp/x', 7, 1), obj('keep', 1, 1)];

  it('counts what the proposed rules expire and the live ones never do, with the prefixes it is under', () => {
    const live = { Rules: [rule('tmp', 'tmp/', 7)] };
    const proposed = { Rules: [rule('tmp', 'tmp/', 7), rule('runs', 'runs/', 30)] };
    const p = newlyDeleted(listing(objects), () => undefined, live, proposed, NOW, false);
    expect(p.deleted).toEqual({
      objects: 3,
      bytes: 350,
      listed: 5,
      topPrefixes: [
        { prefix: 'runs/2026/', objects: 2, bytes: 300 },
        { prefix: 'runs/2025/', objects: 1, bytes: 50 },
      ],
    });
    expect(p.partial).toBe(false);
  });

  it('charges nothing when the live rules already expire the same objects, sooner or later', () => {
    const live = { Rules: [rule('runs', 'runs/', 90)] };
    const shorter = { Rules: [rule('runs', 'runs/', 14)] };
    expect(newlyDeleted(listing(objects), () => undefined, live, shorter, NOW, false).deleted.objects).toBe(0);
  });

  it('counts everything a first configuration expires on a bucket with none', () => {
    const p = newlyDeleted(listing(objects), () => undefined, null, { Rules: [rule('all', '', 365)] }, NOW, false);
    expect(p.deleted.objects).toBe(5);
    expect(p.deleted.topPrefixes.map((t) => t.prefix)).toContain('(top level)');
  });

  it('charges objects the live rules may keep only because of unread tags, and says how many the proposed rules leave unknown', () => {
    const tagged = { Rules: [{ ID: 'failed', Status: 'Enabled', Filter: { And: { Prefix: 'runs/', Tags: [{ Key: 'status', Value: 'failed' }] } }, Expiration: { Days: 1 } }] };
    const p = newlyDeleted(listing(objects), () => undefined, tagged, { Rules: [rule('runs', 'runs/', 30)] }, NOW, false);
    expect(p.deleted.objects).toBe(3);
    const q = newlyDeleted(listing(objects), () => undefined, null, tagged, NOW, false);
    expect(q.deleted.objects).toBe(0);
    expect(q.undetermined).toBeGreaterThanOrEqual(3);
    const read = newlyDeleted(listing(objects), (o) => new Map([['status', o.key.endsWith('a') ? 'failed' : 'ok']]), null, tagged, NOW, false);
    expect(read.deleted).toMatchObject({ objects: 1, bytes: 100 });
  });

  it('tells versions apart: a noncurrent version newly expired counts, its current version does not', () => {
    const versions = [obj('m/x', 10, 5, { versionId: 'v2' }), obj('m/x', 20, 50, { versionId: 'v1', isLatest: false })];
    const proposed = { Rules: [{ ID: 'old', Status: 'Enabled', Filter: { Prefix: 'm/' }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }] };
    const p = newlyDeleted(listing(versions, true), () => undefined, null, proposed, NOW, true);
    expect(p.deleted).toMatchObject({ objects: 1, bytes: 20 });
    expect(p.partial).toBe(true);
  });

  it('names prefixes by their first two levels', () => {
    expect([prefixOf('a/b/c/d.txt'), prefixOf('a/b.txt'), prefixOf('b.txt')]).toEqual(['a/b/', 'a/', '(top level)']);
  });
});
