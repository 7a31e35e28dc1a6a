/**
 * Gates: findings and projections in, pass/fail verdicts with reasons out. Pure. An error on the
 * way (AWS, GitHub, Price List) fails its gate unless the user chose `on-error: warn`: the gate
 * never turns green because something could not be checked.
 */
import { formatBytes } from '../report/units.js';

export interface TargetOutcome {
  name: string;
  errors: number;
  warnings: number;
  /** Something failed while checking this target (AWS unreachable, prices unavailable, …). */
  failure?: string;
  /** Monthly cost now and after the change (month 1), when projected. */
  cost?: { currentUsd: number; proposedUsd: number };
  /** Bytes the change would delete that the current rules keep. */
  newlyDeletedBytes?: number;
  /** The target is a production/immutable stage and its bucket has no Object Lock. */
  immutabilityMissing?: boolean;
}

export interface GateSettings {
  failOn: 'error' | 'warning' | 'never';
  maxMonthlyIncreaseUsd?: number;
  maxMonthlyIncreasePercent?: number;
  maxDeletedBytes?: number;
  requireProductionImmutability?: boolean;
  /** PR label that approves the deletion gate. */
  deletionApprovalLabel: string;
  onError: 'fail' | 'warn';
}

export type GateStatus = 'pass' | 'fail' | 'approved' | 'warn' | 'skipped';

export interface GateResult {
  gate: 'findings' | 'monthly-increase' | 'deleted-bytes' | 'immutability' | 'errors';
  target?: string;
  status: GateStatus;
  reason: string;
  /** The label that would approve this gate when it fails. */
  approvalLabel?: string;
}

export interface Verdict {
  pass: boolean;
  /** One line: "pass" or "fail: <first reasons>". */
  headline: string;
  gates: GateResult[];
}

export { formatBytes };

export const DEFAULT_DELETION_LABEL = 'lifeguard/approve-deletion';

/** What belongs to the run rather than to a target. */
export interface RunChecks {
  /** Errors outside any target (GitHub API, changed files unknown, …). */
  failures?: readonly string[];
  /** Findings in changed files that belong to no target. */
  otherFindings?: { errors: number; warnings: number };
}

export function evaluateGates(outcomes: readonly TargetOutcome[], settings: GateSettings, labels: readonly string[], run: RunChecks = {}): Verdict {
  const gates: GateResult[] = [];
  for (const failure of run.failures ?? []) {
    gates.push({ gate: 'errors', status: settings.onError === 'warn' ? 'warn' : 'fail', reason: failure });
  }
  if (run.otherFindings) gates.push(findingsGate({ name: '', ...run.otherFindings }, settings, false));
  for (const t of outcomes) {
    if (t.failure) {
      gates.push({ gate: 'errors', target: t.name, status: settings.onError === 'warn' ? 'warn' : 'fail', reason: `could not be checked: ${t.failure}` });
    }
    gates.push(findingsGate(t, settings));
    if (t.cost) gates.push(costGate(t, settings));
    else if (settings.maxMonthlyIncreaseUsd !== undefined || settings.maxMonthlyIncreasePercent !== undefined) {
      gates.push({ gate: 'monthly-increase', target: t.name, status: 'skipped', reason: 'no cost projection (no inventory configured or no live access)' });
    }
    if (settings.maxDeletedBytes !== undefined) gates.push(deletionGate(t, settings, labels));
    if (settings.requireProductionImmutability && t.immutabilityMissing) {
      gates.push({ gate: 'immutability', target: t.name, status: 'fail', reason: 'a production stage whose bucket has no Object Lock' });
    }
  }
  const failed = gates.filter((g) => g.status === 'fail');
  const headline = failed.length === 0 ? 'pass' : `fail: ${failed.slice(0, 3).map((g) => `${g.target ? `${g.target}: ` : ''}${g.reason}`).join('; ')}${failed.length > 3 ? ` (and ${failed.length - 3} more)` : ''}`;
  return { pass: failed.length === 0, headline, gates };
}

/** `ofTarget` false: the findings in changed files that belong to no target. */
function findingsGate(t: TargetOutcome, s: GateSettings, ofTarget = true): GateResult {
  const counted = s.failOn === 'never' ? 0 : s.failOn === 'warning' ? t.errors + t.warnings : t.errors;
  const what = `${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}`;
  const where = ofTarget ? '' : ' in files of no target';
  return { gate: 'findings', ...(ofTarget ? { target: t.name } : {}), status: counted > 0 ? 'fail' : 'pass', reason: `${what}${where} (fail-on: ${s.failOn})` };
}

function costGate(t: TargetOutcome, s: GateSettings): GateResult {
  const { currentUsd, proposedUsd } = t.cost!;
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

function deletionGate(t: TargetOutcome, s: GateSettings, labels: readonly string[]): GateResult {
  if (t.newlyDeletedBytes === undefined) {
    // Not knowing because checking failed is that failure again (a warning under on-error: warn).
    const status: GateStatus = t.failure ? (s.onError === 'warn' ? 'warn' : 'fail') : 'skipped';
    return { gate: 'deleted-bytes', target: t.name, status, reason: 'no projection of deleted data (no inventory or listing)' };
  }
  const words = `the change would delete ${formatBytes(t.newlyDeletedBytes)} that the current rules keep`;
  if (t.newlyDeletedBytes <= s.maxDeletedBytes!) return { gate: 'deleted-bytes', target: t.name, status: 'pass', reason: words };
  if (labels.includes(s.deletionApprovalLabel)) {
    return { gate: 'deleted-bytes', target: t.name, status: 'approved', reason: `${words}; approved by the label ${s.deletionApprovalLabel}`, approvalLabel: s.deletionApprovalLabel };
  }
  return {
    gate: 'deleted-bytes',
    target: t.name,
    status: 'fail',
    reason: `${words}, over the limit of ${formatBytes(s.maxDeletedBytes!)}; add the label ${s.deletionApprovalLabel} to approve`,
    approvalLabel: s.deletionApprovalLabel,
  };
}

export function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

