/**
 * Builds one resource's request and its origin map, for every front end: a value is put with the
 * pointer that wrote it; an unknown value leaves a placeholder (its findings are dropped) and an
 * info finding; what the tool itself refuses becomes an iac-invalid error, what it leaves out
 * without a word an iac-dropped-value warning.
 */
import { IAC_DROPPED, IAC_INVALID, IAC_UNKNOWN } from '../lint/file-rules.js';
import type { TfBlock, TfValue } from './terraform/block.js';
import type { FrontEndFinding, Origin } from './types.js';

/** A value as front ends see it (Terraform attributes and CloudFormation properties alike). */
export type SourceValue = TfValue;

export class Builder {
  readonly origins = new Map<string, Origin>();
  readonly unknown = new Set<string>();
  readonly incomplete = new Set<string>();
  readonly findings: FrontEndFinding[] = [];
  constructor(
    readonly subject: string,
    /** Where the full answer comes from, for values not evaluated. */
    readonly hint: string,
  ) {}

  /** The value of `name` in `block`, converted; unknown values leave a placeholder the rules skip. */
  put(
    target: Record<string, unknown>,
    key: string,
    reqPointer: string,
    v: SourceValue | undefined,
    convert: (x: unknown) => unknown = (x) => x,
  ): boolean {
    if (!v) return false;
    if (!v.known) {
      target[key] = `(not known before apply)`;
      this.unknown.add(reqPointer);
      this.origins.set(reqPointer, { pointer: v.pointer, exact: true });
      this.notEvaluated(v.pointer, attributeName(v.pointer), v.reason);
      return true;
    }
    if (v.value === null || v.value === undefined) return false;
    target[key] = convert(v.value);
    this.origins.set(reqPointer, { pointer: v.pointer, exact: true, ...(v.via ? { via: v.via } : {}) });
    return true;
  }

  at(reqPointer: string, pointer: string): void {
    if (!this.origins.has(reqPointer)) this.origins.set(reqPointer, { pointer, exact: false });
  }

  notEvaluated(pointer: string, what: string, reason: string): void {
    this.findings.push({
      ruleId: IAC_UNKNOWN.id,
      severity: IAC_UNKNOWN.defaultSeverity,
      pointer,
      message: `${this.subject}: ${what} ${/s$/.test(what) ? 'are' : 'is'} not evaluated (${reason})`,
      hint: `lifeguard checks the rest, and ${this.hint}.`,
    });
  }

  invalid(pointer: string, message: string): void {
    this.findings.push({ ruleId: IAC_INVALID.id, severity: IAC_INVALID.defaultSeverity, pointer, message: `${this.subject}: ${message}.` });
  }

  /** A value the tool leaves out of the request without saying so. */
  dropped(pointer: string, message: string, hint: string): void {
    this.findings.push({
      ruleId: IAC_DROPPED.id,
      severity: IAC_DROPPED.defaultSeverity,
      pointer,
      message: `${this.subject}: ${message}.`,
      hint,
    });
  }

  dynamic(block: TfBlock, reqPointer: string): void {
    for (const d of block.unknownBlocks) {
      this.incomplete.add(reqPointer);
      this.notEvaluated(d.pointer, `the \`${d.type}\` blocks`, d.reason);
    }
  }
}

function attributeName(pointer: string): string {
  const parts = pointer.split('/').filter((p) => !/^\d+$/.test(p));
  return `\`${parts.slice(-1)[0] ?? ''}\``;
}
