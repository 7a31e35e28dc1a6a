/** `lifeguard plan`: what applying each target's rules would change in its bucket, and what it would expire. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { runPlan, TargetSelectionError } from '../pipeline/plan.js';
import type { PlanReport } from '../plan/types.js';
import { formatPlanMarkdown } from '../report/plan-markdown.js';
import { formatPlanText } from '../report/plan-text.js';
import { DEFAULT_LIST_LIMIT } from '../s3/listing.js';
import { startDeadline } from './deadline.js';
import type { Io } from './io.js';
import { printConfigProblems, writeOutput } from './io.js';
import { PLAN_HELP, UsageError } from './usage.js';
import { gitTopLevel } from '../history/git-log.js';
import { DEFAULT_HISTORY_DEPTH } from '../history/sync.js';
import { detectDrift, DRIFT_EXIT_STATUS, outOfSync, type DriftReport } from '../pipeline/drift.js';

const PLAN_FORMATS: Record<string, (r: PlanReport, color: boolean) => string> = {
  stylish: (r, color) => formatPlanText(r, { color }),
  json: (r) => JSON.stringify(r, null, 2) + '\n',
  markdown: (r) => formatPlanMarkdown(r),
};

export async function planCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      target: { type: 'string', short: 't', multiple: true },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'max-objects': { type: 'string' },
      drift: { type: 'boolean' },
      'history-depth': { type: 'string' },
      'no-color': { type: 'boolean' },
      deadline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(PLAN_HELP);
    return 0;
  }
  startDeadline(values.deadline);
  const format = values.format ?? 'stylish';
  const formatter = PLAN_FORMATS[format];
  if (!formatter) throw new UsageError(`unknown format '${format}'; use one of ${Object.keys(PLAN_FORMATS).join(', ')}`);
  const listLimit = countOption(values['max-objects'], '--max-objects', DEFAULT_LIST_LIMIT);
  if (values['history-depth'] !== undefined && !values.drift) throw new UsageError('--history-depth goes with --drift');
  const depth = historyDepthOption(values['history-depth']);

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);
  let report: PlanReport;
  try {
    report = await runPlan(loaded.config, values.target ?? [], {
      cwd: io.cwd,
      env: io.env,
      listLimit,
      now: new Date(),
      configDoc: loaded.doc,
    });
  } catch (err) {
    if (err instanceof TargetSelectionError) throw new UsageError(err.message);
    throw err;
  }
  let drift: DriftReport | undefined;
  if (values.drift) {
    const root = (await gitTopLevel(loaded.config.dir)) ?? loaded.config.dir;
    drift = await detectDrift(loaded.config, report.targets, { root, head: 'HEAD', depth });
  }
  const text = formatter(report, io.color && !values['no-color'] && !values.output);
  if (!(await writeOutput(io, values.output, text))) return 2;
  if (report.summary.failed > 0 || report.summary.errors > 0) return 1;
  return drift && outOfSync(drift) ? DRIFT_EXIT_STATUS : 0;
}

/** Commits the drift guard searches per target: at least one (none would judge nothing), as in the action. */
export function historyDepthOption(value: string | undefined): number {
  const depth = countOption(value, '--history-depth', DEFAULT_HISTORY_DEPTH);
  if (depth < 1) throw new UsageError('--history-depth must be at least 1');
  return depth;
}

export function countOption(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not '${value}'`);
  return Number(value);
}
