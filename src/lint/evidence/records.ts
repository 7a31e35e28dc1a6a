/**
 * The evidence for each row of the constraint catalogue (shared/spec/s3-lifecycle-constraints.md)
 * that says AWS rejects something, with the day it was last confirmed. Rules take theirs with
 * `evidenceFor(...rows)`, so two rules enforcing one row cite the same words. Every `model` entry is
 * a sentence of the S3 model as the installed @aws-sdk/client-s3 ships it; test/aws-model/ re-reads
 * them all on every test run, so a dependency update that carries AWS's next change fails CI.
 */
import type { Evidence } from './types.js';

/** The day the installed SDK's model text was read for this list (@aws-sdk/client-s3 3.1169.0). */
export const MODEL_READ = '2026-12-03';
/** awsdocs/amazon-s3-userguide at 1b918e0, the User Guide's last public sources (2023-06-09). */
const UG_2023 = 'https://github.com/awsdocs/amazon-s3-userguide/blob/1b918e0/doc_source/';
const UG_2023_DATE = '2023-06-09';
/**
 * The User Guide page "Transitioning objects using Amazon S3 Lifecycle", as a copy made between
 * September 2024 (it describes that month's 128 KB default) and July 2026 (it still states the 30-day
 * minimum AWS removed then) shows it: dated by the earlier month, the only one known.
 */
const UG_TRANSITIONS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html';
const UG_TRANSITIONS_DATE = '2024-09';

const model = (source: string, quote: string, extra: Partial<Evidence> = {}): Evidence => ({
  kind: 'model',
  source,
  quote,
  confirmed: MODEL_READ,
  ...extra,
});
const docs = (source: string, quote: string, confirmed?: string, about?: string): Evidence => ({
  kind: 'docs',
  source,
  quote,
  confirmed,
  about,
});
const answer = (source: string, quote: string, confirmed?: string, about?: string): Evidence => ({
  kind: 'aws-answer',
  source,
  quote,
  confirmed,
  about,
});
const emulator = (source: string, quote: string, about?: string): Evidence => ({ kind: 'emulator', source, quote, about });

const DIRECTORY_BUCKETS =
  'This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.';
const MIDNIGHT = 'The time is always midnight UTC.';
const POSITIVE = 'The value must be a non-zero positive integer.';
const OPENIO = 'open-io/swift swift/common/middleware/s3api/controllers/lifecycle.py';

/** The July 2026 change, as AWS released it: the reason 3b.3 is retired, and a doubt on 3b.6, 3d.3, 3d.4. */
const IA_CHANGE: readonly Evidence[] = [
  docs(
    'https://github.com/boto/botocore/blob/develop/CHANGELOG.rst (1.43.50)',
    'api-change:``s3``: Documentation update for removing the 30 day minimum restriction for transition to Standard-IA or OneZone-IA storage classes',
    '2026-07-16',
    'AWS removed the 30-day minimum for entering the IA classes',
  ),
  docs(
    'https://github.com/boto/botocore/commit/e179889d6e2bc604b77b9785735d336612e7108a',
    'If the specified storage class is STANDARD_IA or ONEZONE_IA, valid values are positive integers greater than 30.',
    '2026-07-16',
    'removed from Transition.Days that day; the S3 model had carried it since 2025-02-06',
  ),
];
/** The same change, where it weighs against a rule that rested on the same 30 days. */
const IA_CHANGE_AGAINST: readonly Evidence[] = IA_CHANGE.map((e) => ({ ...e, stance: 'against' }));

const IA_GAP_DOCS: readonly Evidence[] = [
  docs(
    `${UG_2023}lifecycle-transition-general-considerations.md`,
    "you can't specify a single Lifecycle rule for both an S3 Intelligent-Tiering, S3 Standard-IA, or S3 One Zone-IA transition and a S3 Glacier or S3 Glacier Deep Archive transition when the S3 Glacier or S3 Glacier Deep Archive transition occurs less than 30 days after the S3 Intelligent-Tiering, S3 Standard-IA, or S3 One Zone-IA transition.",
    UG_2023_DATE,
    'the 30 days after STANDARD_IA or ONEZONE_IA',
  ),
];

