import { describe, expect, it } from 'vitest';
import { normalizeConfiguration } from '../../src/model/canonical.js';
import { projectExpiry } from '../../src/plan/expiry.js';
import { covers, matches } from '../../src/model/matching.js';
import { DAY_MS, roundUpToDay } from '../../src/model/timing.js';
import type { ListedObject, Listing } from '../../src/s3/listing.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const obj = (key: string, lastModified: string, extra: Partial<ListedObject> = {}): ListedObject => ({
  key,
  size: 100,
  lastModified: new Date(lastModified),
  storageClass: 'STANDARD',
  isLatest: true,
  deleteMarker: false,
  ...extra,
});
const listing = (objects: ListedObject[], versions = false): Listing => ({ objects, truncated: false, versions });
const config = (rules: unknown[]) => normalizeConfiguration({ Rules: rules });

describe('matching', () => {
  const sel = { prefix: 'tmp/', tags: [{ key: 'k', value: 'v' }], sizeGreaterThan: 10, sizeLessThan: 1000 };
  it('selects by prefix, tags and strict size bounds', () => {
    expect(matches(sel, { key: 'tmp/a', size: 11, tags: new Map([['k', 'v']]) })).toBe('yes');
    expect(matches(sel, { key: 'tmp/a', size: 10, tags: new Map([['k', 'v']]) })).toBe('no');
    expect(matches(sel, { key: 'tmp/a', size: 1000, tags: new Map([['k', 'v']]) })).toBe('no');
    expect(matches(sel, { key: 'tmpa', size: 11, tags: new Map([['k', 'v']]) })).toBe('no');
    expect(matches(sel, { key: 'tmp/a', size: 11, tags: new Map([['k', 'w']]) })).toBe('no');
    expect(matches(sel, { key: 'tmp/a', size: 11 })).toBe('unknown');
    expect(matches({ prefix: '', tags: [] }, { key: 'anything', size: 0 })).toBe('yes');
  });
  it('knows when one filter covers another', () => {
    expect(covers({ prefix: '', tags: [] }, sel)).toBe(true);
    expect(covers({ prefix: 'tmp/', tags: [] }, { prefix: 'tmp/x/', tags: [] })).toBe(true);
    expect(covers({ prefix: 'tmp/x/', tags: [] }, { prefix: 'tmp/', tags: [] })).toBe(false);
    expect(covers({ prefix: '', tags: [{ key: 'k', value: 'v' }] }, { prefix: '', tags: [] })).toBe(false);
    expect(covers({ prefix: '', tags: [], sizeGreaterThan: 5 }, { prefix: '', tags: [] })).toBe(false);
    expect(covers({ prefix: '', tags: [], sizeGreaterThan: 5 }, { prefix: '', tags: [], sizeGreaterThan: 10 })).toBe(true);
  });
});

