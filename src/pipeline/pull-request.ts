/**
 * A pull request, checked: lint every target its changed files touch (and any other changed file
 * that is a lifecycle configuration or policy), plan those targets against their live buckets when
 * the run can read them, project what the change deletes, and turn it all into gate verdicts and
 * the report the comment and the job summary are rendered from. GitHub is not touched here: the
 * changed files and labels come in, the report goes out.
 */
import { resolve, relative, sep } from 'node:path';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import type { Approval } from '../gate/approval.js';
import { evaluateGates, type GateSettings, type RunChecks, type TargetOutcome, type Verdict } from '../gate/verdict.js';
import type { SourceDocument } from '../load/document.js';
import { plural } from '../lint/messages.js';
import { prepareTarget, type PreparedTarget } from '../plan/plan.js';
import type { TargetPlan } from '../plan/types.js';
import type { PullRequestReport, TargetSection } from '../report/pr-types.js';
import { buildReport, compareDiagnostics } from '../findings/resolve.js';
import type { CheckReport, Diagnostic } from '../findings/types.js';
import { runCheck } from './check.js';
import { deletedEarlier, type DeletionProjection } from './deletion.js';
import { inventoryEvidence } from './inventory-evidence.js';
import { immutabilityReason } from '../plan/state-rules/production-without-object-lock.js';
import { SETTINGS_LOOSENED } from '../lint/file-rules.js';
import type { EarlierDeletion } from '../cost/simulate/earlier.js';
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
  /** Approvals that count for the head commit. */
  approvals?: readonly Approval[];
  /** settings-loosened findings (the head's .lifeguard.yml against the base's), for the settings gate. */
  loosened?: { settings: NonNullable<RunChecks['loosened']>; diagnostics: readonly Diagnostic[] };
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
  /** What the verdict was judged on besides the outcomes, for re-evaluating it later. */
  checks: RunChecks & { failures: string[] };
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
  const explicit =
    input.changed || input.targets ? touched.flatMap((t) => sourcesOf(t, config)) : input.paths.length ? [...input.paths] : ['.'];
  // Fixes: for the suggested changes and the SARIF file.
  const checked = await runCheck(explicit, config, cwd, { implicit, fixes: true });
  const failures = [...input.failures, ...checked.ioErrors.map((e) => `could not read ${e.path}: ${e.message}`)];

  const notices = [...input.notices];
  if (input.live.kind !== 'found' && touched.length) {
    notices.push(
      `Lint only: ${input.live.reason}, so the live bucket${touched.length === 1 ? ' was' : 's were'} not read for ${touched.map((t) => t.name).join(', ')}. ` +
        'Rule changes against the live rules, bucket-state rules and the data a change deletes were not evaluated, so the verdict is incomplete. ' +
        'Give this job a read-only AWS role to plan against the buckets (see examples/workflows/).',
    );
  }

  const prepared = new Map<TargetConfig, PreparedTarget>();
  if (input.live.kind === 'found') {
    for (const target of touched) {
      const index = config.targets.indexOf(target);
      prepared.set(
        target,
        await prepareTarget(target, index, config, {
          cwd,
          env: input.env,
          listLimit: input.maxObjects,
          now: input.now,
          configDoc: input.configDoc,
        }),
      );
    }
  }

  const evidence = new Map<TargetConfig, Awaited<ReturnType<typeof inventoryEvidence>>>();
  for (const target of touched)
    evidence.set(
      target,
      await inventoryEvidence({ target, config, cwd, root, now: input.now, ...(input.changed ? { changed: input.changed } : {}) }),
    );
  const inventoryDiags = [...evidence.values()].flatMap((e) => e?.diagnostics ?? []);
  const all = dedupe([
    ...checked.report.diagnostics,
    ...[...prepared.values()].flatMap((p) => p.plan.diagnostics),
    ...inventoryDiags,
    ...(input.loosened?.diagnostics ?? []),
  ]);
  const costOptions: CostOptions = { ...input.cost, cwd, env: input.env, catalogs: new Map() };
  const owned = new Set<Diagnostic>();
  const targets: TargetSection[] = [];
  const outcomes: TargetOutcome[] = [];
  for (const target of touched) {
    const p = prepared.get(target);
    const inventory = evidence.get(target);
    const files = new Set(sourcesOf(target, config).map((f) => workspaceOf(config).display(f)));
    const planDiags = new Set([...(p?.plan.diagnostics ?? []), ...(inventory?.diagnostics ?? [])].map(keyOf));
    // A Terraform source may be a module folder: its files' findings are the target's too.
    const diagnostics = all.filter(
      (d) =>
        d.ruleId !== SETTINGS_LOOSENED.id &&
        (files.has(d.file) || [...files].some((f) => d.file.startsWith(`${f}/`)) || planDiags.has(keyOf(d))),
    );
    diagnostics.forEach((d) => owned.add(d));
    const { section, outcome, listed } = describeTarget(target, p, diagnostics, input);
    let projected: EarlierDeletion | undefined;
    if (inventory?.asOf)
      section.unknowns.push(`the S3 Inventory report is of ${inventory.asOf} (${plural(inventory.ageDays ?? 0, 'day')} old)`);
    if (p && target.inventory) {
      if (inventory && !inventory.usable) outcome.costMissing = inventory.reason;
      else projected = await addCost(p, config, costOptions, section, outcome);
    } else if (target.inventory) outcome.costMissing = outcome.liveMissing ?? 'the live rules were not read';
    settleDeletion(section, outcome, listed, projected, input);
    targets.push(section);
    outcomes.push(outcome);
  }
  const other = all.filter((d) => !owned.has(d));
  const counted = other.filter((d) => d.ruleId !== SETTINGS_LOOSENED.id);
  const checks: PullRequestRun['checks'] = {
    failures,
    ...(counted.length ? { otherFindings: countOf(counted) } : {}),
    ...(input.loosened?.settings.length ? { loosened: input.loosened.settings } : {}),
    ...(input.approvals ? { approvals: input.approvals } : {}),
    ...(input.live.kind === 'broken' ? { failClosed: input.live.reason } : {}),
  };
  const verdict = evaluateGates(outcomes, input.settings, checks);

  const deleted = outcomes.filter((o) => o.deletedBytes !== undefined);
  const costed = outcomes.filter((o) => o.cost);
  return {
    report: { verdict, targets, otherDiagnostics: other, notices },
    check: buildReport(checked.report.files, all),
    sources: checked.sources,
    plans: [...prepared.values()].map((p) => p.plan),
    outcomes,
    checks,
    totals: {
      ...(costed.length ? { monthlyDeltaUsd: costed.reduce((n, o) => n + o.cost!.proposedUsd - o.cost!.currentUsd, 0) } : {}),
      ...(deleted.length ? { deletedBytes: deleted.reduce((n, o) => n + o.deletedBytes!, 0) } : {}),
    },
  };
}