const GAP_DOCS: readonly Evidence[] = [
  docs(
    UG_TRANSITIONS,
    "You can't create a single Lifecycle rule that transitions objects from one storage class to another before the minimum storage duration period has passed.",
    UG_TRANSITIONS_DATE,
    'the gap is the minimum storage duration of the class objects leave; a copy of the page from before the July 2026 change',
  ),
  docs(
    UG_TRANSITIONS,
    "You can't specify a lifecycle rule that transitions objects to S3 Glacier Instant Retrieval after 4 days, and then transitions objects to S3 Glacier Deep Archive after 20 days. In this case the S3 Glacier Deep Archive transition must occur after at least 94 days.",
    UG_TRANSITIONS_DATE,
    'the 90 days after GLACIER_IR',
  ),
];

const NONCURRENT_IA_DOCS: readonly Evidence[] = [
  docs(
    UG_TRANSITIONS,
    'Similarly, if you are transitioning noncurrent objects (in versioned buckets), you can transition only objects that are at least 30 days noncurrent to S3 Standard-IA or S3 One Zone-IA storage.',
    UG_TRANSITIONS_DATE,
    'stated beside the 30-day minimum for current versions that AWS removed on 2026-07-16',
  ),
  model(
    'NoncurrentVersionTransition.NoncurrentDays',
    'Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see How Amazon S3 Calculates How Long an Object Has Been Noncurrent in the Amazon S3 User Guide.',
    {
      match: 'whole',
      stance: 'against',
      about: 'the model states no minimum for noncurrent transitions, nor did it before the change; a sentence AWS adds trips the wire',
    },
  ),
];

