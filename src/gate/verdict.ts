/**
 * Gates: findings and projections in, verdicts with reasons out. Pure. Every gate ends `pass`,
 * `fail` or `not-evaluated` (with the reason): evidence that is missing (no credentials, no
 * listing, no inventory) is never a pass. The run's verdict is `pass` only when every gate that
 * applies passed, `fail` when one failed, else `incomplete`; an incomplete run fails the check
 * unless the base settings say `allow-incomplete: true`, and never when credentials were configured
 * but broken. An error on the way (AWS, GitHub, Price List) fails the errors gate unless the user
 * chose `on-error: warn`.
 */
import { formatBytes } from '../model/units.js';
import type { Approval } from './approval.js';

export interface TargetOutcome {
  name: string;
  errors: number;
  warnings: number;
  /** Something failed while checking this target (AWS unreachable, prices unavailable, …). */
  failure?: string;
  /** Why the live bucket was not read: bucket-state rules, and what depends on them, are not evaluated. */
  liveMissing?: string;
  /** Monthly cost now and after the change (month 1), when projected. */
  cost?: { currentUsd: number; proposedUsd: number };
  /** Why a target with an inventory has no cost projection (unset for targets without one: the cost gates do not apply). */
  costMissing?: string;
  /** Bytes the change deletes within the horizon earlier than the current rules would (later or never). */
  deletedBytes?: number;
  /** Why the deleted data is not known. */
  deletionMissing?: string;
  /** The target is a production/immutable stage and its bucket has no Object Lock. */
  immutabilityMissing?: boolean;
  /** A production/immutable target whose bucket state was not read. */
  immutabilityUnknown?: boolean;
}

export interface GateSettings {
  failOn: 'error' | 'warning' | 'never';
  maxMonthlyIncreaseUsd?: number;
  maxMonthlyIncreasePercent?: number;
  maxDeletedBytes?: number;
  requireProductionImmutability?: boolean;
  /** PR label that approves the deletion and settings gates (with an approving review). */
  deletionApprovalLabel: string;
  onError: 'fail' | 'warn';
  /** Base settings: a run whose verdict is incomplete passes the check. */
  allowIncomplete?: boolean;
}

export type GateStatus = 'pass' | 'fail' | 'not-evaluated';
export type GateName = 'findings' | 'live-state' | 'monthly-increase' | 'deleted-bytes' | 'immutability' | 'settings' | 'errors';

export interface GateResult {
  gate: GateName;
  target?: string;
  status: GateStatus;
  reason: string;
  /** A gate that would fail and passes because people with the right to approve did so. */
  approvedBy?: Approval[];
  /** An error that passes only because of on-error: warn. */
  warned?: boolean;
  /** The label that would approve this gate when it fails. */
  approvalLabel?: string;
}

export type RunVerdict = 'pass' | 'fail' | 'incomplete';

export interface Verdict {
  result: RunVerdict;
  /** Whether the check passes: pass, or incomplete when the base settings allow it. */
  pass: boolean;
  /** One line: "pass", "fail: <first reasons>" or "incomplete: <what was not evaluated>". */
  headline: string;
  gates: GateResult[];
}

export { formatBytes };

export const DEFAULT_DELETION_LABEL = 'lifeguard/approve-deletion';

/** A setting of the base commit that the pull request's .lifeguard.yml loosens. */
export interface LoosenedSetting {
  setting: string;
  from: string;
  to: string;
}

/** What belongs to the run rather than to a target. */
export interface RunChecks {
  /** Errors outside any target (GitHub API, changed files unknown, …). */
  failures?: readonly string[];
  /** Findings in changed files that belong to no target. */
  otherFindings?: { errors: number; warnings: number };
  /** Settings the pull request loosens (settings gate). */
  loosened?: readonly LoosenedSetting[];
  /** Approvals that count for the head commit. */
  approvals?: readonly Approval[];
  /** Set when credentials were configured but broken: an incomplete run then fails, whatever the settings say. */
  failClosed?: string;
}

export function evaluateGates(outcomes: readonly TargetOutcome[], settings: GateSettings, run: RunChecks = {}): Verdict {
  const approvals = run.approvals ?? [];
  const gates: GateResult[] = [];
  for (const failure of run.failures ?? []) gates.push(errorGate(failure, settings));
  if (run.otherFindings) gates.push(findingsGate({ name: '', ...run.otherFindings }, settings, false));
  if (run.loosened?.length)
    gates.push(approvable({ gate: 'settings', status: 'fail', reason: loosenedWords(run.loosened) }, settings, approvals));
  for (const t of outcomes) {
    if (t.failure) gates.push({ ...errorGate(`could not be checked: ${t.failure}`, settings), target: t.name });
    gates.push(findingsGate(t, settings));
    gates.push(
      t.liveMissing
        ? { gate: 'live-state', target: t.name, status: 'not-evaluated', reason: `bucket-state rules not evaluated: ${t.liveMissing}` }
        : { gate: 'live-state', target: t.name, status: 'pass', reason: 'the live bucket was read and compared' },
    );
    // The cost gates apply to targets with an inventory (the evidence of their costs).
    if ((settings.maxMonthlyIncreaseUsd !== undefined || settings.maxMonthlyIncreasePercent !== undefined) && (t.cost || t.costMissing))
      gates.push(costGate(t, settings));
    if (settings.maxDeletedBytes !== undefined) gates.push(deletionGate(t, settings, approvals));
    if (settings.requireProductionImmutability && t.immutabilityMissing) {
      gates.push({ gate: 'immutability', target: t.name, status: 'fail', reason: 'a production stage whose bucket has no Object Lock' });
    } else if (settings.requireProductionImmutability && t.immutabilityUnknown) {
      gates.push({
        gate: 'immutability',
        target: t.name,
        status: 'not-evaluated',
        reason: 'a production stage whose bucket state was not read',
      });
    }
  }
  const failed = gates.filter((g) => g.status === 'fail');
  const open = gates.filter((g) => g.status === 'not-evaluated');
  const result: RunVerdict = failed.length ? 'fail' : open.length ? 'incomplete' : 'pass';
  const pass = result === 'pass' || (result === 'incomplete' && settings.allowIncomplete === true && !run.failClosed);
  return { result, pass, headline: headline(result, result === 'fail' ? failed : open), gates };
}

