/**
 * The projection: every cohort (and, with observed growth, the cohorts still to be uploaded) run
 * through the current and the proposed configuration, priced month by month. Pure: cohorts,
 * configurations and prices in, the JSON-contract report out.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import type { Cohort, CohortTable } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import type { PriceCatalogInfo, RegionPrices } from '../prices/types.js';
import type { CompiledConfig, CompiledRule } from '../rules/compile.js';
import type { CostReport, MonthCost, RuleReport, Unknown } from '../report/types.js';
import { MONTH_MS } from '../time.js';
import { dayOf, nextMidnightDay } from '../../model/timing.js';
import { Ledger } from './ledger.js';
import { missingTransitionPrices, projectionPrices } from './prices.js';
import { EarlierTally, type EarlierDeletion } from './earlier.js';
import { cohortRuns } from './runs.js';
import { accessAssumption, modelUnknowns, volumeBandUnknown } from './unknowns.js';

export type Growth = 'none' | 'observed';

export interface ProjectionInput {
  table: CohortTable;
  /** Built from [current, proposed], in that order. */
  matcher: SelectorMatcher;
  current: CompiledConfig;
  proposed: CompiledConfig;
  prices: RegionPrices;
  priceInfo: Pick<PriceCatalogInfo, 'source' | 'date' | 'notices'>;
  asOfMs: number;
  months: number;
  growth: Growth;
  /** Defaults to what the inventory says (it lists versions). */
  versioned?: boolean;
  /** Unknowns found by the caller (input notes), shown with the rest. */
  unknowns?: Unknown[];
  /** Share of Intelligent-Tiering objects read at least every 30 days (default 0: not accessed). */
  itAccessedShare?: number;
  /** Where the share was set, as the assumption names it (default: the CLI's --it-access). */
  itAccessSetting?: string;
}

export interface Projection {
  report: CostReport;
  /** Data the proposed rules delete within the horizon that the current rules keep. */
  newlyDeleted: { objects: number; bytes: number };
  /** Data the proposed rules remove within the horizon earlier than the current rules (the deletion gate's measure). */
  deletedEarlier: EarlierDeletion;
}

const NAMES = ['current', 'proposed'] as const;

export function project(input: ProjectionInput): Projection {
  const { matcher, months, asOfMs } = input;
  const configs = [input.current, input.proposed];
  const targets = new Set(targetsOf(configs));
  const billed = new Set<StorageClassName>([...targets, ...input.table.cohorts.map((c) => c.storageClass)]);
  // Archive classes bill part of their overhead at Standard's rate.
  if (billed.has('GLACIER') || billed.has('DEEP_ARCHIVE')) billed.add('STANDARD');
  const prices = projectionPrices(input.prices, { storage: billed, transition: targets });
  const versioned = input.versioned ?? input.table.versioned;
  const accessedShare = input.itAccessedShare ?? 0;
  const ledgers = configs.map(() => new Ledger(asOfMs, months, prices, { accessedShare }));
  const newlyDeleted = { objects: 0, bytes: 0 };
  const endDay = dayOf(asOfMs + months * MONTH_MS);
  const earlier = new EarlierTally(nextMidnightDay(asOfMs), endDay);
  for (const run of cohortRuns({ table: input.table, matcher, configs, asOfMs, endDay, growth: input.growth, versioned })) {
    const gone = run.events.map((events, i) => ledgers[i]!.post(run.posted, events));
    if (!run.cohort.projected) earlier.add(run.cohort, run.events[0]!, run.events[1]!);
    if (gone[1] && !gone[0]) {
      newlyDeleted.objects += run.cohort.objects;
      newlyDeleted.bytes += run.cohort.bytes;
    }
  }

  const monthly = Array.from({ length: months }, (_, m) => ({
    month: m + 1,
    current: monthCost(ledgers[0]!, m),
    proposed: monthCost(ledgers[1]!, m),
  }));
  const currentUsd = round(monthly.reduce((s, x) => s + x.current.totalUsd, 0));
  const proposedUsd = round(monthly.reduce((s, x) => s + x.proposed.totalUsd, 0));
  const unknowns: Unknown[] = [...(input.unknowns ?? [])];
  unknowns.push(...tagUnknowns(input.table.cohorts, matcher, configs));
  for (const n of [...input.priceInfo.notices, ...prices.notes, ...missingTransitionPrices(input.prices, targetsOf(configs))])
    unknowns.push({ kind: 'prices', message: n });
  configs.forEach((c, i) => {
    for (const s of c.skipped) unknowns.push({ kind: 'input', configuration: NAMES[i], message: s });
  });
  unknowns.push(...modelUnknowns(configs, billed));
  for (const cls of ['STANDARD', 'INTELLIGENT_TIERING'] as const) {
    const u = volumeBandUnknown(cls, Math.max(...ledgers.map((l) => l.peakGbMonths(cls))), prices.bands[cls]);
    if (u) unknowns.push(u);
  }
  const assumptions = billed.has('INTELLIGENT_TIERING') ? [accessAssumption(accessedShare, input.itAccessSetting)] : [];
  return {
    report: {
      version: 1,
      region: input.prices.region,
      asOf: new Date(asOfMs).toISOString(),
      months,
      prices: { source: input.priceInfo.source, date: input.priceInfo.date },
      monthly,
      totals: { currentUsd, proposedUsd, savingsUsd: round(currentUsd - proposedUsd) },
      deleted: {
        current: { objects: Math.round(ledgers[0]!.deleted.objects), bytes: Math.round(ledgers[0]!.deleted.bytes) },
        proposed: { objects: Math.round(ledgers[1]!.deleted.objects), bytes: Math.round(ledgers[1]!.deleted.bytes) },
      },
      byRule: ruleReports(input.table.cohorts, matcher, configs, ledgers),
      assumptions,
      unknowns,
    },
    newlyDeleted: { objects: Math.round(newlyDeleted.objects), bytes: Math.round(newlyDeleted.bytes) },
    deletedEarlier: {
      objects: Math.round(earlier.total.objects),
      bytes: Math.round(earlier.total.bytes),
      byteDays: Math.round(earlier.total.byteDays),
    },
  };
}

