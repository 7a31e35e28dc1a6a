/**
 * A pull request, checked: lint every target its changed files touch (and any other changed file
 * that is a lifecycle configuration or policy), plan those targets against their live buckets when
 * the run can read them, project what the change deletes, and turn it all into gate verdicts and
 * the report the comment and the job summary are rendered from. GitHub is not touched here: the
 * changed files and labels come in, the report goes out.
 */
import { resolve, relative, sep } from 'node:path';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { evaluateGates, type GateSettings, type TargetOutcome, type Verdict } from '../gate/verdict.js';
import type { SourceDocument } from '../load/document.js';
import { plural } from '../lint/messages.js';
import { prepareTarget, type PreparedTarget } from '../plan/plan.js';
import type { TargetPlan } from '../plan/types.js';
import type { PullRequestReport, TargetSection } from '../report/pr-types.js';
import { buildReport, compareDiagnostics } from '../report/resolve.js';
import type { CheckReport, Diagnostic } from '../report/types.js';
import { runCheck } from './check.js';
import { newlyDeleted } from './deletion.js';
import { projectTargetCost, type CostOptions } from './pr-cost.js';
import type { LiveAccess } from './live-access.js';
import { selectTargets } from './plan.js';
import { touchedTargets, untargetedFiles } from './targets.js';

export interface PullRequestInput {
  config: LifeguardConfig;
  configDoc?: SourceDocument;
  cwd: string;
  /** The repository root (GITHUB_WORKSPACE): changed files are relative to it. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** Repository-relative paths of the changed files; undefined when they could not be listed. */
  changed?: readonly string[];
  /** Targets by name, when not chosen by the changed files (a plan outside a pull request). */
  targets?: readonly string[];
  /** The `paths` input: changed files outside them are not checked. */
  paths: readonly string[];
  live: LiveAccess;
  settings: GateSettings;
  labels: readonly string[];
  /** Errors of the run so far (GitHub API), each failing the gate unless on-error: warn. */
  failures: readonly string[];
  notices: readonly string[];
  maxObjects: number;
  now: Date;
  /** For targets with an inventory: where prices come from and the projection's horizon. */
  cost: Omit<CostOptions, 'cwd' | 'env' | 'catalogs'>;
}

export interface PullRequestRun {
  report: PullRequestReport;
  /** Every finding (lint and bucket state), for annotations, the summary and SARIF. */
  check: CheckReport;
  sources: Map<string, string>;
  plans: TargetPlan[];
  outcomes: TargetOutcome[];
  /** Run-level failures (GitHub, unreadable files), for re-evaluating the verdict later. */
  failures: string[];
  otherFindings?: { errors: number; warnings: number };
  totals: { monthlyDeltaUsd?: number; deletedBytes?: number };
}

export async function runPullRequest(input: PullRequestInput): Promise<PullRequestRun> {
  const { config, cwd, root } = input;
  const touched = input.changed
    ? touchedTargets(config, input.changed, root).map((t) => t.target)
    : input.targets
      ? selectTargets(config, input.targets).map((t) => t.target)
      : config.targets;
  const scope = (input.paths.length ? input.paths : ['.']).map((p) => resolve(cwd, p));
  const implicit = input.changed
    ? untargetedFiles(config, input.changed, root)
        .map((f) => resolve(root, f))
        .filter((f) => scope.some((s) => f === s || f.startsWith(s.endsWith(sep) ? s : s + sep)))
    : [];
  const explicit = input.changed || input.targets ? touched.flatMap((t) => sourcesOf(t, config)) : input.paths.length ? [...input.paths] : ['.'];
  const checked = await runCheck(explicit, config, cwd, { implicit });
  const failures = [...input.failures, ...checked.ioErrors.map((e) => `could not read ${e.path}: ${e.message}`)];

  const notices = [...input.notices];
  if (input.live.kind === 'none' && touched.length) {
    notices.push(
      `Lint only: ${input.live.reason}, so the live bucket${touched.length === 1 ? ' was' : 's were'} not read for ${touched.map((t) => t.name).join(', ')}. ` +
        'Rule changes against the live rules, bucket-state rules and the data a change deletes were not checked. ' +
        'Give this job a read-only AWS role to plan against the buckets (see examples/workflows/).',
    );
  }

  const prepared = new Map<TargetConfig, PreparedTarget>();
  if (input.live.kind === 'found') {
    for (const target of touched) {
      const index = config.targets.indexOf(target);
      prepared.set(target, await prepareTarget(target, index, config, { cwd, env: input.env, listLimit: input.maxObjects, now: input.now, configDoc: input.configDoc }));
    }
  }

  const all = dedupe([...checked.report.diagnostics, ...[...prepared.values()].flatMap((p) => p.plan.diagnostics)]);
  const costOptions: CostOptions = { ...input.cost, cwd, env: input.env, catalogs: new Map() };
  const owned = new Set<Diagnostic>();
  const targets: TargetSection[] = [];
  const outcomes: TargetOutcome[] = [];
  for (const target of touched) {
    const p = prepared.get(target);
    const files = new Set(sourcesOf(target, config).map((f) => workspaceOf(config).display(f)));
    const planDiags = new Set(p?.plan.diagnostics.map(keyOf));
    const diagnostics = all.filter((d) => files.has(d.file) || planDiags.has(keyOf(d)));
    diagnostics.forEach((d) => owned.add(d));
    const { section, outcome } = describeTarget(target, p, diagnostics, input);
    if (p) await addCost(p, config, costOptions, section, outcome);
    targets.push(section);
    outcomes.push(outcome);
  }
  const other = all.filter((d) => !owned.has(d));
  const otherFindings = other.length ? countOf(other) : undefined;
  const verdict = evaluateGates(outcomes, input.settings, input.labels, { failures, otherFindings });

  const deleted = outcomes.filter((o) => o.newlyDeletedBytes !== undefined);
  const costed = outcomes.filter((o) => o.cost);
  return {
    report: { verdict, targets, otherDiagnostics: other, notices },
    check: buildReport(checked.report.files, all),
    sources: checked.sources,
    plans: [...prepared.values()].map((p) => p.plan),
    outcomes,
    failures,
    ...(otherFindings ? { otherFindings } : {}),
    totals: {
      ...(costed.length ? { monthlyDeltaUsd: costed.reduce((n, o) => n + o.cost!.proposedUsd - o.cost!.currentUsd, 0) } : {}),
      ...(deleted.length ? { deletedBytes: deleted.reduce((n, o) => n + o.newlyDeletedBytes!, 0) } : {}),
    },
  };
}

