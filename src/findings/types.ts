/**
 * What formatters receive: findings with their positions resolved, grouped per run. Formatters are
 * pure functions of this (plus source text for code frames); they never compute verdicts.
 */
import type { LocatedFix } from '../fix/lines.js';
import type { AwsAnswer, MessageData, Severity } from '../lint/types.js';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
  docsUrl: string;
  /** The rule's message id and its placeholders' values (messages declared as data). */
  messageId?: string;
  data?: MessageData;
  /** AWS's answer and how sure lifeguard is of it; the fix. */
  aws?: AwsAnswer;
  hint?: string;
  /** Edits that resolve it, with offsets and lines into the file (src/fix). */
  fixes?: LocatedFix[];
}

export interface CheckedFile {
  file: string;
  kind: 'lifecycle' | 'policy' | 'terraform' | 'cloudformation' | 'unreadable';
}

export interface CheckReport {
  version: 1;
  files: CheckedFile[];
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number; files: number };
}

export type SourceTexts = ReadonlyMap<string, string>;
