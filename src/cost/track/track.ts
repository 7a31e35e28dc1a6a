/**
 * `lifeguard cost --track`: what the proposed rules were projected to leave in the bucket on the
 * date of a later inventory, against what that inventory shows, by storage class and by rule, in
 * bytes and in dollars a month; and, per rule prefix, the differences the projection cannot have
 * known: uploads beyond the projection and deletions outside lifecycle. Pure.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { CohortTable } from '../cohorts/cohort.js';
import type { RegionPrices } from '../prices/types.js';
import type { CompiledConfig } from '../rules/compile.js';
import { monthlyStorageUsd } from '../simulate/ledger.js';
import { projectionPrices } from '../simulate/prices.js';
import { round } from '../simulate/project.js';
import { cohortRuns } from '../simulate/runs.js';
import { DAY_MS, dayOf } from '../../model/timing.js';
import type { LoadedBaseline } from './baseline.js';

export interface Amount {
  objects: number;
  bytes: number;
  /** Storage a month at the first volume band and Frequent Access (what the objects cost where they are). */
  usdPerMonth: number;
}

export interface TrackReport {
  version: 1;
  kind: 'track';
  region: string;
  /** The projection's start (the baseline inventory) and the date compared (the later inventory). */
  baselineAsOf: string;
  asOf: string;
  totals: { projected: Amount; actual: Amount };
  byClass: Array<{ storageClass: StorageClassName; projected: Amount; actual: Amount }>;
  byRule: Array<{ rule: string; id: string | null; projected: Amount; actual: Amount }>;
  byPrefix: Array<{
    prefix: string;
    projected: Amount;
    actual: Amount;
    /** Objects created after the baseline: actual, and what observed growth projected. */
    uploads: { actual: Amount; projected: Amount };
    /** Objects of the baseline still there: projected and actual. */
    kept: { projected: Amount; actual: Amount };
  }>;
  /** Sentences naming the prefixes whose differences the projection cannot have known. */
  explanations: string[];
}

type Acc = Map<string, { objects: number; bytes: number }>;

const zero = (): Amount => ({ objects: 0, bytes: 0, usdPerMonth: 0 });

export function track(b: LoadedBaseline, later: CohortTable, laterAsOfMs: number, prices: RegionPrices): TrackReport {
  const { matcher, current, proposed } = b;
  const day = dayOf(laterAsOfMs);
  const price = projectionPrices(prices);
  // Where the proposed rules put each baseline cohort (and projected upload) on the later date.
  const projected: Acc = new Map();
  const add = (acc: Acc, key: string, objects: number, bytes: number) => {
    const a = acc.get(key) ?? { objects: 0, bytes: 0 };
    a.objects += objects;
    a.bytes += bytes;
    acc.set(key, a);
  };
  const configs: CompiledConfig[] = [current, proposed];
  for (const run of cohortRuns({
    table: b.table,
    matcher,
    configs,
    asOfMs: b.asOfMs,
    endDay: day,
    growth: b.baseline.growth,
    versioned: b.table.versioned,
  })) {
    if (run.posted.startMs > laterAsOfMs) continue;
    let cls: StorageClassName | undefined = run.cohort.storageClass;
    for (const e of run.events[1]!) {
      if (e.day * DAY_MS > laterAsOfMs) break;
      if (e.kind === 'delete') cls = undefined;
      else if (e.kind === 'transition') cls = e.to;
    }
    if (cls) add(projected, key(run.cohort.signature, cls, !!run.cohort.projected), run.cohort.objects, run.cohort.bytes);
  }
  const baseDay = dayOf(b.asOfMs);
  const actual: Acc = new Map();
  for (const c of later.cohorts) add(actual, key(c.signature, c.storageClass, c.createdDay > baseDay), c.objects, c.bytes);

  const amount = (acc: Acc, pick: (sig: number, cls: StorageClassName, fresh: boolean) => boolean): Amount => {
    const out = zero();
    for (const [k, v] of acc) {
      const [sig, cls, fresh] = parseKey(k);
      if (!pick(sig, cls, fresh)) continue;
      out.objects += v.objects;
      out.bytes += v.bytes;
      out.usdPerMonth += monthlyStorageUsd(
        { objects: v.objects, bytes: v.bytes, sizeBelow: matcher.bandRange(sig % matcher.sizeBands).to },
        cls,
        price,
      );
    }
    return tidy(out);
  };
  const both = (pick: (sig: number, cls: StorageClassName, fresh: boolean) => boolean) => ({
    projected: amount(projected, pick),
    actual: amount(actual, pick),
  });
  const groupOf = (sig: number) => Math.floor(sig / matcher.sizeBands);
  const byPrefix = matcher.prefixes
    .map((prefix, g) => ({
      prefix,
      ...both((sig) => groupOf(sig) === g),
      uploads: {
        actual: amount(actual, (sig, _c, fresh) => groupOf(sig) === g && fresh),
        projected: amount(projected, (sig, _c, fresh) => groupOf(sig) === g && fresh),
      },
      kept: {
        projected: amount(projected, (sig, _c, fresh) => groupOf(sig) === g && !fresh),
        actual: amount(actual, (sig, _c, fresh) => groupOf(sig) === g && !fresh),
      },
    }))
    .filter((p) => p.projected.objects || p.actual.objects);
  return {
    version: 1,
    kind: 'track',
    region: prices.region,
    baselineAsOf: new Date(b.asOfMs).toISOString(),
    asOf: new Date(laterAsOfMs).toISOString(),
    totals: both(() => true),
    byClass: STORAGE_CLASS_NAMES.map((storageClass) => ({ storageClass, ...both((_s, cls) => cls === storageClass) })).filter(
      (x) => x.projected.objects || x.actual.objects,
    ),
    byRule: proposed.rules.map((r) => ({ rule: r.label, id: r.id ?? null, ...both((sig) => matcher.matches(sig)[1]!.rules.includes(r)) })),
    byPrefix,
    explanations: explain(byPrefix),
  };
}

