/**
 * A tracking baseline: what a projection started from (both configurations as the files gave them,
 * the cohort table of the inventory, its date, the growth and access assumptions), saved as JSON so
 * that `lifeguard cost --track` can later say what the rules did against what was projected, even
 * when that inventory report is gone. The cohort table is the compact part; signatures are
 * re-derived from the same configurations, so they mean the same when read back.
 */
import { CLASS_INDEX, type Cohort, type CohortTable } from '../cohorts/cohort.js';
import { SelectorMatcher } from '../cohorts/matcher.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { InputError } from '../inventory/errors.js';
import { compileConfiguration, type CompiledConfig } from '../rules/compile.js';
import type { Growth } from '../simulate/project.js';

export const BASELINE_KIND = 'lifeguard-cost-baseline';

export interface Baseline {
  kind: typeof BASELINE_KIND;
  version: 1;
  region: string;
  /** ISO time of the inventory the projection started from. */
  asOf: string;
  growth: Growth;
  itAccessedShare: number;
  /** The configurations as parsed from their files (the S3 API shape). */
  current: unknown;
  proposed: unknown;
  versioned: boolean;
  /** [signature, class, createdDay, current (0/1), noncurrentSinceDay, newerVersions, lockedUntilDay (-1: legal hold), headSignature, headCreatedDay, overwritten (0/1), objects, bytes] */
  cohorts: number[][];
}

export interface LoadedBaseline {
  baseline: Baseline;
  current: CompiledConfig;
  proposed: CompiledConfig;
  matcher: SelectorMatcher;
  table: CohortTable;
  asOfMs: number;
}

export function makeBaseline(o: Omit<Baseline, 'kind' | 'version' | 'cohorts' | 'versioned'> & { table: CohortTable }): Baseline {
  const row = (c: Cohort) => [
    c.signature,
    CLASS_INDEX[c.storageClass]!,
    c.createdDay,
    c.current ? 1 : 0,
    c.noncurrentSinceDay ?? 0,
    c.newerVersions ?? 0,
    c.lockedUntilDay === Infinity ? -1 : (c.lockedUntilDay ?? 0),
    c.headSignature ?? -1,
    c.headCreatedDay ?? 0,
    c.overwritten ? 1 : 0,
    c.objects,
    c.bytes,
  ];
  const { table, ...rest } = o;
  return { kind: BASELINE_KIND, version: 1, ...rest, versioned: table.versioned, cohorts: table.cohorts.map(row) };
}

/** Reads a baseline written by `--baseline-out` (or the action); `display` names it in errors. */
export function loadBaseline(data: unknown, display: string): LoadedBaseline {
  const bad = (what: string): never => {
    throw new InputError(`${display}: not a lifeguard cost baseline (${what}); write one with lifeguard cost --baseline-out FILE`);
  };
  const b = data as Partial<Baseline>;
  if (!b || typeof b !== 'object' || b.kind !== BASELINE_KIND) return bad('no "kind": "lifeguard-cost-baseline"');
  if (b.version !== 1) return bad(`version ${String(b.version)} is not 1`);
  const asOfMs = Date.parse(String(b.asOf));
  if (!Number.isFinite(asOfMs)) return bad('"asOf" is not a time');
  if (typeof b.region !== 'string') return bad('no "region"');
  if (!Array.isArray(b.cohorts)) return bad('no "cohorts"');
  const current = compileConfiguration(b.current ?? { Rules: [] });
  const proposed = compileConfiguration(b.proposed ?? { Rules: [] });
  const matcher = new SelectorMatcher([current, proposed]);
  const cohorts: Cohort[] = b.cohorts.map((r, i) => {
    if (!Array.isArray(r) || r.length !== 12 || !r.every((x) => typeof x === 'number')) return bad(`cohort ${i} is not 12 numbers`);
    const [signature, cls, createdDay, cur, ncSince, newer, lock, head, headDay, overwritten, objects, bytes] = r as number[];
    const storageClass = STORAGE_CLASS_NAMES[cls!];
    if (!storageClass || signature! < 0 || signature! >= matcher.prefixes.length * matcher.sizeBands)
      return bad(`cohort ${i} does not fit its configurations`);
    const c: Cohort = {
      signature: signature!,
      storageClass,
      createdDay: createdDay!,
      current: cur === 1,
      objects: objects!,
      bytes: bytes!,
    };
    if (!c.current) Object.assign(c, { noncurrentSinceDay: ncSince, newerVersions: newer, headSignature: head, headCreatedDay: headDay });
    if (lock !== 0) c.lockedUntilDay = lock === -1 ? Infinity : lock;
    if (overwritten === 1) c.overwritten = true;
    return c;
  });
  const table: CohortTable = { cohorts, versioned: !!b.versioned, rows: 0, skippedRows: 0, notes: [] };
  return { baseline: b as Baseline, current, proposed, matcher, table, asOfMs };
}

/** Where a target's baseline lives in a baselines folder: <folder>/<target>.json, the name kept to safe characters. */
export function baselineFile(folder: string, target: string): string {
  // Built as text, not with path.join: the bundler would take a path pattern for files to ship.
  return [folder.replace(/\/+$/, ''), `${target.replace(/[^A-Za-z0-9._-]/g, '_')}.json`].join('/');
}