describe('projectExpiry', () => {
  it('rounds creation + days up to the next midnight UTC, and counts what is due now', () => {
    expect(new Date(roundUpToDay(Date.parse('2026-11-01T10:00:00Z')) * DAY_MS).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(new Date(roundUpToDay(Date.parse('2026-11-02T00:00:00Z')) * DAY_MS).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    const p = projectExpiry(
      config([{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }]),
      listing([obj('logs/old', '2026-10-01T10:00:00Z'), obj('logs/new', '2026-11-20T10:00:00Z'), obj('data/x', '2026-01-01T00:00:00Z')]),
      () => undefined,
      NOW,
      false,
    );
    expect(p.rules).toHaveLength(1);
    expect(p.rules[0]).toMatchObject({ rule: 'logs', action: 'Expiration', effect: 'delete', dueNow: 1, bytes: 200 });
    expect(p.rules[0]!.objects.map((o) => [o.key, o.dueAt])).toEqual([
      ['logs/old', '2026-11-01T00:00:00.000Z'],
      ['logs/new', '2026-12-21T00:00:00.000Z'],
    ]);
    expect(p.kept).toEqual({ objects: 1, bytes: 100, keys: ['data/x'] });
  });

  it('gives an object to the rule that expires it first, and ignores disabled rules', () => {
    const p = projectExpiry(
      config([
        { ID: 'all', Status: 'Enabled', Filter: {}, Expiration: { Days: 90 } },
        { ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 } },
        { ID: 'off', Status: 'Disabled', Filter: { Prefix: 'tmp/' }, Expiration: { Date: '2000-01-01T00:00:00Z' } },
      ]),
      listing([obj('tmp/a', '2026-11-21T10:00:00Z'), obj('x', '2026-11-21T10:00:00Z')]),
      () => undefined,
      NOW,
      false,
    );
    expect(p.rules.map((r) => [r.rule, r.objects.map((o) => o.key)])).toEqual([
      ['all', ['x']],
      ['tmp', ['tmp/a']],
    ]);
    expect(p.kept.objects).toBe(0);
  });

  it('uses a dated Expiration on its date, and for an object created later at the first midnight after its creation (due now)', () => {
    const rules = config([{ ID: 'd', Status: 'Enabled', Filter: {}, Expiration: { Date: '2026-01-01T00:00:00Z' } }]);
    const p = projectExpiry(
      rules,
      listing([obj('old', '2025-06-01T08:00:00Z'), obj('a', '2026-11-21T08:00:00Z')]),
      () => undefined,
      NOW,
      false,
    );
    expect(p.rules[0]).toMatchObject({
      dueNow: 2,
      objects: [
        { key: 'old', dueAt: '2026-01-01T00:00:00.000Z' },
        { key: 'a', dueAt: '2026-11-22T00:00:00.000Z' },
      ],
    });
  });

  it('counts objects whose tags were not read as unknown, neither expired nor kept', () => {
    const rules = config([{ ID: 't', Status: 'Enabled', Filter: { Tag: { Key: 'k', Value: 'v' } }, Expiration: { Days: 1 } }]);
    const a = obj('a', '2026-11-01T00:00:00Z');
    const b = obj('b', '2026-11-01T00:00:00Z');
    const c = obj('c', '2026-11-01T00:00:00Z');
    const tags = new Map([
      [a, new Map([['k', 'v']])],
      [b, new Map([['k', 'other']])],
    ]);
    const p = projectExpiry(rules, listing([a, b, c]), (o) => tags.get(o), NOW, false);
    expect(p.rules[0]).toMatchObject({ unknown: 1, objects: [{ key: 'a' }] });
    expect(p.kept.keys).toEqual(['b']);
    expect(p.undetermined).toBe(1);
  });

  it('on a versioned bucket: Expiration adds delete markers; noncurrent versions age from their successor and NewerNoncurrentVersions keeps the newest', () => {
    const v = (lm: string, versionId: string, isLatest: boolean, extra: Partial<ListedObject> = {}) =>
      obj('k', lm, { versionId, isLatest, ...extra });
    const objects = [
      v('2026-11-20T00:00:00Z', 'v4', true),
      v('2026-11-10T00:00:00Z', 'v3', false),
      v('2026-11-01T00:00:00Z', 'v2', false),
      v('2026-10-01T00:00:00Z', 'v1', false),
      obj('gone', '2026-11-15T00:00:00Z', { versionId: 'd1', isLatest: true, deleteMarker: true, size: 0 }),
      obj('gone', '2026-11-05T00:00:00Z', { versionId: 'g1', isLatest: false }),
    ];
    const p = projectExpiry(
      config([
        { ID: 'cur', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } },
        { ID: 'old', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 5, NewerNoncurrentVersions: 1 } },
      ]),
      listing(objects, true),
      () => undefined,
      NOW,
      true,
    );
    const cur = p.rules.find((r) => r.rule === 'cur')!;
    expect(cur.effect).toBe('delete-marker');
    expect(cur.objects.map((o) => o.versionId)).toEqual(['v4']);
    const old = p.rules.find((r) => r.rule === 'old')!;
    expect(old.effect).toBe('delete-version');
    // v3 and g1 are the newest noncurrent versions of their keys (kept by NewerNoncurrentVersions);
    // v2 became noncurrent when v3 was written, v1 when v2 was.
    expect(old.objects.map((o) => [o.versionId, o.dueAt])).toEqual([
      ['v1', '2026-11-06T00:00:00.000Z'],
      ['v2', '2026-11-15T00:00:00.000Z'],
    ]);
    expect(old.dueNow).toBe(2);
    expect(p.rules.map((r) => r.rule)).toEqual(['cur', 'old']);
  });
});
