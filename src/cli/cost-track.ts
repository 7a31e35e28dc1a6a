/**
 * `lifeguard cost --track`: a later inventory against the projection a change made, from a saved
 * baseline (`--baseline FILE`, written by `--baseline-out` or the action) or recomputed from the
 * configuration and the inventory of the day it was merged (`--proposed FILE --baseline-inventory
 * PATH`). Exit status 0 whatever the difference: tracking reports, it does not gate.
 */
import type { Io } from './io.js';
import { UsageError } from './usage.js';
import { emit, inputFailure, progressLine, type CostDeps } from './cost-output.js';
import { InputError } from '../cost/inventory/errors.js';
import { TRACK_FORMATS, formatTrack, type TrackFormat } from '../cost/track/format.js';
import type { TrackRequest } from '../pipeline/track.js';

type Values = Record<string, string | boolean | undefined>;

export async function costTrack(v: Values, io: Io, deps: CostDeps): Promise<number> {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const later = str('inventory');
  if (!later) throw new UsageError('--track needs the later inventory: --inventory PATH');
  const saved = str('baseline');
  const again = str('baseline-inventory');
  if (!!saved === !!again)
    throw new UsageError(
      '--track needs --baseline FILE, or --proposed FILE with --baseline-inventory PATH (the inventory of the day the rules were merged)',
    );
  if (again && !str('proposed')) throw new UsageError('--baseline-inventory needs --proposed FILE: the rules that were merged');
  const format = (str('format') ?? 'stylish') as TrackFormat;
  if (!TRACK_FORMATS.includes(format))
    throw new UsageError(`unknown format '${format}' for --track; use one of ${TRACK_FORMATS.join(', ')}`);
  const prices = str('prices') ?? 'bundled';
  if (prices !== 'bundled' && prices !== 'live') throw new UsageError(`--prices must be bundled or live, not '${prices}'`);
  let asOfMs: number | undefined;
  if (str('as-of') !== undefined) {
    const t = str('as-of')!;
    asOfMs = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
    if (!Number.isFinite(asOfMs)) throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '${t}'`);
  }
  if (again && !str('region')) throw new UsageError("--region is required (the bucket's region, for prices)");
  const catalog = async (region: string) => {
    try {
      const c = await deps.loadCatalog(prices, region);
      c.region(region);
      return c;
    } catch (err) {
      throw new InputError((err as Error).message);
    }
  };
  const progress = progressLine(io);
  try {
    const { runTrack } = await import('../pipeline/track.js');
    const location = { endpoint: str('endpoint'), forcePathStyle: v['path-style'] === true };
    const request: TrackRequest = {
      baseline: saved
        ? { kind: 'file', path: saved }
        : {
            kind: 'recompute',
            request: {
              proposed: { kind: 'file', path: str('proposed')! },
              current: str('current') ? { kind: 'file', path: str('current')! } : { kind: 'none' },
              objects: { kind: 'inventory', path: again!, ...location },
              region: str('region')!,
              catalog: await catalog(str('region')!),
              growth: (str('growth') ?? 'none') as 'none' | 'observed',
              cwd: io.cwd,
            },
          },
      inventory: { path: later, ...location },
      catalog,
      region: str('region'),
      asOfMs,
      cwd: io.cwd,
      progress: progress.line,
    };
    const report = await runTrack(request);
    progress.end(false);
    return await emit(io, str('output'), formatTrack(report, format));
  } catch (err) {
    return inputFailure(io, err);
  }
}
