/**
 * `check` end to end, shared by the CLI and the action: discover files, load them with positions,
 * lint each by kind, resolve positions, build the report. Reads files; everything after is pure.
 */
import { applySeverities } from '../config/apply-severities.js';
import { workspaceOf, type LifeguardConfig } from '../config/config.js';
import { Workspace } from '../workspace/workspace.js';
import { discover, type Candidate } from '../load/discover.js';
import type { SourceDocument } from '../load/document.js';
import type { Finding } from '../lint/types.js';
import { buildReport, compareDiagnostics, resolveFindings } from '../findings/resolve.js';
import type { CheckReport, CheckedFile, Diagnostic } from '../findings/types.js';
import { checkCandidate, settle, type SettledOutcome } from './check-file.js';
import { checkInWorkers } from './check-workers.js';
import { addPolicyAgreement } from '../plan/policy-agreement.js';
import { append, targetProtection } from '../plan/protection.js';
import { readSource } from '../load/read.js';

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
  /** Spread large folders over worker threads that run this script (the CLI passes its own bundle). */
  workerScript?: string;
  /** Give findings their fixes (for reports that show them and the action's suggestions). */
  fixes?: boolean;
}

export async function runCheck(
  paths: readonly string[],
  config: LifeguardConfig,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
): Promise<CheckResult> {
  const found = await discover(paths, config.workspace ?? new Workspace(cwd), options.implicit);
  const ioErrors = [...found.ioErrors];
  const findings: Finding[] = [];
  const docs = new Map<string, SourceDocument>();
  const files: CheckedFile[] = [];
  const sources = new Map<string, string>();
  const resolved: Diagnostic[] = [];
  const parallel = options.workerScript ? await checkInWorkers(found.candidates, config, options.workerScript, options.fixes) : undefined;
  const outcomes = parallel ?? (await checkInOrder(found.candidates, config, options.fixes));
  // Each file's findings come back with positions resolved and its parse tree released; the
  // cross-file steps below read the few target files they need again.
  for (const o of outcomes) {
    if (o.entry) files.push(o.entry);
    if (o.ioError) ioErrors.push(o.ioError);
    resolved.push(...o.diagnostics);
    if (o.text !== undefined && o.entry) sources.set(o.entry.file, o.text);
    for (const m of o.more ?? []) sources.set(m.file, m.text);
  }
  const checked = new Set(files.filter((f) => f.kind === 'lifecycle' || f.kind === 'policy').map((f) => f.file));
  await addProtection(config, docs, sources, findings, ioErrors, checked);
  await addPolicyAgreement({ config, docs, sources, findings, ioErrors, checked });
  const kept = applySeverities(findings, config.rules);
  // A plan and its .tf files, checked in one run, may report the same fault at the same place.
  const diagnostics = unique([...resolved, ...resolveFindings(kept, docs)]).sort(compareDiagnostics);
  return { report: buildReport(files, diagnostics), sources, ioErrors };
}

function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    // The .tf finding may say where a value came from ("(var.x, default in variables.tf:3)"); the plan's does not.
    const key = `${d.ruleId}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message.replace(/ \((var|local)\.[^()]*\)$/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function checkInOrder(candidates: readonly Candidate[], config: LifeguardConfig, fixes = false): Promise<SettledOutcome[]> {
  const out: SettledOutcome[] = [];
  for (const c of candidates) out.push(settle(await checkCandidate(c, config, fixes), config));
  return out;
}

/** Targets with a registry manifest or quarantine batches: their checked source must not expire what is referenced. */
async function addProtection(
  config: LifeguardConfig,
  docs: Map<string, SourceDocument>,
  sources: Map<string, string>,
  findings: Finding[],
  ioErrors: Array<{ path: string; message: string }>,
  /** Lifecycle files and policies this run checked (display paths). */
  checkedSources: ReadonlySet<string>,
): Promise<void> {
  for (const target of config.targets) {
    const source = target.source.lifecycle ?? target.source.policy;
    if (source === undefined) continue;
    const ws = workspaceOf(config);
    const path = ws.resolve(source, config.dir);
    const display = ws.display(path);
    if (!checkedSources.has(display)) continue;
    // Checked files keep no parse tree (check-file.ts settle): read the target's again (targets are few).
    let doc = docs.get(display);
    if (!doc) {
      const read = await readSource(path, display);
      if (!read.ok) continue;
      doc = read.doc;
      docs.set(display, doc);
      sources.set(display, doc.text);
    }
    const result = await targetProtection(target, config, doc);
    ioErrors.push(...result.ioErrors);
    for (const d of result.documents) {
      docs.set(d.file, d);
      sources.set(d.file, d.text);
    }
    append(findings, result.findings);
  }
}