/** The verdict again, after something later in the run failed (posting the comment). */
export function reevaluate(run: PullRequestRun, settings: GateSettings, labels: readonly string[], more: readonly string[]): Verdict {
  run.failures.push(...more);
  return evaluateGates(run.outcomes, settings, labels, { failures: run.failures, ...(run.otherFindings ? { otherFindings: run.otherFindings } : {}) });
}

function describeTarget(target: TargetConfig, p: PreparedTarget | undefined, diagnostics: Diagnostic[], input: PullRequestInput): { section: TargetSection; outcome: TargetOutcome } {
  const counts = countOf(diagnostics);
  const section: TargetSection = {
    name: target.name,
    bucket: target.bucket,
    source: p?.plan.source ?? target.source.lifecycle ?? target.source.policy ?? '',
    unknowns: [],
    diagnostics,
  };
  const outcome: TargetOutcome = { name: target.name, ...counts };
  if (input.live.kind === 'none') section.liveSkipped = 'no AWS credentials in this run';
  if (input.live.kind === 'broken') outcome.failure = section.failure = input.live.reason;
  if (!p) return { section, outcome };

  const plan = p.plan;
  // A source that does not parse is already an error finding; anything else is a failure to check.
  if (plan.failure && (p.proposed || counts.errors === 0)) outcome.failure = section.failure = plan.failure;
  if (plan.diff) section.diff = plan.diff;
  if (plan.immutabilityMissing) outcome.immutabilityMissing = true;
  section.unknowns.push(...plan.notices);
  if (p.listing && p.proposed && p.state) {
    const projection = newlyDeleted(p.listing.listing, p.listing.tagsOf, p.state.lifecycle, p.proposed.configuration, input.now, p.state.versioning !== 'Never');
    section.deleted = projection.deleted;
    outcome.newlyDeletedBytes = projection.deleted.bytes;
    if (projection.undetermined) {
      section.unknowns.push(`${plural(projection.undetermined, 'listed object')} may be selected by tag-filtered rules whose tags were not read; they are not counted as deleted`);
    }
  } else if (p.proposed && p.state && input.maxObjects === 0) {
    section.unknowns.push('the bucket was not listed (max-objects: 0), so the data the change deletes is not known');
  }
  return { section, outcome };
}

/** The projection of a target with an inventory; its deleted data replaces the listing's (whole bucket, horizon). */
async function addCost(p: PreparedTarget, config: LifeguardConfig, options: CostOptions, section: TargetSection, outcome: TargetOutcome): Promise<void> {
  const projected = await projectTargetCost(p, config, options);
  if (!projected) return;
  section.unknowns.push(...projected.unknowns);
  if (projected.failure) outcome.failure = section.failure = [outcome.failure, projected.failure].filter(Boolean).join('; ');
  if (projected.cost) {
    section.cost = projected.cost;
    outcome.cost = projected.cost.first;
  }
  if (projected.deleted) {
    section.deleted = { ...projected.deleted, topPrefixes: [], horizonMonths: options.months };
    outcome.newlyDeletedBytes = projected.deleted.bytes;
  }
}

/** The files a target is made of, absolute. */
function sourcesOf(target: TargetConfig, config: LifeguardConfig): string[] {
  return [target.source.lifecycle, target.source.policy].filter((p): p is string => !!p).map((p) => resolve(config.dir, p));
}

function countOf(diags: readonly Diagnostic[]): { errors: number; warnings: number } {
  return { errors: diags.filter((d) => d.severity === 'error').length, warnings: diags.filter((d) => d.severity === 'warning').length };
}

function keyOf(d: Diagnostic): string {
  return `${d.ruleId}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
}

/** Lint findings come from the check and again from the plan of the same file: keep one of each. */
function dedupe(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diags) if (!seen.has(keyOf(d))) seen.set(keyOf(d), d);
  return [...seen.values()].sort(compareDiagnostics);
}

/** Repository-relative path of a diagnostic's file (they are relative to the working directory). */
export function repoPath(file: string, cwd: string, root: string): string {
  return relative(root, resolve(cwd, file)).split(sep).join('/');
}