/** The verdict again, after something later in the run failed (posting the comment) or approvals were settled. */
export function reevaluate(
  run: PullRequestRun,
  settings: GateSettings,
  more: { failures?: readonly string[]; approvals?: readonly Approval[] },
): Verdict {
  run.checks.failures.push(...(more.failures ?? []));
  if (more.approvals) run.checks.approvals = more.approvals;
  return evaluateGates(run.outcomes, settings, run.checks);
}

function describeTarget(
  target: TargetConfig,
  p: PreparedTarget | undefined,
  diagnostics: Diagnostic[],
  input: PullRequestInput,
): { section: TargetSection; outcome: TargetOutcome; listed?: DeletionProjection } {
  const counts = countOf(diagnostics);
  const section: TargetSection = {
    name: target.name,
    bucket: target.bucket,
    source:
      p?.plan.source ?? target.source.lifecycle ?? target.source.policy ?? target.source.terraform ?? target.source.cloudformation ?? '',
    unknowns: [],
    diagnostics,
  };
  const outcome: TargetOutcome = { name: target.name, ...counts };
  if (input.live.kind !== 'found') {
    section.liveSkipped = input.live.kind === 'none' ? 'no AWS credentials in this run' : input.live.reason;
    outcome.liveMissing = input.live.reason;
  }
  if (!p || !p.state) {
    outcome.liveMissing ??= p?.plan.failure ? 'the bucket could not be read' : 'the proposed rules could not be read';
    if (immutabilityReason(target)) outcome.immutabilityUnknown = true;
  }
  if (!p) return { section, outcome };

  const plan = p.plan;
  // A source that does not parse is already an error finding; anything else is a failure to check.
  if (plan.failure && (p.proposed || counts.errors === 0)) outcome.failure = section.failure = plan.failure;
  if (plan.diff) section.diff = plan.diff;
  if (plan.immutabilityMissing) outcome.immutabilityMissing = true;
  section.unknowns.push(...plan.notices);
  if (p.listing && p.proposed && p.state) {
    const listed = deletedEarlier(
      p.listing.listing,
      p.listing.tagsOf,
      p.state.lifecycle,
      p.proposed.configuration,
      input.now,
      p.state.versioning !== 'Never',
      input.cost.months,
    );
    if (listed.undetermined) {
      section.unknowns.push(
        `${plural(listed.undetermined, 'listed object')} may be selected by tag-filtered rules whose tags were not read; they are not counted as deleted`,
      );
    }
    return { section, outcome, listed };
  }
  if (p.proposed && p.state)
    outcome.deletionMissing = input.maxObjects === 0 ? 'the bucket was not listed (max-objects: 0)' : 'the bucket could not be listed';
  return { section, outcome };
}

