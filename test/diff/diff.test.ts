import { describe, expect, it } from 'vitest';
import { diffConfigurations } from '../../src/diff/diff.js';

const rule = (over: Record<string, unknown>) => ({
  ID: 'expire-logs',
  Status: 'Enabled',
  Filter: { Prefix: 'logs/' },
  Expiration: { Days: 30 },
  ...over,
});

describe('diffConfigurations', () => {
  it('says a changed expiry in plain words', () => {
    const d = diffConfigurations({ Rules: [rule({})] }, { Rules: [rule({ Expiration: { Days: 14 } })] });
    expect(d.equal).toBe(false);
    expect(d.sentences).toEqual(['expire-logs: Expiration 30 → 14 days']);
  });

  it('says which rules were added and removed', () => {
    const live = { Rules: [rule({}), { ID: 'tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } }] };
    const proposed = {
      Rules: [rule({}), { ID: 'abort', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }],
    };
    expect(diffConfigurations(live, proposed).sentences).toEqual([
      'rule abort added: the whole bucket: abort incomplete uploads after 7 days',
      'rule tmp-cleanup removed (was: prefix tmp/: expire after 7 days)',
    ]);
  });

  it('treats a bucket without configuration as empty', () => {
    const d = diffConfigurations(undefined, { Rules: [rule({})] });
    expect(d.sentences).toEqual(['rule expire-logs added: prefix logs/: expire after 30 days']);
  });

  it('calls a reordering no change', () => {
    const a = { Rules: [rule({}), rule({ ID: 'b', Filter: { Prefix: 'b/' } })] };
    const b = { Rules: [rule({ ID: 'b', Filter: { Prefix: 'b/' } }), rule({})] };
    expect(diffConfigurations(a, b)).toMatchObject({ equal: true, sentences: [] });
  });

  it('describes transitions, noncurrent actions, filters, status and abort changes', () => {
    const live = {
      Rules: [
        {
          ID: 'ckpt',
          Status: 'Enabled',
          Filter: { Prefix: 'checkpoints/' },
          Transitions: [
            { Days: 30, StorageClass: 'STANDARD_IA' },
            { Days: 90, StorageClass: 'GLACIER_IR' },
          ],
          NoncurrentVersionExpiration: { NoncurrentDays: 30, NewerNoncurrentVersions: 5 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        },
      ],
    };
    const proposed = {
      Rules: [
        {
          ID: 'ckpt',
          Status: 'Disabled',
          Filter: { Prefix: 'ckpt/' },
          Transitions: [
            { Days: 60, StorageClass: 'GLACIER_IR' },
            { Days: 240, StorageClass: 'DEEP_ARCHIVE' },
          ],
          NoncurrentVersionExpiration: { NoncurrentDays: 7, NewerNoncurrentVersions: 3 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 },
        },
      ],
    };
    expect(diffConfigurations(live, proposed).sentences).toEqual([
      'ckpt: Status Enabled → Disabled; filter prefix checkpoints/ → prefix ckpt/; Transition to GLACIER_IR 90 days → 60 days; Transition to DEEP_ARCHIVE at 240 days added; Transition to STANDARD_IA at 30 days removed; NoncurrentVersionExpiration 30 → 7 days; newer noncurrent versions kept 5 → 3; AbortIncompleteMultipartUpload 7 → 3 days',
    ]);
  });

  it('matches a rule without ID to the live rule S3 generated an ID for', () => {
    const proposed = { Rules: [{ Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } }] };
    const live = { Rules: [{ ID: 'ZmQ5NjE2OWYtYjQ0', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } }] };
    expect(diffConfigurations(live, proposed).equal).toBe(true);
    const changed = { Rules: [{ Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 8 } }] };
    expect(
      diffConfigurations(live, changed)
        .changes.map((c) => c.kind)
        .sort(),
    ).toEqual(['added', 'removed']);
  });

  it('reports TransitionDefaultMinimumObjectSize only when both sides state it', () => {
    const a = { Rules: [rule({})], TransitionDefaultMinimumObjectSize: 'varies_by_storage_class' };
    const b = { Rules: [rule({})], TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K' };
    expect(diffConfigurations(a, b).sentences).toEqual([
      'TransitionDefaultMinimumObjectSize varies_by_storage_class → all_storage_classes_128K',
    ]);
    expect(diffConfigurations({ Rules: [rule({})] }, b).equal).toBe(true);
  });
});
