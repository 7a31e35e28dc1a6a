import { describe, expect, it } from 'vitest';
import { bucketKind, bucketTypeSupport } from '../../src/lint/rules/bucket-type-support.js';
import { checkRule } from '../helpers/lint.js';

const request = (bucket: string, rule: string, extra = '') =>
  `{\n  "Bucket": "${bucket}",${extra}\n  "LifecycleConfiguration": {"Rules": [\n    ${rule}\n  ]}\n}`;

describe('bucket-type-support (2.10, 3b.10, 5.5, 6.1, 6.2)', () => {
  it('tells directory and Outposts buckets apart from general purpose ones', () => {
    expect(bucketKind('logs--usw2-az1--x-s3')).toBe('directory');
    expect(bucketKind('arn:aws:s3express:us-west-2:111122223333:bucket/logs--usw2-az1--x-s3')).toBe('directory');
    expect(bucketKind('arn:aws:s3-outposts:us-west-2:111122223333:outpost/op-01ac5d28a6a232904/bucket/logs')).toBe('outposts');
    expect(bucketKind('my-x-s3-bucket')).toBeUndefined();
    expect(bucketKind(undefined)).toBeUndefined();
  });

  it('accepts what directory buckets support, and anything on a general purpose bucket', () => {
    checkRule(
      bucketTypeSupport,
      [
        {
          name: 'directory bucket: Expiration Days and abort, prefix and size filters',
          code: request(
            'logs--usw2-az1--x-s3',
            `{"ID": "a", "Status": "Enabled", "Filter": {"And": {"Prefix": "tmp/", "ObjectSizeGreaterThan": 1024}}, "Expiration": {"Days": 7}, "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}`,
          ),
        },
        {
          name: 'general purpose bucket with every element',
          code: request(
            'logs',
            `{"ID": "a", "Status": "Enabled", "Filter": {"Tag": {"Key": "k", "Value": "v"}}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}], "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}`,
            '\n  "TransitionDefaultMinimumObjectSize": "varies_by_storage_class",',
          ),
        },
        {
          name: 'a bare configuration names no bucket',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}]}]}`,
        },
        {
          name: 'Outposts: expiration and noncurrent expiration',
          code: request(
            'arn:aws:s3-outposts:us-west-2:111122223333:outpost/op-01ac5d28a6a232904/bucket/logs',
            `{"ID": "a", "Status": "Enabled", "Filter": {"Tag": {"Key": "k", "Value": "v"}}, "Expiration": {"Days": 30}, "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}`,
          ),
        },
      ],
      [],
    );
  });

  it('rejects transitions, noncurrent actions, tags, dates and delete markers on a directory bucket', () => {
    checkRule(
      bucketTypeSupport,
      [],
      [
        {
          name: 'every unsupported element',
          code: [
            '{',
            '  "Bucket": "logs--usw2-az1--x-s3",',
            '  "TransitionDefaultMinimumObjectSize": "all_storage_classes_128K",',
            '  "LifecycleConfiguration": {"Rules": [',
            '    {"ID": "a", "Status": "Enabled",',
            '     "Filter": {"Tag": {"Key": "k", "Value": "v"}},',
            '     "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}],',
            '     "NoncurrentVersionTransitions": [{"NoncurrentDays": 0, "StorageClass": "GLACIER"}],',
            '     "NoncurrentVersionExpiration": {"NoncurrentDays": 1},',
            '     "Expiration": {"Date": "2030-01-01T00:00:00Z"}},',
            '    {"ID": "b", "Status": "Enabled",',
            '     "Filter": {"And": {"Prefix": "p/", "Tags": [{"Key": "k", "Value": "v"}]}},',
            '     "Expiration": {"ExpiredObjectDeleteMarker": true}}',
            '  ]}',
            '}',
          ].join('\n'),
          errors: [
            {
              line: 3,
              messageId: 'unsupported',
              data: {
                subject: 'the configuration',
                what: 'TransitionDefaultMinimumObjectSize',
                kind: 'directory bucket',
                bucket: "'logs--usw2-az1--x-s3'",
              },
            },
            { line: 6, messageId: 'unsupported', data: { subject: "rule 'a'", what: 'a Tag filter' } },
            { line: 7, messageId: 'unsupported', data: { subject: "rule 'a'", what: 'a Transition' } },
            { line: 8, messageId: 'unsupported', data: { what: 'a NoncurrentVersionTransition' } },
            { line: 9, messageId: 'unsupported', data: { what: 'NoncurrentVersionExpiration' } },
            { line: 10, messageId: 'unsupported', data: { what: 'an Expiration by Date' } },
            { line: 12, messageId: 'unsupported', data: { subject: "rule 'b'", what: 'a Tag filter' } },
            { line: 13, messageId: 'unsupported', data: { what: 'ExpiredObjectDeleteMarker' } },
          ],
        },
        {
          name: 'TransitionDefaultMinimumObjectSize inside the configuration',
          code: `{"Bucket": "b--use1-az4--x-s3",\n "LifecycleConfiguration": {"TransitionDefaultMinimumObjectSize": "varies_by_storage_class", "Rules": [{"Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}}`,
          errors: [{ line: 2, messageId: 'unsupported', data: { what: 'TransitionDefaultMinimumObjectSize' } }],
        },
      ],
    );
  });

  it('rejects transitions on an S3 on Outposts bucket', () => {
    checkRule(
      bucketTypeSupport,
      [],
      [
        {
          name: 'Transitions and NoncurrentVersionTransitions',
          code: request(
            'arn:aws:s3-outposts:us-west-2:111122223333:outpost/op-01ac5d28a6a232904/bucket/logs',
            `{"ID": "a", "Status": "Enabled", "Filter": {},\n     "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}],\n     "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "GLACIER"}]}`,
          ),
          errors: [
            { line: 5, messageId: 'unsupported', data: { what: 'a Transition', kind: 'S3 on Outposts bucket' } },
            { line: 6, messageId: 'unsupported', data: { what: 'a NoncurrentVersionTransition' } },
          ],
        },
      ],
    );
  });
});