function monthCost(l: Ledger, m: number): MonthCost {
  const byClass = l.storageByClass(m);
  const storageUsd = Object.values(byClass).reduce((a, b) => a + b, 0);
  const transitionUsd = l.transition[m]!;
  const earlyDeleteUsd = l.early[m]!;
  const storageByClassUsd: MonthCost['storageByClassUsd'] = {};
  for (const [cls, usd] of Object.entries(byClass) as [StorageClassName, number][])
    if (round(usd) !== 0) storageByClassUsd[cls] = round(usd);
  return {
    storageUsd: round(storageUsd),
    transitionUsd: round(transitionUsd),
    earlyDeleteUsd: round(earlyDeleteUsd),
    totalUsd: round(storageUsd + transitionUsd + earlyDeleteUsd),
    storageByClassUsd,
  };
}

/** Micro-dollars: a bill shows cents, but small cases must stay checkable by hand. */
export function round(usd: number): number {
  return Math.round(usd * 1_000_000) / 1_000_000;
}

function targetsOf(configs: readonly CompiledConfig[]): StorageClassName[] {
  return configs.flatMap((c) => c.rules.flatMap((r) => [...r.transitions, ...r.noncurrentTransitions].map((t) => t.storageClass)));
}

function tagUnknowns(cohorts: readonly Cohort[], matcher: SelectorMatcher, configs: readonly CompiledConfig[]): Unknown[] {
  const sums = new Map<CompiledRule, { config: number; objects: number; bytes: number }>();
  configs.forEach((c, i) => {
    for (const r of c.rules) if (r.selector.tags.length) sums.set(r, { config: i, objects: 0, bytes: 0 });
  });
  if (!sums.size) return [];
  for (const [signature, total] of bySignature(cohorts)) {
    for (const m of matcher.matches(signature)) {
      for (const r of m.tagDependent) {
        const s = sums.get(r)!;
        s.objects += total.objects;
        s.bytes += total.bytes;
      }
    }
  }
  return [...sums].map(([r, s]) => ({
    kind: 'tags' as const,
    configuration: NAMES[s.config],
    rule: r.label,
    objects: s.objects,
    bytes: s.bytes,
    message: `${r.label} (${NAMES[s.config]}) depends on tags: up to ${s.objects} objects, ${s.bytes} bytes. S3 Inventory has no tags, so the projection leaves this rule out`,
  }));
}

function ruleReports(
  cohorts: readonly Cohort[],
  matcher: SelectorMatcher,
  configs: readonly CompiledConfig[],
  ledgers: readonly Ledger[],
): RuleReport[] {
  const matched = new Map<CompiledRule, { objects: number; bytes: number }>();
  for (const [signature, total] of bySignature(cohorts)) {
    for (const m of matcher.matches(signature)) {
      for (const r of [...m.rules, ...m.tagDependent]) {
        const s = matched.get(r) ?? { objects: 0, bytes: 0 };
        s.objects += total.objects;
        s.bytes += total.bytes;
        matched.set(r, s);
      }
    }
  }
  return configs.flatMap((c, i) =>
    c.rules.map((r) => {
      const t = ledgers[i]!.byRule.get(r);
      return {
        configuration: NAMES[i]!,
        index: r.index,
        id: r.id ?? null,
        rule: r.label,
        matched: matched.get(r) ?? { objects: 0, bytes: 0 },
        transitions: { objects: Math.round(t?.transitionedObjects ?? 0), usd: round(t?.transitionUsd ?? 0) },
        deleted: { objects: Math.round(t?.deletedObjects ?? 0), bytes: Math.round(t?.deletedBytes ?? 0) },
        deleteMarkers: Math.round(t?.deleteMarkers ?? 0),
        earlyDeleteUsd: round(t?.earlyDeleteUsd ?? 0),
      };
    }),
  );
}

/** Objects and bytes per selector signature: what rule matching needs, without the cohort detail. */
function bySignature(cohorts: readonly Cohort[]): Map<number, { objects: number; bytes: number }> {
  const out = new Map<number, { objects: number; bytes: number }>();
  for (const c of cohorts) {
    const s = out.get(c.signature);
    if (s) {
      s.objects += c.objects;
      s.bytes += c.bytes;
    } else out.set(c.signature, { objects: c.objects, bytes: c.bytes });
  }
  return out;
}
