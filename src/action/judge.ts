/**
 * Judging one state of a pull request, shared by the pull_request run (files from the checkout) and
 * the privileged half of the fork split (files copied as data from the fork's commit): the trust
 * context (base settings, loosened settings), the gate settings, the pipeline, then the approvals.
 */
import { isAbsolute, resolve } from 'node:path';
import type { LifeguardConfig } from '../config/config.js';
import type { GitHubClient } from '../github/client.js';
import type { PullRequestContext } from '../github/pull-request.js';
import type { GateSettings } from '../gate/verdict.js';
import type { SourceDocument } from '../load/document.js';
import type { LiveAccess } from '../pipeline/live-access.js';
import { runPullRequest, type PullRequestRun } from '../pipeline/pull-request.js';
import { settleApprovals } from './approvals.js';
import type { RunContext } from './context.js';
import { gateSettings } from './gate-inputs.js';
import type { ActionInputs } from './inputs.js';
import { pullRequestTrust } from './trust.js';

export interface JudgeRequest {
  inputs: ActionInputs;
  run: RunContext;
  /** undefined: a plan outside a pull request (schedule, manual): the checkout's own settings. */
  pr?: PullRequestContext;
  client?: GitHubClient;
  /** Where the judged files are: the checkout, or a folder of files copied from a commit. */
  cwd: string;
  root: string;
  head: { config: LifeguardConfig; doc?: SourceDocument };
  /** Where trusted evidence (inventories of existing targets) lives when the files are copies: the trusted checkout. */
  evidenceDir?: string;
  changed?: readonly string[];
  labels: readonly string[];
  failures: string[];
  notices: string[];
  live: LiveAccess;
  /** Judges another commit of the same pull request (for approvals given on an older head). */
  judgeCommit?: (sha: string) => Promise<PullRequestRun | string>;
  /** Judging an older commit for comparison: no approvals of its own. */
  skipApprovals?: boolean;
}

export interface Judged {
  result: PullRequestRun;
  settings: GateSettings;
  config: LifeguardConfig;
}

export async function judgePullRequest(r: JudgeRequest): Promise<Judged> {
  const { inputs, run, pr } = r;
  let config = r.head.config;
  let loosened;
  let settingsSource: string | undefined;
  const failures = [...r.failures];
  if (pr) {
    const trust = await pullRequestTrust({
      head: r.head,
      baseSha: pr.baseSha,
      root: r.run.root,
      cwd: r.run.cwd,
      ...(inputs.config ? { configFile: inputs.config } : {}),
      ...(r.client ? { client: r.client } : {}),
      ...(run.repo ? { repo: run.repo } : {}),
    });
    config = trust.config;
    loosened = trust.loosened;
    settingsSource = trust.source;
    failures.push(...trust.failures);
  }
  if (r.evidenceDir) config = withEvidenceFrom(config, r.evidenceDir);
  const settings: GateSettings = {
    ...gateSettings(inputs.gates, config.gates, inputs.failOn ?? config.gates['fail-on'] ?? 'error', inputs.onError),
    allowIncomplete: config.gates['allow-incomplete'] === true,
  };
  const result = await runPullRequest({
    config,
    ...(r.head.doc ? { configDoc: r.head.doc } : {}),
    cwd: r.cwd,
    root: r.root,
    env: run.env,
    ...(r.changed ? { changed: r.changed } : {}),
    ...(!pr && Array.isArray(inputs.targets) ? { targets: inputs.targets } : {}),
    paths: inputs.paths,
    live: r.live,
    settings,
    ...(loosened ? { loosened } : {}),
    failures,
    notices: r.notices,
    maxObjects: inputs.maxObjects,
    now: new Date(),
    cost: { prices: inputs.prices, months: inputs.costMonths, ...(inputs.baselines ? { baselines: inputs.baselines } : {}) },
  });
  if (settingsSource) result.report.settingsSource = settingsSource;
  if (pr && r.client && run.repo && pr.headSha && !r.skipApprovals) {
    await settleApprovals({
      client: r.client,
      repo: run.repo,
      pr: { ...pr, headSha: pr.headSha },
      labels: r.labels,
      config,
      settings,
      result,
      ...(r.judgeCommit ? { judgeCommit: r.judgeCommit } : {}),
    });
  }
  return { result, settings, config };
}

/**
 * Copies of a commit's files stand in for the checkout, but evidence about existing targets (their
 * S3 Inventory reports) is the trusted checkout's: a local inventory path is read there (the copies
 * never include inventories), and one that is not there makes the cost gate not evaluated.
 */
function withEvidenceFrom(config: LifeguardConfig, dir: string): LifeguardConfig {
  const targets = config.targets.map((t) =>
    !t.inventory || /^s3:\/\//i.test(t.inventory) || isAbsolute(t.inventory) ? t : { ...t, inventory: resolve(dir, t.inventory) },
  );
  return { ...config, targets };
}
