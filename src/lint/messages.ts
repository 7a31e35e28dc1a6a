/**
 * Sentences shared by rules, so every rejection reads the same way:
 * "<what is wrong>. AWS rejects the PutBucketLifecycleConfiguration call with <Code>: "<AWS text>"".
 */
export type AwsErrorCode = 'MalformedXML' | 'InvalidArgument' | 'InvalidRequest';

export function rejects(code: AwsErrorCode, awsText?: string): string {
  return awsText
    ? `AWS rejects the PutBucketLifecycleConfiguration call with ${code}: "${awsText}"`
    : `AWS rejects the PutBucketLifecycleConfiguration call with ${code}`;
}

/** The full sentence for an error finding: subject, fault, then AWS's answer. */
export function rejection(subject: string, fault: string, code: AwsErrorCode, awsText?: string): string {
  return `${subject}: ${fault}. ${rejects(code, awsText)}.`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The full sentence for a warning: AWS stores the configuration, and what it costs or risks. */
export function acceptedBut(subject: string, risk: string): string {
  return `${subject}: AWS accepts this, but ${risk}.`;
}