function explain(byPrefix: TrackReport['byPrefix']): string[] {
  const out: string[] = [];
  const where = (p: string) => (p === '' ? 'outside every rule prefix' : `under '${p}'`);
  for (const p of byPrefix) {
    const up = {
      objects: p.uploads.actual.objects - p.uploads.projected.objects,
      bytes: p.uploads.actual.bytes - p.uploads.projected.bytes,
    };
    if (Math.round(up.objects) > 0)
      out.push(`uploads outside the projection ${where(p.prefix)}: ${fmt(up.objects, up.bytes)} more than projected`);
    else if (Math.round(up.objects) < 0) out.push(`fewer uploads than projected ${where(p.prefix)}: ${fmt(-up.objects, -up.bytes)} less`);
    const gone = { objects: p.kept.projected.objects - p.kept.actual.objects, bytes: p.kept.projected.bytes - p.kept.actual.bytes };
    if (Math.round(gone.objects) > 0)
      out.push(
        `deleted outside lifecycle ${where(p.prefix)}: ${fmt(gone.objects, gone.bytes)} of the baseline that the rules keep are gone`,
      );
    else if (Math.round(gone.objects) < 0)
      out.push(
        `kept longer than projected ${where(p.prefix)}: ${fmt(-gone.objects, -gone.bytes)} of the baseline that the rules were projected to delete are still there`,
      );
  }
  return out;
}

function fmt(objects: number, bytes: number): string {
  const n = Math.round(objects);
  const gib = bytes / 2 ** 30;
  return `${n.toLocaleString('en-US')} object${n === 1 ? '' : 's'} (${gib >= 1 ? `${gib.toFixed(1)} GiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`})`;
}

function tidy(a: Amount): Amount {
  return { objects: Math.round(a.objects * 1000) / 1000, bytes: Math.round(a.bytes), usdPerMonth: round(a.usdPerMonth) };
}

function key(signature: number, cls: StorageClassName, fresh: boolean): string {
  return `${signature}|${cls}|${fresh ? 1 : 0}`;
}

function parseKey(k: string): [number, StorageClassName, boolean] {
  const [sig, cls, fresh] = k.split('|');
  return [Number(sig), cls as StorageClassName, fresh === '1'];
}
