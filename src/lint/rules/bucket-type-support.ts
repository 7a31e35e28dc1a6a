import { documented } from '../report-message.js';
import { joinPointer } from '../../load/pointer.js';
import type { LifecycleRule, LintContext } from '../types.js';
import { arr, isObj, obj } from '../../model/values.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

export type BucketKind = 'directory' | 'outposts';

/**
 * What kind of bucket a request names. Directory buckets (S3 Express One Zone) end in "--x-s3";
 * S3 on Outposts buckets are addressed by an "s3-outposts" ARN.
 */
export function bucketKind(bucket: string | undefined): BucketKind | undefined {
  if (!bucket) return undefined;
  if (/^arn:[^:]+:s3-outposts:/.test(bucket)) return 'outposts';
  const name = bucket.startsWith('arn:') ? bucket.slice(bucket.lastIndexOf('/') + 1) : bucket;
  return name.endsWith('--x-s3') ? 'directory' : undefined;
}

/**
 * Catalogue 2.10, 3b.10, 5.5, 6.1 and 6.2: elements AWS documents as unsupported on directory
 * buckets and on S3 on Outposts buckets. Only a full request (with "Bucket") says which bucket a
 * file is for; other files are not judged here.
 */
export const bucketTypeSupport: LifecycleRule = {
  meta: {
    id: 'bucket-type-support',
    description: 'A request for a directory bucket or an S3 on Outposts bucket uses only the lifecycle elements that bucket type supports.',
    defaultSeverity: 'error',
    catalogue: ['2.10', '3b.10', '5.5', '6.1', '6.2'],
    evidence: evidenceFor('2.10', '3b.10', '5.5', '6.1', '6.2'),
    messages: {
      unsupported: {
        message: '{{subject}}: {{what}} is not supported on {{kind}} {{bucket}}',
        aws: documented(),
        hint: '{{fix}}',
      },
    },
  },
  check(ctx) {
    const kind = bucketKind(ctx.bucket);
    if (!kind) return;
    const fix =
      kind === 'directory'
        ? 'Directory buckets (S3 Express One Zone) take only Expiration by Days and AbortIncompleteMultipartUpload, filtered by prefix or size.'
        : 'S3 on Outposts buckets only expire objects and abort incomplete multipart uploads.';
    const report = (pointer: string, subject: string, what: string) =>
      ctx.report({
        pointer,
        reportOnKey: true,
        messageId: 'unsupported',
        data: { subject, what, kind: kind === 'directory' ? 'directory bucket' : 'S3 on Outposts bucket', bucket: `'${ctx.bucket}'`, fix },
      });
    for (const rule of ctx.rules) {
      const say = (what: string, ...path: Array<string | number>) => report(rule.at(...path), rule.label, what);
      if (arr(rule.raw.Transitions).length > 0) say('a Transition', 'Transitions');
      if (arr(rule.raw.NoncurrentVersionTransitions).length > 0) say('a NoncurrentVersionTransition', 'NoncurrentVersionTransitions');
      if (kind === 'directory') directoryOnly(rule, say);
    }
    if (kind === 'directory') {
      const pointer = defaultSizePointer(ctx);
      if (pointer !== undefined) report(pointer, 'the configuration', 'TransitionDefaultMinimumObjectSize');
    }
  },
};

function directoryOnly(rule: RuleView, say: (what: string, ...path: Array<string | number>) => void): void {
  if (isObj(rule.raw.NoncurrentVersionExpiration)) say('NoncurrentVersionExpiration', 'NoncurrentVersionExpiration');
  const expiration = obj(rule.raw.Expiration);
  if (expiration?.Date !== undefined) say('an Expiration by Date', 'Expiration', 'Date');
  if (expiration?.ExpiredObjectDeleteMarker !== undefined) say('ExpiredObjectDeleteMarker', 'Expiration', 'ExpiredObjectDeleteMarker');
  const filter = obj(rule.raw.Filter);
  if (filter?.Tag !== undefined) say('a Tag filter', 'Filter', 'Tag');
  if (arr(obj(filter?.And)?.Tags).length > 0) say('a Tag filter', 'Filter', 'And', 'Tags');
}

/** Where the file sets TransitionDefaultMinimumObjectSize: the request header or the configuration. */
function defaultSizePointer(ctx: LintContext): string | undefined {
  const doc = obj(ctx.document);
  if (ctx.base !== '' && doc?.TransitionDefaultMinimumObjectSize !== undefined) return '/TransitionDefaultMinimumObjectSize';
  if (ctx.config.TransitionDefaultMinimumObjectSize !== undefined) return joinPointer(ctx.base, 'TransitionDefaultMinimumObjectSize');
  return undefined;
}