export const EVIDENCE: Readonly<Record<string, readonly Evidence[]>> = {
  '1.1': [model('BucketLifecycleConfiguration.Rules', 'Rules is required.', { match: 'required' })],
  '1.2': [
    model(
      'operation PutBucketLifecycleConfiguration',
      'An Amazon S3 Lifecycle configuration can have up to 1,000 rules. This limit is not adjustable.',
    ),
  ],
  '1.3': [
    model('enum ExpirationStatus', 'Disabled | Enabled', { match: 'whole' }),
    model('LifecycleRule.Status', 'Status is required.', { match: 'required' }),
  ],
  '1.5': [model('LifecycleRule.ID', 'The value cannot be longer than 255 characters.')],
  '1.4': [
    docs(
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html',
      'ID: Unique identifier for the rule. The value cannot be longer than 255 characters. Required: No',
      undefined,
      'AWS accepts a rule without an ID',
    ),
    answer(
      'minio/minio#10084',
      'AWS does not require ID field.. but it generates a random one when it is not set.',
      undefined,
      'a MinIO maintainer, on what AWS does',
    ),
  ],
  '1.6': [
    model('LifecycleRule.ID', 'Unique identifier for the rule.'),
    emulator(OPENIO, 'Rule ID must be unique. Found same ID for more than one rule'),
  ],
  '1.7': [
    model('LifecycleRule.Filter', 'Filter is required if the LifecycleRule does not contain a Prefix element.'),
    answer(
      'boto/boto3#2660',
      'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema',
      '2020-11-13',
      'a rule with neither Filter nor Prefix',
    ),
  ],
  '1.8': [emulator(OPENIO, 'MalformedXML', 'Filter and Prefix in one rule')],
  '1.9': [
    answer(
      'crossplane-contrib/provider-aws#1337',
      'api error InvalidRequest: At least one action needs to be specified in a rule',
      '2022-06-02',
    ),
  ],
  '1.10': [
    model('enum TransitionStorageClass', 'DEEP_ARCHIVE | GLACIER | GLACIER_IR | INTELLIGENT_TIERING | ONEZONE_IA | STANDARD_IA', {
      match: 'whole',
    }),
  ],
  // 1.10, two of its kinds: integers written as whole numbers (integer-values) and text XML 1.0 can carry (xml-characters).
  '1.10-integers': [
    model('LifecycleExpiration.Days', POSITIVE),
    answer(
      'boto/boto3#2660',
      'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema',
      '2020-11-13',
      'the answer to a request that does not follow the published schema',
    ),
  ],
  '1.10-xml': [
    model(
      'ObjectIdentifier.Key',
      'Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests.',
    ),
    answer(
      'boto/boto3#2660',
      'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema',
      '2020-11-13',
      'the answer to a request that does not follow the published schema',
    ),
  ],
  '1.11': [
    model('enum TransitionStorageClass', 'DEEP_ARCHIVE | GLACIER | GLACIER_IR | INTELLIGENT_TIERING | ONEZONE_IA | STANDARD_IA', {
      match: 'whole',
      about: 'STANDARD and REDUCED_REDUNDANCY are no transition target',
    }),
  ],
  '2.1': [
    model(
      'LifecycleRuleFilter',
      'A Filter can have exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan, or And specified.',
    ),
    answer(
      'noobaa/noobaa-core#8914',
      'the aws command is failing when I try to apply the same rule',
      '2025-04-07',
      'Prefix and Tag without And, tried on AWS',
    ),
  ],
  '2.2': [model('LifecycleRuleAndOperator', 'This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates.')],
  '2.3': [
    docs(`${UG_2023}intro-lifecycle-rules.md`, 'each tag key must be unique', UG_2023_DATE),
    emulator(OPENIO, 'Duplicate Tag Keys are not allowed.'),
  ],
  '2.4': [emulator('stackd (an emulator that copies AWS answers)', "A Tag's Key must be a length between 1 and 128.")],
  '2.5': [
    docs(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html',
      'Object size values are in bytes. Maximum filter size is 5 TB',
      undefined,
    ),
    answer(
      'hashicorp/terraform-provider-aws#41521',
      "InvalidRequest: 'ObjectSizeLessThan' should be between 1 and 099511627776000.",
      '2025-02-23',
      'AWS answering a provider upgrade that sent ObjectSizeLessThan out of range (its digits as AWS gave them)',
    ),
    emulator(
      'mantle (an emulator whose notes say "S3\'s recorded answers")',
      "'ObjectSizeGreaterThan' should be between 0 and 1099511627776000.",
    ),
  ],
  '2.6': [
    docs(
      `${UG_2023}intro-lifecycle-filters.md`,
      'the ObjectSizeGreaterThan integer must be less than the ObjectSizeLessThan value',
      UG_2023_DATE,
    ),
    emulator(OPENIO, "'ObjectSizeLessThan' has to be a value greater than 'ObjectSizeGreaterThan'."),
  ],
  '2.7': [emulator('mantle (an emulator whose notes say "S3\'s recorded answers")', 'rejects a prefix over 1,024 bytes (own text)')],
  '2.8': [emulator('mantle (an emulator whose notes say "S3\'s recorded answers")', 'rejects more than 10 tags in a filter (own text)')],
  '2.10': [model('LifecycleRuleFilter.Tag', DIRECTORY_BUCKETS)],
  '3a.1': [
    model('LifecycleExpiration.ExpiredObjectDeleteMarker', 'This cannot be specified with Days or Date in a Lifecycle Expiration Policy.'),
    answer(
      'aws/aws-cli#8239',
      'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema',
      '2023-10-15',
    ),
    answer(
      'aws/aws-sdk-ruby#2350',
      'The `expired_object_delete_marker` can not be used together with `date` and `days`',
      '2020-06-26',
      'the AWS SDK team',
    ),
  ],
  '3a.2': [
    model('LifecycleExpiration.Days', POSITIVE),
    answer(
      'scality/Arsenal#2648',
      "'Days' for Expiration action must be a positive integer",
      '2026-07-01',
      'reproduced with aws s3api put-bucket-lifecycle-configuration',
    ),
  ],
  '3a.3': [
    model('LifecycleExpiration.Date', MIDNIGHT),
    answer(
      'aws/aws-cli#7677',
      "An error occurred (InvalidArgument) when calling the PutBucketLifecycleConfiguration operation: 'Date' must be at midnight GMT",
      '2023-02-20',
      'reproduced by the AWS CLI maintainers',
    ),
  ],
  '3a.4': [
    docs(
      `${UG_2023}intro-lifecycle-rules.md`,
      'You cannot specify this Lifecycle action in a rule that specifies a filter based on object tags',
      UG_2023_DATE,
    ),
    emulator(OPENIO, 'ExpiredObjectDeleteMarker cannot be specified with Tags.'),
  ],
  '3a.5': [emulator(OPENIO, 'ExpiredObjectDeleteMarker cannot be specified with Object Size.')],
  '3b.1': [emulator(OPENIO, 'MalformedXML', 'a Transition with neither Days nor Date, or both')],
  '3b.2': [model('Transition.Days', 'The value can be 0 or any positive integer.')],
  '3b.3': [
    model('Transition.Days', 'The value can be 0 or any positive integer.', {
      about: 'STANDARD_IA and ONEZONE_IA from day 0: accepted since 2026-07-16',
    }),
    ...IA_CHANGE,
  ],
  '3b.4': [emulator(OPENIO, "'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter '(…)'")],
  '3b.5': [
    docs(
      UG_TRANSITIONS,
      'Objects that are stored in the S3 Glacier Flexible Retrieval storage class can only be transitioned to the S3 Glacier Deep Archive storage class.',
      UG_TRANSITIONS_DATE,
    ),
    emulator(
      'noobaa/noobaa-core src/endpoint/s3/ops/s3_put_bucket_lifecycle.js',
      "'Days' in the Transition action for StorageClass 'DEEP_ARCHIVE' for filter '(…)' must be greater than 'Days' in the Transition action for StorageClass 'GLACIER' for filter '(…)'",
    ),
  ],
  '3b.6': [...GAP_DOCS, ...IA_GAP_DOCS, ...IA_CHANGE_AGAINST],
  '3b.7': [
    docs(
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html',
      'If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date).',
    ),
    emulator(OPENIO, "Found mixed 'Date' and 'Days' based Expiration and Transition actions in lifecycle rule for filter '(…)'"),
  ],
  '3b.8': [model('Transition.Date', MIDNIGHT)],
  '3b.9': [
    docs(
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html',
      'The expiration time must also be later than the transition time.',
    ),
  ],
  '3b.10': [model('LifecycleRule.Transitions', DIRECTORY_BUCKETS)],
  '3c': [
    docs(
      UG_TRANSITIONS,
      'Objects that are stored in the S3 Glacier Flexible Retrieval storage class can only be transitioned to the S3 Glacier Deep Archive storage class.',
      UG_TRANSITIONS_DATE,
    ),
  ],
  '3d.1': [
    model('NoncurrentVersionExpiration.NoncurrentDays', POSITIVE),
    answer(
      'scality/Arsenal#2648',
      "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer",
      '2026-07-01',
      'reproduced with aws s3api put-bucket-lifecycle-configuration',
    ),
    answer('scality/Arsenal#2085', 'testing AWS S3 behavior, `NoncurrentDays` is a required value', '2023-03-01'),
  ],
  '3d.2': [
    emulator(OPENIO, 'MalformedXML', 'a NoncurrentVersionTransition without NoncurrentDays'),
    emulator(
      'noobaa/noobaa-core src/endpoint/s3/ops/s3_put_bucket_lifecycle.js',
      "'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative",
    ),
  ],
  '3d.3': [...NONCURRENT_IA_DOCS, ...IA_CHANGE_AGAINST],
  '3d.4': [
    ...GAP_DOCS,
    emulator(
      OPENIO,
      "'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '…' for filter '(…)' must be 30 days more than 'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '…' for filter '(…)'",
    ),
    ...IA_CHANGE_AGAINST,
  ],
  '3d.5': [
    answer(
      'go-to-k/cdkd#1426',
      "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action",
      undefined,
      'a deploy against AWS; the thread does not date it',
    ),
  ],
  '3d.5-newer': [
    answer(
      'hashicorp/terraform-provider-aws#41296',
      'TestAccS3BucketLifecycleConfiguration_EmptyFilter_NonCurrentVersions',
      undefined,
      'an acceptance test run against AWS: NoncurrentVersionExpiration {NoncurrentDays: 30, NewerNoncurrentVersions: 2} next to a NoncurrentVersionTransition at 30 days is applied; passing runs are quoted in #23445, #23746 and #41296 (constraint catalogue 3d.5)',
    ),
  ],
  '3d.6': [model('NoncurrentVersionExpiration.NewerNoncurrentVersions', 'You can specify up to 100 noncurrent versions to retain.')],
  '3d.7': [
    docs(
      `${UG_2023}intro-lifecycle-rules.md`,
      'If you do not specify a Filter element, Amazon S3 will generate an InvalidRequest error when you provide a maximum number of noncurrent versions.',
      UG_2023_DATE,
    ),
  ],
  '3e.1': [
    answer(
      'aws/aws-sdk-js#1071',
      'The XML you provided was not well-formed or did not validate against our published schema',
      '2016-07-22',
      'DaysAfterInitiation: 0, with other faults in the same rule',
    ),
    emulator(OPENIO, 'MalformedXML', 'DaysAfterInitiation missing'),
  ],
  '3e.2': [
    answer(
      'aws-samples/sample-spec-driven-presentation-maker#267',
      'AbortIncompleteMultipartUpload cannot be specified with Tags. (Service: S3, Status Code: 400)',
      '2026-08-02',
    ),
    answer(
      'terraform-aws-modules/terraform-aws-s3-bucket#109',
      'Error putting S3 lifecycle: InvalidRequest: AbortIncompleteMultipartUpload cannot be specified with Tags.',
      '2021-09-01',
    ),
  ],
  '3e.3': [
    answer(
      'aws-cloudformation/cfn-lint#3554',
      'AbortIncompleteMultipartUpload cannot be specified with Object Size.',
      '2024-08-01',
      'a CloudFormation deploy; cfn-lint added its check on that day (#3558)',
    ),
  ],
  '4.1': [emulator(OPENIO, 'Base level prefix cannot be used in Lifecycle V2, prefixes are only supported in the Filter.')],
  '4.2': [
    answer(
      'cloud-custodian/cloud-custodian#5826',
      'An error occurred (InvalidRequest) when calling the PutBucketLifecycleConfiguration operation: Filter element can only be used in Lifecycle V2.',
      '2020-06-01',
    ),
  ],
  '4.3': [
    answer(
      'ceph/ceph#23668',
      "Found overlapping prefixes 'logs' and '' for same action type 'Expiration'",
      '2018-08-21',
      'tested on S3 with the Java SDK',
    ),
  ],
  '5.1': [
    model('enum TransitionDefaultMinimumObjectSize', 'all_storage_classes_128K | varies_by_storage_class', { match: 'whole' }),
    answer(
      'localstack/localstack#12212',
      'InvalidRequest: Invalid TransitionDefaultMinimumObjectSize found: <value>',
      '2025-01-30',
      "LocalStack's snapshot test_s3_transition_default_minimum_object_size (bad-value), recorded against AWS",
    ),
  ],
  '5.5': [model('PutBucketLifecycleConfigurationRequest.TransitionDefaultMinimumObjectSize', DIRECTORY_BUCKETS)],
  '6.1': [
    model(
      'operation PutBucketLifecycleConfiguration',
      'Lifecyle configurations for directory buckets only support expiring objects and cancelling multipart uploads.',
    ),
  ],
  '6.2': [
    docs(
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LifecycleRule.html',
      'This is not supported by Amazon S3 on Outposts buckets.',
    ),
  ],
  '6.3': [
    docs(
      `${UG_2023}lifecycle-and-other-bucket-config.md`,
      'Lifecycle configuration on multi-factor authentication (MFA)-enabled buckets is not supported.',
      UG_2023_DATE,
    ),
  ],
};

/** The evidence of these catalogue rows, in order, without repeats; rows without evidence add nothing. */
export function evidenceFor(...rows: readonly string[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of rows.flatMap((r) => EVIDENCE[r] ?? [])) {
    const key = `${e.kind}\u0000${e.source}\u0000${e.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