/**
 * The deletion figure of a target: the live listing is the evidence; an inventory (whole bucket)
 * can add to it, never lower it. A listing cut at max-objects is a lower bound: enough to fail the
 * gate, not to pass it, unless an inventory covers the rest.
 */
function settleDeletion(
  section: TargetSection,
  outcome: TargetOutcome,
  listed: DeletionProjection | undefined,
  inventory: EarlierDeletion | undefined,
  input: PullRequestInput,
): void {
  const months = input.cost.months;
  const fromInventory = inventory ? { ...inventory, topPrefixes: [], horizonMonths: months, basis: 'inventory' as const } : undefined;
  if (listed && fromInventory && fromInventory.bytes > listed.deleted.bytes) {
    section.deleted = fromInventory;
    section.unknowns.push(
      `the S3 Inventory report shows more data deleted earlier than the listing (${plural(listed.deleted.objects, 'object')} listed); its figure is used`,
    );
  } else if (listed) section.deleted = listed.deleted;
  else if (fromInventory) {
    section.deleted = fromInventory;
    if (outcome.deletionMissing) section.unknowns.push(`${outcome.deletionMissing}: the figure comes from the S3 Inventory report alone`);
  }
  if (!section.deleted) return;
  const partial = listed?.partial && section.deleted.basis === 'listing';
  const limit = input.settings.maxDeletedBytes;
  if (partial && (limit === undefined || section.deleted.bytes <= limit)) {
    outcome.deletionMissing = `the listing stopped at ${plural(section.deleted.listed ?? 0, 'entry', 'entries')} (max-objects) and found ${section.deleted.bytes} bytes; the rest of the bucket is not known (configure an inventory, or raise max-objects)`;
    return;
  }
  delete outcome.deletionMissing;
  outcome.deletedBytes = section.deleted.bytes;
}

/** The projection of a target with a usable inventory: cost, and its measure of the data deleted earlier. */
async function addCost(
  p: PreparedTarget,
  config: LifeguardConfig,
  options: CostOptions,
  section: TargetSection,
  outcome: TargetOutcome,
): Promise<EarlierDeletion | undefined> {
  const projected = await projectTargetCost(p, config, options);
  if (!projected) return undefined;
  section.unknowns.push(...projected.unknowns);
  if (projected.failure) outcome.failure = section.failure = [outcome.failure, projected.failure].filter(Boolean).join('; ');
  if (projected.cost) {
    section.cost = projected.cost;
    outcome.cost = projected.cost.first;
  } else outcome.costMissing = projected.failure ?? projected.unknowns[0] ?? 'the cost projection failed';
  return projected.deleted;
}

/** The files a target is made of, absolute. */
function sourcesOf(target: TargetConfig, config: LifeguardConfig): string[] {
  return [target.source.lifecycle, target.source.policy, target.source.terraform, target.source.cloudformation]
    .filter((p): p is string => !!p)
    .map((p) => resolve(config.dir, p));
}

function countOf(diags: readonly Diagnostic[]): { errors: number; warnings: number } {
  return { errors: diags.filter((d) => d.severity === 'error').length, warnings: diags.filter((d) => d.severity === 'warning').length };
}

function keyOf(d: Diagnostic): string {
  return `${d.ruleId}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
}

/**
 * Lint findings come from the check and again from the plan of the same file: keep one of each.
 * The plan's may say more after the same words (registry-protection adds what the bucket listing
 * holds): then the shorter one, at the same place, by the same rule and as severe, is the same
 * finding. The severity is part of the place, so folding never turns an error into a warning.
 */
export function dedupe(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diags) if (!seen.has(keyOf(d))) seen.set(keyOf(d), d);
  const byPlace = new Map<string, Diagnostic[]>();
  for (const d of seen.values()) {
    const place = `${d.ruleId}\u0000${d.severity}\u0000${d.file}\u0000${d.line}\u0000${d.column}`;
    const group = byPlace.get(place);
    if (group) group.push(d);
    else byPlace.set(place, [d]);
  }
  const kept: Diagnostic[] = [];
  for (const group of byPlace.values()) {
    // Sorted, every message that starts with another comes right after it (or after one that does).
    group.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    group.forEach((d, i) => {
      const next = group[i + 1];
      if (!next || !next.message.startsWith(d.message)) kept.push(d);
    });
  }
  return kept.sort(compareDiagnostics);
}

/** Repository-relative path of a diagnostic's file (they are relative to the working directory). */
export function repoPath(file: string, cwd: string, root: string): string {
  return relative(root, resolve(cwd, file)).split(sep).join('/');
}
