/**
 * Normalization: what we PUT and what an S3-compatible server hands back must compare equal when
 * they mean the same. The "RGW returns" shapes are the ones recorded in shared/spec/s3-test-server.md.
 */
import { describe, expect, it } from 'vitest';
import { configurationsEqual, diffConfigurations } from '../../src/diff/diff.js';
import { normalizeConfiguration } from '../../src/model/canonical.js';

const put = {
  Rules: [
    { ID: 'tmp', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } },
    { ID: 'all', Status: 'Enabled', Filter: { Prefix: '' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    {
      ID: 'one-tag',
      Status: 'Enabled',
      Filter: { And: { Prefix: 'tmp/', Tags: [{ Key: 'status', Value: 'failed' }] } },
      Expiration: { Days: 3 },
    },
    {
      ID: 'two-tags',
      Status: 'Enabled',
      Filter: {
        And: {
          Prefix: 'tmp/',
          Tags: [
            { Key: 'b', Value: '2' },
            { Key: 'a', Value: '1' },
          ],
        },
      },
      Expiration: { Days: 5 },
    },
    {
      ID: 'tiers',
      Status: 'Enabled',
      Filter: { Prefix: 'models/' },
      Transitions: [
        { Days: 90, StorageClass: 'GLACIER_IR' },
        { Days: 30, StorageClass: 'STANDARD_IA' },
      ],
      Expiration: { Days: 365 },
    },
  ],
};

// What @aws-sdk/client-s3 gives for the same rules read back from RGW 16.2.
const rgwReturns = {
  Rules: [
    { ID: 'all', Status: 'Enabled', Prefix: '', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    { ID: 'one-tag', Status: 'Enabled', Filter: { Prefix: 'tmp/', Tag: { Key: 'status', Value: 'failed' } }, Expiration: { Days: 3 } },
    {
      ID: 'tiers',
      Status: 'Enabled',
      Filter: { Prefix: 'models/' },
      Expiration: { Days: 365, ExpiredObjectDeleteMarker: false },
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER_IR' },
      ],
    },
    { ID: 'tmp', Status: 'Enabled', Prefix: '', Expiration: { Days: 1 } },
    {
      ID: 'two-tags',
      Status: 'Enabled',
      Filter: {
        Prefix: 'tmp/',
        And: {
          Tags: [
            { Key: 'a', Value: '1' },
            { Key: 'b', Value: '2' },
          ],
        },
      },
      Expiration: { Days: 5 },
    },
  ],
};

describe('normalizeConfiguration', () => {
  it("treats RGW's reshaped read-back as equal to what was sent", () => {
    expect(normalizeConfiguration(rgwReturns)).toEqual(normalizeConfiguration(put));
    expect(configurationsEqual(rgwReturns, put)).toBe(true);
    expect(diffConfigurations(rgwReturns, put).sentences).toEqual([]);
  });

  it('folds Filter {}, Filter {Prefix: ""} and a legacy top-level Prefix "" into one whole-bucket selector', () => {
    const shapes = [{ Filter: {} }, { Filter: { Prefix: '' } }, { Prefix: '' }].map((sel) =>
      normalizeConfiguration({ Rules: [{ ID: 'x', Status: 'Enabled', ...sel, Expiration: { Days: 1 } }] }),
    );
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    expect(shapes[0]!.rules[0]!.selector).toEqual({ prefix: '', tags: [] });
  });

  it('treats a one-tag And as a Tag, and a Prefix outside And as inside it', () => {
    const a = normalizeConfiguration({
      Rules: [{ ID: 'x', Status: 'Enabled', Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'k', Value: 'v' }] } }, Expiration: { Days: 1 } }],
    });
    const b = normalizeConfiguration({
      Rules: [{ ID: 'x', Status: 'Enabled', Filter: { Prefix: 'p/', Tag: { Key: 'k', Value: 'v' } }, Expiration: { Days: 1 } }],
    });
    expect(a).toEqual(b);
  });

  it('orders rules by ID and transitions by time', () => {
    const n = normalizeConfiguration(put);
    expect(n.rules.map((r) => r.id)).toEqual(['all', 'one-tag', 'tiers', 'tmp', 'two-tags']);
    expect(n.rules[2]!.transitions.map((t) => t.storageClass)).toEqual(['STANDARD_IA', 'GLACIER_IR']);
  });

  it('reads SDK Date objects and ISO strings as the same date', () => {
    const a = { Rules: [{ ID: 'd', Status: 'Enabled', Filter: {}, Expiration: { Date: new Date('2027-01-01T00:00:00Z') } }] };
    const b = { Rules: [{ ID: 'd', Status: 'Enabled', Filter: {}, Expiration: { Date: '2027-01-01T00:00:00.000Z' } }] };
    const c = { Rules: [{ ID: 'd', Status: 'Enabled', Filter: {}, Expiration: { Date: '2027-01-01T00:00:00' } }] };
    expect(configurationsEqual(a, b)).toBe(true);
    expect(configurationsEqual(b, c)).toBe(true);
  });

  it('keeps real differences: status, prefix, days, tag value, size filter', () => {
    const base = { ID: 'x', Status: 'Enabled', Filter: { Prefix: 'a/' }, Expiration: { Days: 1 } };
    const variants = [
      { ...base, Status: 'Disabled' },
      { ...base, Filter: { Prefix: 'b/' } },
      { ...base, Expiration: { Days: 2 } },
      { ...base, Filter: { And: { Prefix: 'a/', Tags: [{ Key: 'k', Value: 'v' }] } } },
      { ...base, Filter: { And: { Prefix: 'a/', ObjectSizeGreaterThan: 0 } } },
    ];
    for (const v of variants) expect(configurationsEqual({ Rules: [base] }, { Rules: [v] }), JSON.stringify(v)).toBe(false);
  });
});
