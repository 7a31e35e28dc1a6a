/**
 * `check --fix`: for each lifecycle configuration found, apply the fixes of the wanted kinds, check
 * again, and repeat until nothing changes (at most MAX_FIX_PASSES), as ESLint does. A pass whose
 * result does not parse, or has more errors of some rule than before, is not kept: its fixes are
 * then tried one at a time, and only those that pass the same test stay. Files are written only
 * when `write` is set; Terraform and CloudFormation sources are left alone (ADR 0180).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { LifeguardConfig } from '../config/config.js';
import { applyFixes } from '../fix/apply.js';
import type { Fix, FixKind } from '../fix/types.js';
import { detectKind } from '../load/detect.js';
import { discover } from '../load/discover.js';
import { parseText, type SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import { Workspace } from '../workspace/workspace.js';

/** Passes per file; each pass applies every fix that does not overlap another. */
export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Kinds to apply: safe, and suggestion under --fix-type suggestion. */
  types: ReadonlySet<FixKind>;
  write: boolean;
}

export interface FixedFile {
  file: string;
  before: string;
  after: string;
  /** Fixes applied, over all passes. */
  applied: Fix[];
  /** Fixes of the wanted kinds not applied because the result would not parse or gain an error. */
  refused: Fix[];
}

export interface FixRun {
  files: FixedFile[];
  ioErrors: Array<{ path: string; message: string }>;
}

export async function runFix(paths: readonly string[], config: LifeguardConfig, cwd: string, options: FixOptions): Promise<FixRun> {
  const ws = config.workspace ?? new Workspace(cwd);
  const found = await discover(paths, ws, undefined);
  const files: FixedFile[] = [];
  const ioErrors = [...found.ioErrors];
  for (const c of found.candidates) {
    if (/\.tf$/i.test(c.path)) continue;
    const read = await readSource(c.path, c.display);
    if (!read.ok || detectKind(read.doc.data) !== 'lifecycle') continue;
    const fixed = fixText(read.doc, config, options.types);
    if (fixed.after === fixed.before && fixed.refused.length === 0) continue;
    if (options.write && fixed.after !== fixed.before) {
      try {
        // The loader reads past a byte-order mark; the file keeps it.
        const bom = (await readFile(c.path, 'utf8')).startsWith('\uFEFF') ? '\uFEFF' : '';
        await writeFile(c.path, bom + fixed.after);
      } catch (err) {
        ioErrors.push({ path: c.display, message: `cannot write the fixed file: ${(err as Error).message}` });
        continue;
      }
    }
    files.push(fixed);
  }
  return { files, ioErrors };
}

/** The fix loop on one file's text: pure. */
export function fixText(doc: SourceDocument, config: Pick<LifeguardConfig, 'rules'>, types: ReadonlySet<FixKind>): FixedFile {
  const before = doc.text;
  const applied: Fix[] = [];
  let refused: Fix[] = [];
  let current = doc;
  let findings = lint(current, config);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = findings.flatMap((f) => f.fixes ?? []).filter((f) => types.has(f.kind));
    if (fixes.length === 0) break;
    const all = applyFixes(current.text, fixes);
    let next = accept(current, findings, all.text, config);
    let taken = all.applied;
    if (!next) {
      // One at a time, each on the text the ones before it left.
      taken = [];
      let at = current;
      let atFindings = findings;
      for (const fix of fixes) {
        const one = applyFixes(at.text, [fix]);
        const tried = one.applied.length ? accept(at, atFindings, one.text, config) : undefined;
        if (!tried) {
          refused.push(fix);
          continue;
        }
        taken.push(fix);
        at = tried.doc;
        atFindings = tried.findings;
      }
      next = taken.length ? { doc: at, findings: atFindings } : undefined;
    }
    if (!next || next.doc.text === current.text) break;
    applied.push(...taken);
    current = next.doc;
    findings = next.findings;
  }
  // A refused fix offered again on the final text is still refused; one no longer offered was made moot.
  const still = new Set(findings.flatMap((f) => f.fixes ?? []).map((f) => f.description));
  refused = refused.filter((f) => still.has(f.description));
  return { file: doc.file, before, after: current.text, applied, refused };
}

function lint(doc: SourceDocument, config: Pick<LifeguardConfig, 'rules'>): Finding[] {
  return lintLifecycleDocument(doc, { severities: config.rules, fixes: true }).filter((f) => config.rules[f.ruleId] !== 'off');
}

/** The new text's document and findings, if it parses, is still a lifecycle configuration and no rule has more errors. */
function accept(
  old: SourceDocument,
  oldFindings: readonly Finding[],
  text: string,
  config: Pick<LifeguardConfig, 'rules'>,
): { doc: SourceDocument; findings: Finding[] } | undefined {
  const parsed = parseText(old.file, text, old.format);
  if (!parsed.ok || detectKind(parsed.doc.data) !== 'lifecycle') return undefined;
  const findings = lint(parsed.doc, config);
  const before = errorCounts(oldFindings);
  for (const [rule, n] of errorCounts(findings)) if (n > (before.get(rule) ?? 0)) return undefined;
  return { doc: parsed.doc, findings };
}

function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}
