/**
 * What the pull-request comment and the job summary show: per target, the rule changes, the cost
 * projection, the data the change would delete, the findings, and the gate verdicts. Built by the
 * action's pipeline from plan, cost and gate results; rendered by pure formatters.
 */
import type { ConfigurationDiff } from '../diff/diff.js';
import type { GateResult, Verdict } from '../gate/verdict.js';
import type { Diagnostic } from './types.js';

export interface CostSummary {
  months: number;
  /** Monthly totals in USD, month 1 and month N, current and proposed rules. */
  first: { currentUsd: number; proposedUsd: number };
  last: { currentUsd: number; proposedUsd: number };
  /** Sum over the horizon: current − proposed. */
  savingsUsd: number;
  prices: { source: string; date: string };
  /** Fallbacks and other notices about the prices used. */
  notices: string[];
  /** Every month's totals, for the chart. */
  monthly?: Array<{ currentUsd: number; proposedUsd: number }>;
  /** What the figures assume (e.g. Intelligent-Tiering access), shown with them. */
  assumptions?: string[];
}

export interface DeletionSummary {
  /** Data the proposed rules delete within the horizon that the current rules keep. */
  objects: number;
  bytes: number;
  topPrefixes: Array<{ prefix: string; objects: number; bytes: number }>;
  /** Set when projected over an inventory for this many months; unset: from a listing, whenever due. */
  horizonMonths?: number;
  /** Entries listed (listing-based projections). */
  listed?: number;
}

export interface TargetSection {
  name: string;
  bucket: string;
  /** File (or policy stage) the proposed rules come from. */
  source: string;
  /** undefined when the live bucket was not read (see liveSkipped). */
  diff?: ConfigurationDiff;
  liveSkipped?: string;
  cost?: CostSummary;
  deleted?: DeletionSummary;
  /** What could not be judged (e.g. tag-filtered rules against an inventory without tags). */
  unknowns: string[];
  diagnostics: Diagnostic[];
  /** Set when the target could not be checked at all. */
  failure?: string;
}

export interface PullRequestReport {
  verdict: Verdict;
  targets: TargetSection[];
  /** Findings in changed files that belong to no target. */
  otherDiagnostics: Diagnostic[];
  /** Notices for the whole run (e.g. "no AWS credentials: live state skipped"). */
  notices: string[];
  /** Links shown at the bottom (job summary, SARIF). */
  runUrl?: string;
}

export type { GateResult };
