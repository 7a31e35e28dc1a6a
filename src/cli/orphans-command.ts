/** `lifeguard orphans`: objects the registry no longer references, what they cost, and a reviewed way to delete them. */
import { parseArgs } from 'node:util';
import { loadConfig, workspaceOf } from '../config/config.js';
import { ORPHAN_FORMATS, formatOrphans, type OrphanFormat } from '../orphans/format.js';
import { MAX_TAG_CONCURRENCY, TAG_CONCURRENCY } from '../orphans/limits.js';
import type { OrphanReport } from '../orphans/report.js';
import { TargetSelectionError } from '../pipeline/plan.js';
import type { OrphansError } from '../pipeline/orphans.js';
import { quarantinePath } from '../quarantine/record.js';
import { startDeadline } from './deadline.js';
import type { Io } from './io.js';
import { printConfigProblems, writeOutput } from './io.js';
import { countOption } from './plan-command.js';
import { ORPHANS_HELP, UsageError } from './usage.js';

export const DEFAULT_MIN_AGE_DAYS = 7;

export async function orphansCommand(args: string[], io: Io): Promise<number> {
  const { values: v } = parseArgs({
    args,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      target: { type: 'string', short: 't' },
      'min-age-days': { type: 'string' },
      inventory: { type: 'string' },
      live: { type: 'boolean' },
      quarantine: { type: 'boolean' },
      'expire-after-days': { type: 'string' },
      concurrency: { type: 'string' },
      release: { type: 'boolean' },
      prices: { type: 'string' },
      region: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'no-color': { type: 'boolean' },
      deadline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    io.stdout(ORPHANS_HELP);
    return 0;
  }
  startDeadline(v.deadline);
  if (!v.target) throw new UsageError('--target NAME is required: orphans are swept one target at a time');
  if (v.inventory !== undefined && v.live) throw new UsageError('--inventory and --live are exclusive: give one source of objects');
  const format = (v.format ?? 'stylish') as OrphanFormat;
  if (!ORPHAN_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}'; use one of ${ORPHAN_FORMATS.join(', ')}`);
  const prices = v.prices ?? 'bundled';
  if (prices !== 'bundled' && prices !== 'live') throw new UsageError(`--prices takes bundled or live, not '${prices}'`);
  const minAgeDays = countOption(v['min-age-days'], '--min-age-days', DEFAULT_MIN_AGE_DAYS);
  const expireAfterDays = v['expire-after-days'] === undefined ? undefined : countOption(v['expire-after-days'], '--expire-after-days', 0);
  if (expireAfterDays !== undefined && !v.quarantine) throw new UsageError('--expire-after-days goes with --quarantine');
  if (expireAfterDays === 0)
    throw new UsageError('--expire-after-days must be at least 1: quarantined objects get at least a day before deletion');
  const concurrency = countOption(v.concurrency, '--concurrency', TAG_CONCURRENCY);
  if (concurrency < 1 || concurrency > MAX_TAG_CONCURRENCY)
    throw new UsageError(`--concurrency takes 1 to ${MAX_TAG_CONCURRENCY} objects at once, not ${concurrency}`);

  const loaded = await loadConfig(v.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);
  const config = loaded.config;
  const target = config.targets.find((t) => t.name === v.target);
  const inventory = v.inventory ?? (v.live ? undefined : target?.inventory);
  let report: OrphanReport;
  // The pipeline (inventory readers, S3 edge, prices) loads only when this command runs.
  const { runOrphans } = await import('../pipeline/orphans.js');
  try {
    report = await runOrphans(config, {
      target: v.target,
      minAgeDays,
      inventory,
      quarantine: !!v.quarantine,
      release: !!v.release,
      expireAfterDays,
      concurrency,
      prices,
      region: v.region,
      cwd: io.cwd,
      env: io.env,
      now: new Date(),
      configDoc: loaded.doc,
    });
  } catch (err) {
    if (err instanceof TargetSelectionError) throw new UsageError(err.message);
    // Input, S3 and price-region problems are the user's to fix: one sentence, exit 2 (by name: no eager imports).
    const name = (err as Error).name;
    if (['OrphansError', 'InputError', 'S3OperationError', 'UnknownRegionError'].includes(name)) {
      io.stderr(`lifeguard: ${(err as Error).message.replace(/\.$/, '')}.\n`);
      for (const d of name === 'OrphansError' ? (err as OrphansError).diagnostics : [])
        io.stderr(`lifeguard: ${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`);
      return 2;
    }
    throw err;
  }
  const file = target ? workspaceOf(config).display(quarantinePath(target, config)) : '';
  if (!(await writeOutput(io, v.output, formatOrphans(report, format, file, io.color && !v['no-color'] && !v.output)))) return 2;
  return needsAttention(report) ? 1 : 0;
}

/** Exit 1: something to act on (a refusal, a failed call, an error finding, an object to release). */
export function needsAttention(r: OrphanReport): boolean {
  return !!r.action.refused || r.action.failed.length > 0 || r.releasable.length > 0 || r.diagnostics.some((d) => d.severity === 'error');
}
