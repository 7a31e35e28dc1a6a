import { describe, expect, it } from 'vitest';
import { checkProtection, deletionDate } from '../../src/model-registry/protect.js';
import { toReference } from '../../src/model-registry/reference.js';
import { protectReference } from '../../src/policy/protect-references.js';

const refs = (...values: string[]) => values.map((v) => toReference({ value: v, pointer: '' }, 'ml').reference!);
const config = {
  Rules: [
    { ID: 'expire-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Expiration: { Days: 90 } },
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'old-versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 30 } },
    { ID: 'off', Status: 'Disabled', Filter: {}, Expiration: { Days: 1 } },
  ],
};

describe('registry protection', () => {
  it('names the rule, the artifact and when, without an inventory', () => {
    const f = checkProtection(config, refs('s3://ml/models/fraud/v3/'));
    expect(f).toHaveLength(1);
    expect(f[0]!.pointer).toBe('/Rules/0/Expiration');
    expect(f[0]!.message).toBe(
      "rule 'expire-models' expires current versions 90 days after each object is created, and it reaches everything under models/fraud/v3/, which the model registry still references. Narrow the rule's filter or exclude the artifact.",
    );
  });

  it('leaves artifacts outside every expiring filter alone, and ignores disabled rules', () => {
    expect(checkProtection(config, refs('s3://ml/datasets/v1/'))).toEqual([]);
  });

  it('catches a whole-folder rule reaching a referenced key, and a narrower rule inside a referenced folder', () => {
    const inside = { Rules: [{ ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'models/fraud/v3/tmp/' }, Expiration: { Days: 3 } }] };
    expect(checkProtection(inside, refs('s3://ml/models/fraud/v3/'))).toHaveLength(1);
    expect(checkProtection(config, refs('s3://ml/models/a.pt'))).toHaveLength(1);
  });

  it('says when tags or sizes decide, since the registry cannot know them', () => {
    const tagged = {
      Rules: [
        {
          ID: 'failed',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'models/', Tags: [{ Key: 'status', Value: 'failed' }] } },
          Expiration: { Days: 3 },
        },
      ],
    };
    expect(checkProtection(tagged, refs('s3://ml/models/x/'))[0]!.message).toContain('if the artifact matches its tags (status=failed)');
  });

  it('flags noncurrent expiry only for artifacts pinned to a version', () => {
    const f = checkProtection(config, [
      toReference({ value: 's3://ml/datasets/d.parquet', versionId: 'abc', pointer: '/0' }, 'ml').reference!,
    ]);
    expect(f.map((x) => x.pointer)).toEqual(['/Rules/2/NoncurrentVersionExpiration']);
    expect(f[0]!.message).toContain('pins version abc');
  });

  it('counts objects and bytes with an inventory and gives the first deletion date', () => {
    const objects = [
      { key: 'models/fraud/v3/model.pt', size: 1000, lastModified: new Date('2026-11-01T10:30:00Z') },
      { key: 'models/fraud/v3/config.json', size: 24, lastModified: new Date('2026-10-15T23:00:00Z') },
      { key: 'models/fraud/v4/model.pt', size: 5000, lastModified: new Date('2026-10-01T00:00:00Z') },
    ];
    const [f] = checkProtection(config, refs('s3://ml/models/fraud/v3/'), objects);
    expect(f).toMatchObject({ objects: 2, bytes: 1024, firstDeletion: '2027-01-14' });
    // 2026-10-15T23:00 + 90 days = 2027-01-13T23:00, rounded up to the next midnight: 2027-01-14.
    expect(f!.message).toContain('2 objects, 1024 bytes, the first deleted on 2027-01-14');
  });

  it("follows S3's day arithmetic: creation + Days, up to the next 00:00 UTC", () => {
    // The AWS documentation's example: created 1/15/2014 10:30 UTC, 3 days → 1/19/2014 00:00 UTC.
    expect(deletionDate(new Date('2014-01-15T10:30:00Z'), 3, undefined)!.toISOString()).toBe('2014-01-19T00:00:00.000Z');
  });
});

describe('protect entries through the same check', () => {
  const protect = (prefix: string, tags: Record<string, string> = {}) =>
    protectReference({
      index: 0,
      pointer: '/protect/0',
      reason: 'the registry serves them',
      select: { prefix, tags: Object.entries(tags).map(([key, value]) => ({ key, value })) },
    });
  const tagged = (prefix: string, key: string, value: string) => ({
    Rules: [
      { ID: 'tagged', Status: 'Enabled', Filter: { And: { Prefix: prefix, Tags: [{ Key: key, Value: value }] } }, Expiration: { Days: 3 } },
    ],
  });

  it('names the protect entry instead of the registry', () => {
    const [f] = checkProtection(config, [protect('models/prod/')]);
    expect(f!.message).toContain('reaches everything under models/prod/, which protect[0] (the registry serves them) covers.');
  });

  it('is not reached by a rule that asks for another value of a tag the entry requires', () => {
    expect(checkProtection(tagged('models/', 'keep', 'false'), [protect('models/', { keep: 'true' })])).toEqual([]);
    expect(checkProtection(tagged('models/', 'keep', 'true'), [protect('', { keep: 'true' })])).toHaveLength(1);
  });

  it("does not call a tag the entry itself requires unknown, only the rule's other predicates", () => {
    const [f] = checkProtection(tagged('models/', 'status', 'failed'), [protect('', { registry: 'referenced' })]);
    expect(f!.message).toContain(
      'every object tagged registry=referenced, which protect[0] (the registry serves them) covers if the artifact matches its tags (status=failed)',
    );
    const [g] = checkProtection(tagged('models/', 'registry', 'referenced'), [protect('', { registry: 'referenced' })]);
    expect(g!.message).not.toContain(' if the artifact matches');
  });

  it('says where the counted objects come from', () => {
    const [f] = checkProtection(config, refs('s3://ml/models/x/'), [], 'the listing');
    expect(f!.message).toContain('The listing holds no matching object yet.');
  });
});