function headline(result: RunVerdict, gates: readonly GateResult[]): string {
  if (result === 'pass') return 'pass';
  const reasons = gates.slice(0, 3).map((g) => `${g.target ? `${g.target}: ` : ''}${g.reason}`);
  return `${result}: ${reasons.join('; ')}${gates.length > 3 ? ` (and ${gates.length - 3} more)` : ''}`;
}

function errorGate(reason: string, s: GateSettings): GateResult {
  return s.onError === 'warn' ? { gate: 'errors', status: 'pass', warned: true, reason } : { gate: 'errors', status: 'fail', reason };
}

/** `ofTarget` false: the findings in changed files that belong to no target. */
function findingsGate(t: TargetOutcome, s: GateSettings, ofTarget = true): GateResult {
  const counted = s.failOn === 'never' ? 0 : s.failOn === 'warning' ? t.errors + t.warnings : t.errors;
  const what = `${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}`;
  const where = ofTarget ? '' : ' in files of no target';
  return {
    gate: 'findings',
    ...(ofTarget ? { target: t.name } : {}),
    status: counted > 0 ? 'fail' : 'pass',
    reason: `${what}${where} (fail-on: ${s.failOn})`,
  };
}

function costGate(t: TargetOutcome, s: GateSettings): GateResult {
  if (!t.cost) return { gate: 'monthly-increase', target: t.name, status: 'not-evaluated', reason: `no cost projection: ${t.costMissing}` };
  const { currentUsd, proposedUsd } = t.cost;
  const delta = proposedUsd - currentUsd;
  const percent = currentUsd > 0 ? (delta / currentUsd) * 100 : delta > 0 ? Infinity : 0;
  const words = `monthly cost ${usd(currentUsd)} → ${usd(proposedUsd)} (${delta >= 0 ? '+' : '−'}${usd(Math.abs(delta))}${Number.isFinite(percent) ? `, ${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%` : ''})`;
  const overUsd = s.maxMonthlyIncreaseUsd !== undefined && delta > s.maxMonthlyIncreaseUsd;
  const overPct = s.maxMonthlyIncreasePercent !== undefined && percent > s.maxMonthlyIncreasePercent;
  if (overUsd || overPct) {
    const limit = overUsd ? `the limit of +${usd(s.maxMonthlyIncreaseUsd!)}` : `the limit of +${s.maxMonthlyIncreasePercent}%`;
    return { gate: 'monthly-increase', target: t.name, status: 'fail', reason: `${words} exceeds ${limit}` };
  }
  return { gate: 'monthly-increase', target: t.name, status: 'pass', reason: words };
}

function deletionGate(t: TargetOutcome, s: GateSettings, approvals: readonly Approval[]): GateResult {
  if (t.deletedBytes === undefined) {
    return {
      gate: 'deleted-bytes',
      target: t.name,
      status: 'not-evaluated',
      reason: `the data the change deletes is not known: ${t.deletionMissing ?? t.liveMissing ?? t.failure ?? 'no listing or inventory'}`,
    };
  }
  const words = `the change deletes ${formatBytes(t.deletedBytes)} earlier than the current rules would`;
  if (t.deletedBytes <= s.maxDeletedBytes!) return { gate: 'deleted-bytes', target: t.name, status: 'pass', reason: words };
  return approvable(
    { gate: 'deleted-bytes', target: t.name, status: 'fail', reason: `${words}, over the limit of ${formatBytes(s.maxDeletedBytes!)}` },
    s,
    approvals,
  );
}

/** A failing gate that an approval for the head commit turns into a pass, saying who approved. */
function approvable(g: GateResult, s: GateSettings, approvals: readonly Approval[]): GateResult {
  if (approvals.length)
    return { ...g, status: 'pass', reason: `${g.reason}; approved by ${approvalWords(approvals)}`, approvedBy: [...approvals] };
  return {
    ...g,
    reason: `${g.reason}; needs an approval (the label ${s.deletionApprovalLabel}, or an approving review, by someone with write access)`,
    approvalLabel: s.deletionApprovalLabel,
  };
}

export function approvalWords(approvals: readonly Approval[]): string {
  return approvals
    .map(
      (a) =>
        `@${a.by} (${a.via === 'label' ? 'label' : 'review'} on ${a.commit.slice(0, 7)}${a.carried ? ', kept: this commit deletes and costs no more' : ''})`,
    )
    .join(', ');
}

function loosenedWords(loosened: readonly LoosenedSetting[]): string {
  const shown = loosened.slice(0, 5).map((l) => `${l.setting} ${l.from} → ${l.to}`);
  const more = loosened.length > 5 ? ` and ${loosened.length - 5} more` : '';
  return `the pull request loosens ${loosened.length === 1 ? 'a setting' : `${loosened.length} settings`} the base commit decides: ${shown.join('; ')}${more}`;
}

export function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
