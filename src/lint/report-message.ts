/**
 * Messages as data (ADR 0151): a rule declares its messages by id with {{placeholders}}; a report
 * names one and gives the values; this module fills them in, once, for every engine. AWS's answer
 * and the fix travel beside the message, never inside it, and are worded here in one way.
 */
import type { AwsAnswer, Finding, MessageData, Report, RuleMeta, Severity } from './types.js';
import { MALFORMED_XML_TEXT } from '../model/s3-limits.js';

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** The template with each {{name}} replaced by its value; an unknown name is left as written. */
export function fill(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The parts of a finding a report decides: message, id, data, AWS's answer and the fix. */
export type Said = Pick<Finding, 'message' | 'messageId' | 'data' | 'aws' | 'hint'>;

export function said(meta: RuleMeta, report: Pick<Report, 'messageId' | 'data' | 'message'>): Said {
  if (report.messageId === undefined) return { message: report.message ?? meta.description };
  const spec = meta.messages?.[report.messageId];
  if (!spec) throw new Error(`rule ${meta.id} has no message '${report.messageId}'`);
  const out: Said = { message: fill(spec.message, report.data), messageId: report.messageId };
  if (report.data) out.data = report.data;
  if (spec.aws)
    out.aws = {
      ...spec.aws,
      ...(spec.aws.text ? { text: fill(spec.aws.text, report.data) } : {}),
      ...(spec.aws.since ? { since: fill(spec.aws.since, report.data) } : {}),
    };
  if (spec.hint) out.hint = sentence(fill(spec.hint, report.data));
  return out;
}

/** A hint reads as a sentence even when it opens with a value ("objects move …"). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One finding of `meta`'s rule from a report, at the severity given. */
export function findingOf(meta: RuleMeta, report: Report & { file?: string }, file: string, severity: Severity): Finding {
  const f: Finding = { ruleId: meta.id, severity, ...said(meta, report), file: report.file ?? file, pointer: report.pointer };
  if (report.reportOnKey !== undefined) f.reportOnKey = report.reportOnKey;
  return f;
}

/**
 * AWS's answer in one line, with how sure lifeguard is of it, the same way in every format:
 * the recorded code and text; "AWS documents" when only its documentation says so; no quoted text
 * when only emulators were seen.
 */
export function describeAws(aws: AwsAnswer): string {
  const call = 'PutBucketLifecycleConfiguration';
  switch (aws.evidence) {
    case 'recorded':
      return aws.text
        ? `AWS answers ${call} with ${aws.code ?? 'an error'}: "${aws.text}"`
        : `AWS answers ${call} with ${aws.code ?? 'an error'}`;
    case 'documented':
      return `AWS documents that it rejects this${aws.code ? ` (${aws.code})` : ''}; its exact answer is not on record`;
    case 'emulators':
      return `AWS's answer is not on record; S3-compatible servers that copy it reject this${aws.code ? ` with ${aws.code}` : ''}`;
    case 'unconfirmed':
      return `AWS rejected this${aws.code ? ` with ${aws.code}` : ''} until ${aws.since ?? 'a change of its rules'}; whether it still does is not confirmed`;
  }
}

/** Shorthands for rules' message tables. */
export const recorded = (code: string, text?: string): AwsAnswer => ({ code, ...(text ? { text } : {}), evidence: 'recorded' });
export const documented = (code?: string): AwsAnswer => ({ ...(code ? { code } : {}), evidence: 'documented' });
export const emulated = (code?: string): AwsAnswer => ({ ...(code ? { code } : {}), evidence: 'emulators' });

/** AWS's text for a request that does not follow its published schema (boto/boto3#2660, aws/aws-cli#8239): the model's fact. */
export const SCHEMA_TEXT = MALFORMED_XML_TEXT;

/** "a, b, c" or "a, b and 3 more": lists in messages stay short however many items a file has. */
export function shortList(items: readonly string[], max = 2): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
