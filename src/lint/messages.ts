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
  // Several of AWS's texts end with a full stop of their own ("Duplicate Tag Keys are not allowed.").
  const end = awsText?.endsWith('.') ? '' : '.';
  return `${subject}: ${fault}. ${rejects(code, awsText)}${end}`;
}

/**
 * The sentence for a warning on an [UNVERIFIED] catalogue row: what is wrong, and that whether AWS
 * rejects it is not confirmed (S3-compatible servers that copy AWS's answers do).
 */
export function unverifiedRejection(subject: string, fault: string, code?: AwsErrorCode): string {
  const copied = code ? ` (S3-compatible servers that copy AWS's answers reject it with ${code})` : '';
  return `${subject}: ${fault}. AWS's behaviour is unverified: it may reject the PutBucketLifecycleConfiguration call${copied}.`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** For a rejection AWS documents but whose error code and text nobody has recorded yet. */
export function rejectionUncoded(subject: string, fault: string): string {
  return `${subject}: ${fault}. AWS rejects the PutBucketLifecycleConfiguration call (error code not recorded).`;
}

/** A cost that holds only if AWS accepts what it rejected until `since` (see unconfirmedSince). */
export function ifAccepted(subject: string, risk: string, since: string): string {
  return `${subject}: if AWS accepts this (it rejected it until ${since}; not confirmed since), ${risk}.`;
}

/** The full sentence for a warning: AWS stores the configuration, and what it costs or risks. */
export function acceptedBut(subject: string, risk: string): string {
  return `${subject}: AWS accepts this, but ${risk}.`;
}

/** What AWS changed on a date, for findings on limits that change left unconfirmed (storage-class table). */
const AWS_CHANGES: Readonly<Record<string, string>> = {
  '2026-07-16': 'dropped the 30-day minimum for transitions to STANDARD_IA and ONEZONE_IA',
};

/**
 * The sentence for a warning on a limit AWS enforced until a change of its own rules left it
 * unconfirmed: what is wrong, what AWS did then, and that nobody has confirmed it since.
 */
export function unconfirmedSince(subject: string, fault: string, since: string): string {
  const change = AWS_CHANGES[since] ?? 'changed its lifecycle rules';
  return `${subject}: ${fault}. AWS rejected this until ${since}, when it ${change}; whether it still does is not confirmed.`;
}
