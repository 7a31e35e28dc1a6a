/**
 * `check` end to end, shared by the CLI and the action: discover files, load them with positions,
 * lint each by kind, resolve positions, build the report. Reads files; everything after is pure.
 */
import type { LifeguardConfig } from '../config/config.js';
import { detectKind, looksRelevant } from '../load/detect.js';
import { discover } from '../load/discover.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import { PARSE_ERROR, SKIPPED_FILE } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { buildReport, resolveFindings } from '../report/resolve.js';
import type { CheckReport, CheckedFile } from '../report/types.js';
import { addPolicyAgreement } from './policy-agreement.js';
import { lintPolicyDocument } from './policy-hook.js';
import { loadReferences, protectionFindings } from './protection.js';
import { resolve } from 'node:path';
import { displayPath } from '../load/discover.js';

export interface CheckResult {
  report: CheckReport;
  /** Parsed documents by display path, for code frames. */
  sources: Map<string, string>;
  /** Paths that could not be read at all (exit status 2). */
  ioErrors: Array<{ path: string; message: string }>;
}

export interface CheckOptions {
  /** Files checked only when they are lifecycle configurations or policies (changed files). */
  implicit?: readonly string[];
}

export async function runCheck(paths: readonly string[], config: LifeguardConfig, cwd: string = process.cwd(), options: CheckOptions = {}): Promise<CheckResult> {
  const found = await discover(paths, cwd, options.implicit);
  const ioErrors = [...found.ioErrors];
  const findings: Finding[] = [];
  const docs = new Map<string, SourceDocument>();
  const files: CheckedFile[] = [];
  const sources = new Map<string, string>();
  for (const c of found.candidates) {
    const read = await readSource(c.path, c.display);
    if (!read.ok) {
      if (read.kind === 'io') {
        ioErrors.push({ path: c.display, message: read.problem.message });
        files.push({ file: c.display, kind: 'unreadable' });
        continue;
      }
      // A file found in a folder that does not parse is reported only if it looks like ours.
      if (!c.explicit && !(await relevantText(c.path))) continue;
      // Too large to judge: named, so nothing is skipped silently, but only an error if asked for.
      const meta = !c.explicit && read.reason === 'too-large' ? SKIPPED_FILE : PARSE_ERROR;
      findings.push({
        ruleId: meta.id,
        severity: severityOf(meta.id, meta.defaultSeverity, config),
        message: `${read.problem.message}.`,
        file: c.display,
        pointer: '',
        position: { line: read.problem.line, column: read.problem.column },
      });
      files.push({ file: c.display, kind: 'unreadable' });
      continue;
    }
    const doc = read.doc;
    const kind = detectKind(doc.data);
    if (kind === 'unknown') {
      if (c.explicit) {
        findings.push({
          ruleId: PARSE_ERROR.id,
          severity: 'error',
          message: 'not a lifecycle configuration (no "Rules" or "LifecycleConfiguration") nor a retention policy (kind: RetentionPolicy).',
          file: c.display,
          pointer: '',
        });
        docs.set(doc.file, doc);
        sources.set(doc.file, doc.text);
        files.push({ file: c.display, kind: 'unreadable' });
      }
      continue;
    }
    docs.set(doc.file, doc);
    sources.set(doc.file, doc.text);
    files.push({ file: c.display, kind });
    if (kind === 'lifecycle') findings.push(...lintLifecycleDocument(doc, { severities: config.rules }));
    else findings.push(...lintPolicyDocument(doc, config));
  }
  await addProtection(config, docs, sources, findings, ioErrors, cwd);
  await addPolicyAgreement({ config, docs, sources, findings, ioErrors, cwd });
  const kept = findings.filter((f) => config.rules[f.ruleId] !== 'off');
  return { report: buildReport(files, resolveFindings(kept, docs)), sources, ioErrors };
}

function severityOf(id: string, fallback: Finding['severity'], config: LifeguardConfig): Finding['severity'] {
  const s = config.rules[id];
  return s && s !== 'off' ? s : fallback;
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

/** Targets with a registry manifest: their checked lifecycle file must not expire what it references. */
async function addProtection(
  config: LifeguardConfig,
  docs: Map<string, SourceDocument>,
  sources: Map<string, string>,
  findings: Finding[],
  ioErrors: Array<{ path: string; message: string }>,
  cwd: string,
): Promise<void> {
  for (const target of config.targets) {
    if (!target.registry || !target.source.lifecycle) continue;
    const lifecycle = docs.get(displayPath(resolve(config.dir, target.source.lifecycle), cwd));
    if (!lifecycle) continue;
    const loaded = await loadReferences(target, config, cwd);
    if (loaded.ioError) ioErrors.push({ path: displayPath(resolve(config.dir, target.registry), cwd), message: loaded.ioError });
    if (loaded.doc) {
      docs.set(loaded.doc.file, loaded.doc);
      sources.set(loaded.doc.file, loaded.doc.text);
    }
    findings.push(...loaded.findings, ...protectionFindings(lifecycle, loaded.references));
  }
}
