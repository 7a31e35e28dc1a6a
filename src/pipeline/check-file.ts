/**
 * One candidate file of `check`: read, parse, tell its kind, lint it. The unit of work that check
 * runs in order, or spreads over worker threads for large folders (check-workers.ts).
 */
import { applySeverities } from '../config/apply-severities.js';
import type { LifeguardConfig } from '../config/config.js';
import { detectKind, isIacKind, looksRelevant } from '../load/detect.js';
import type { Candidate } from '../load/discover.js';
import { readSource } from '../load/read.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import { fileProblemFinding, PARSE_ERROR, SKIPPED_FILE } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { resolveFindings } from '../findings/resolve.js';
import type { CheckedFile, Diagnostic } from '../findings/types.js';
import type { FileOutcome } from './file-outcome.js';
import { lintPolicyDocument } from './policy-hook.js';
import { targetsOfSource } from '../config/target-sources.js';

export type { FileOutcome };

/** `fixes`: make the findings' fixes (lint/engine.ts). */
export async function checkCandidate(c: Candidate, config: LifeguardConfig, fixes = false): Promise<FileOutcome> {
  // Terraform and CloudFormation are read by src/iac, loaded only when such a file is met.
  if (/\.tf$/i.test(c.path)) return (await import('./check-iac.js')).checkTerraformCandidate(c, config);
  const read = await readSource(c.path, c.display);
  if (!read.ok) {
    if (read.kind === 'io')
      return { entry: { file: c.display, kind: 'unreadable' }, findings: [], ioError: { path: c.display, message: read.problem.message } };
    // A file found in a folder that does not parse is reported only if it looks like ours.
    if (!c.explicit && !(await relevantText(c.path))) return { findings: [] };
    // Too large to judge from a folder search: its own rule (skipped-file), so it can be configured.
    const meta = !c.explicit && read.reason === 'too-large' ? SKIPPED_FILE : PARSE_ERROR;
    return { entry: { file: c.display, kind: 'unreadable' }, findings: [fileProblemFinding(read.problem, c.display, meta)] };
  }
  const doc = read.doc;
  const kind = detectKind(doc.data);
  if (isIacKind(kind)) return (await import('./check-iac.js')).checkIacCandidate(c, doc, kind, config);
  if (kind === 'unknown') {
    if (!c.explicit) return { findings: [] };
    const finding: Finding = {
      ruleId: PARSE_ERROR.id,
      severity: 'error',
      message: 'not a lifecycle configuration (no "Rules" or "LifecycleConfiguration") nor a retention policy (kind: RetentionPolicy).',
      file: c.display,
      pointer: '',
    };
    return { entry: { file: c.display, kind: 'unreadable' }, findings: [finding], doc };
  }
  const findings =
    kind === 'lifecycle'
      ? lintLifecycleDocument(doc, { severities: config.rules, fixes, targets: targetsOfSource(config, c.path) })
      : lintPolicyDocument(doc, config);
  return { entry: { file: c.display, kind }, findings, doc };
}

async function relevantText(path: string): Promise<boolean> {
  try {
    const { open } = await import('node:fs/promises');
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return looksRelevant(buf.subarray(0, bytesRead).toString('latin1'));
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}

/** A file's outcome with positions resolved and the parse tree let go: what check keeps per file. */
export interface SettledOutcome {
  entry?: CheckedFile;
  ioError?: { path: string; message: string };
  diagnostics: Diagnostic[];
  /** The text, kept only when there are findings to show code frames for. */
  text?: string;
  /** Texts of the other files its findings point into. */
  more?: Array<{ file: string; text: string }>;
}

export function settle(o: FileOutcome, config: LifeguardConfig): SettledOutcome {
  const kept = applySeverities(o.findings, config.rules);
  const docs = new Map([...(o.documents ?? []), ...(o.doc ? [o.doc] : [])].map((d) => [d.file, d]));
  const diagnostics = resolveFindings(kept, docs);
  const more = (o.documents ?? []).filter((d) => diagnostics.some((x) => x.file === d.file)).map((d) => ({ file: d.file, text: d.text }));
  return {
    entry: o.entry,
    ioError: o.ioError,
    diagnostics,
    text: diagnostics.length && o.doc ? o.doc.text : undefined,
    ...(more.length ? { more } : {}),
  };
}
