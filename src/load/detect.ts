/**
 * What a parsed file is, by its content rather than its name: a lifecycle configuration (the S3 API
 * shape, bare or as a full PutBucketLifecycleConfiguration request), a retention policy, an
 * infrastructure-as-code file that src/iac reads (a CloudFormation or CDK template, Terraform JSON,
 * a Terraform plan), or neither.
 */
export type DocumentKind = 'lifecycle' | 'policy' | IacDocumentKind | 'unknown';
export type IacDocumentKind = 'cloudformation' | 'terraform-json' | 'terraform-plan';

/** Top-level keys of Terraform's JSON syntax. */
const TERRAFORM_KEYS = new Set(['resource', 'variable', 'locals', 'module', 'provider', 'terraform', 'data', 'output']);

const REQUEST_KEYS = new Set([
  'Bucket',
  'LifecycleConfiguration',
  'ExpectedBucketOwner',
  'ChecksumAlgorithm',
  'TransitionDefaultMinimumObjectSize',
]);

export function detectKind(data: unknown): DocumentKind {
  if (!isObject(data)) return 'unknown';
  if (data.kind === 'RetentionPolicy' || (typeof data.apiVersion === 'string' && data.apiVersion.startsWith('lifeguard/'))) {
    return 'policy';
  }
  const iac = iacKind(data);
  if (iac) return iac;
  if ('Rules' in data) return 'lifecycle';
  if (isObject(data.LifecycleConfiguration)) return 'lifecycle';
  if ('LifecycleConfiguration' in data && Object.keys(data).every((k) => REQUEST_KEYS.has(k))) return 'lifecycle';
  return 'unknown';
}

/**
 * Checked before `Rules`: a CDK template has a top-level `Rules` section (CheckBootstrapVersion) and
 * is a CloudFormation template, never a lifecycle configuration (spec iac-lifecycle §7, §8).
 */
export function iacKind(data: Record<string, unknown>): IacDocumentKind | undefined {
  if (typeof data.format_version === 'string' && ('planned_values' in data || 'resource_changes' in data)) return 'terraform-plan';
  if (isObject(data.Resources)) return 'cloudformation';
  const keys = Object.keys(data);
  if (keys.length && !('Rules' in data) && keys.every((k) => TERRAFORM_KEYS.has(k) || k === '//')) return 'terraform-json';
  return undefined;
}

export function isIacKind(kind: DocumentKind): kind is IacDocumentKind {
  return kind === 'cloudformation' || kind === 'terraform-json' || kind === 'terraform-plan';
}

/** For files that do not even parse: does the text look like something we should report on? */
export function looksRelevant(text: string): boolean {
  // `aws_s3_bucket_lifecycle_configuration` too: `\b` does not end a word before its `_`.
  return /\b(Rules|LifecycleConfiguration|RetentionPolicy|lifeguard\/v\d|aws_s3_bucket(_lifecycle_configuration)?|AWS::S3::Bucket)\b/.test(
    text,
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
