/**
 * A compiled lifecycle request as a CloudFormation template with one AWS::S3::Bucket
 * (`lifeguard compile --emit cloudformation`), the inverse of ../cloudformation/template.ts: the
 * filter's predicates become Prefix, TagFilters and the size properties (strings, as the resource
 * schema types them), Days become TransitionInDays / NoncurrentDays become TransitionInDays.
 */
import { stringify } from 'yaml';
import type { S3LifecycleRule } from '../../model/lifecycle.js';
import type { CompiledRequest } from '../../policy/compile.js';

export function logicalId(bucket: string): string {
  const words = bucket.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return `${/^[A-Za-z]/.test(id) ? id : `B${id}`}Bucket`;
}

export function emitCloudFormation(request: CompiledRequest, source: string): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Lifecycle rules of bucket ${request.Bucket}, compiled by lifeguard from ${source}.`,
    Resources: {
      [logicalId(request.Bucket)]: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: request.Bucket,
          LifecycleConfiguration: {
            TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize,
            Rules: request.LifecycleConfiguration.Rules.map(rule),
          },
        },
      },
    },
  };
  // YAML 1.1 is what CloudFormation reads: strings such as 2010-09-09 or yes are quoted, not taken for dates or booleans.
  return stringify(template, { version: '1.1', lineWidth: 0, defaultStringType: 'PLAIN', sortMapEntries: false });
}

function rule(r: S3LifecycleRule): Record<string, unknown> {
  const out: Record<string, unknown> = { Id: r.ID, Status: r.Status };
  const f = (r.Filter ?? {}) as Record<string, unknown>;
  const and = (f.And ?? f) as Record<string, unknown>;
  const tags = (Array.isArray(and.Tags) ? and.Tags : f.Tag ? [f.Tag] : []) as Array<{ Key: string; Value: string }>;
  if (typeof and.Prefix === 'string' && and.Prefix !== '') out.Prefix = and.Prefix;
  if (tags.length) out.TagFilters = tags.map((t) => ({ Key: t.Key, Value: t.Value }));
  if (typeof and.ObjectSizeGreaterThan === 'number') out.ObjectSizeGreaterThan = String(and.ObjectSizeGreaterThan);
  if (typeof and.ObjectSizeLessThan === 'number') out.ObjectSizeLessThan = String(and.ObjectSizeLessThan);
  const e = r.Expiration;
  if (e?.Days !== undefined) out.ExpirationInDays = e.Days;
  if (e?.Date !== undefined) out.ExpirationDate = e.Date;
  if (e?.ExpiredObjectDeleteMarker !== undefined) out.ExpiredObjectDeleteMarker = e.ExpiredObjectDeleteMarker;
  if (r.Transitions?.length) {
    out.Transitions = r.Transitions.map((t) =>
      t.Date !== undefined
        ? { StorageClass: t.StorageClass, TransitionDate: t.Date }
        : { StorageClass: t.StorageClass, TransitionInDays: t.Days ?? 0 },
    );
  }
  if (r.NoncurrentVersionExpiration) {
    const n = r.NoncurrentVersionExpiration;
    out.NoncurrentVersionExpiration = {
      NoncurrentDays: n.NoncurrentDays,
      ...(n.NewerNoncurrentVersions !== undefined ? { NewerNoncurrentVersions: n.NewerNoncurrentVersions } : {}),
    };
  }
  if (r.NoncurrentVersionTransitions?.length) {
    out.NoncurrentVersionTransitions = r.NoncurrentVersionTransitions.map((t) => ({
      StorageClass: t.StorageClass,
      TransitionInDays: t.NoncurrentDays ?? 0,
      ...(t.NewerNoncurrentVersions !== undefined ? { NewerNoncurrentVersions: t.NewerNoncurrentVersions } : {}),
    }));
  }
  if (r.AbortIncompleteMultipartUpload)
    out.AbortIncompleteMultipartUpload = { DaysAfterInitiation: r.AbortIncompleteMultipartUpload.DaysAfterInitiation };
  return out;
}
