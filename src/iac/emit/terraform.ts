/**
 * A compiled lifecycle request as an `aws_s3_bucket_lifecycle_configuration` resource a team can
 * commit (`lifeguard compile --emit terraform`). Written so that the AWS provider (≥ 5.86) sends
 * exactly these rules back (the inverse of ../terraform/translate.ts): Days 0 stays explicit, a
 * filter with several predicates goes in `and`, the transition default is stated.
 */
import type { S3LifecycleRule } from '../../model/lifecycle.js';
import type { CompiledRequest } from '../../policy/compile.js';
import { renderBlock, type HclBlock, type HclValue } from './hcl-writer.js';

type Attr = [string, HclValue | undefined];

export function resourceName(bucket: string): string {
  const name = bucket.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `bucket_${name}`;
}

export function emitTerraform(request: CompiledRequest, source: string): string {
  const resource: HclBlock = {
    type: 'resource',
    labels: ['aws_s3_bucket_lifecycle_configuration', resourceName(request.Bucket)],
    attributes: [
      ['bucket', request.Bucket],
      ['transition_default_minimum_object_size', request.TransitionDefaultMinimumObjectSize],
    ],
    blocks: request.LifecycleConfiguration.Rules.map(rule),
  };
  return `# Compiled by lifeguard from ${source}; edit the policy and compile again rather than this file.\n${renderBlock(resource)}`;
}

function rule(r: S3LifecycleRule): HclBlock {
  const blocks: HclBlock[] = [];
  const block = (type: string, attributes: Attr[], nested: HclBlock[] = []): HclBlock => ({ type, attributes, blocks: nested });
  if (r.Filter) blocks.push(filter(r.Filter as Record<string, unknown>));
  const e = r.Expiration;
  if (e)
    blocks.push(
      block('expiration', [
        ['date', e.Date],
        ['days', e.Days],
        ['expired_object_delete_marker', e.ExpiredObjectDeleteMarker],
      ]),
    );
  for (const t of r.Transitions ?? [])
    blocks.push(
      block('transition', [
        ['date', t.Date],
        ['days', t.Date === undefined ? (t.Days ?? 0) : undefined],
        ['storage_class', t.StorageClass],
      ]),
    );
  const nve = r.NoncurrentVersionExpiration;
  if (nve)
    blocks.push(
      block('noncurrent_version_expiration', [
        ['newer_noncurrent_versions', nve.NewerNoncurrentVersions],
        ['noncurrent_days', nve.NoncurrentDays],
      ]),
    );
  for (const t of r.NoncurrentVersionTransitions ?? []) {
    blocks.push(
      block('noncurrent_version_transition', [
        ['newer_noncurrent_versions', t.NewerNoncurrentVersions],
        ['noncurrent_days', t.NoncurrentDays ?? 0],
        ['storage_class', t.StorageClass],
      ]),
    );
  }
  const abort = r.AbortIncompleteMultipartUpload;
  if (abort) blocks.push(block('abort_incomplete_multipart_upload', [['days_after_initiation', abort.DaysAfterInitiation]]));
  return {
    type: 'rule',
    attributes: [
      ['id', r.ID],
      ['status', r.Status],
      ['prefix', (r as { Prefix?: string }).Prefix],
    ],
    blocks,
  };
}

function filter(f: Record<string, unknown>): HclBlock {
  const and = f.And as Record<string, unknown> | undefined;
  if (and) {
    const tags = Array.isArray(and.Tags)
      ? Object.fromEntries((and.Tags as Array<{ Key: string; Value: string }>).map((t) => [t.Key, t.Value]))
      : undefined;
    return {
      type: 'filter',
      attributes: [],
      blocks: [
        {
          type: 'and',
          attributes: [
            ['prefix', and.Prefix as string | undefined],
            ['object_size_greater_than', and.ObjectSizeGreaterThan as number | undefined],
            ['object_size_less_than', and.ObjectSizeLessThan as number | undefined],
            ['tags', tags],
          ],
          blocks: [],
        },
      ],
    };
  }
  const tag = f.Tag as { Key: string; Value: string } | undefined;
  return {
    type: 'filter',
    attributes: [
      // An empty prefix is `filter {}`: the provider sends Prefix "" for both.
      ['prefix', f.Prefix === '' ? undefined : (f.Prefix as string | undefined)],
      ['object_size_greater_than', f.ObjectSizeGreaterThan as number | undefined],
      ['object_size_less_than', f.ObjectSizeLessThan as number | undefined],
    ],
    blocks: tag
      ? [
          {
            type: 'tag',
            attributes: [
              ['key', tag.Key],
              ['value', tag.Value],
            ],
            blocks: [],
          },
        ]
      : [],
  };
}
