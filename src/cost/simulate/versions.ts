/**
 * Version chains over time (docs/cost-model.md, "Versions"): when a key's current version stops
 * being current, and so when each older version gains a newer noncurrent version. A noncurrent
 * version's rank grows by one at the first daily run after its key's current version expired
 * (a delete marker) or was overwritten, and once more each time a later upload is overwritten in
 * turn. Exact for keys whose versions all match the same rules; when size filters give one key's
 * versions different noncurrent rules, a newer version deleted first does not lower the rank of
 * older ones here.
 */
import type { Cohort } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import type { CompiledRule } from '../rules/compile.js';
import { DAY_MS, dayOf, nextMidnightDay } from '../../model/timing.js';
import type { RankSchedule, TimelineInput } from './timeline.js';

export class VersionChains {
  private readonly markers = new Map<string, number>();

  constructor(
    private readonly matcher: SelectorMatcher,
    private readonly ruleSets: ReadonlyArray<(signature: number) => readonly CompiledRule[]>,
    private readonly d0: number,
    /** Ranks at or above this behave alike (largest NewerNoncurrentVersions + 1). */
    private readonly rankCap: number,
    /** Per prefix group: days between two overwrites of one key (observed growth); empty without growth. */
    private readonly overwriteEveryDays: ReadonlyMap<number, number>,
    /** When the first projected upload arrives (ms): noon of the as-of day. */
    private readonly firstUploadMs: number,
  ) {}

  /** The version fields of a timeline input for cohort `c` under configuration `config`. */
  versionInput(c: Cohort, config: number): Pick<TimelineInput, 'rank' | 'overwrite'> {
    const every = this.everyDays(c.signature);
    if (c.current) {
      if (!c.overwritten || every === undefined) return {};
      const first = Math.max((c.createdDay + 0.5 + every) * DAY_MS, c.projected ? 0 : this.firstUploadMs);
      return { overwrite: { base: nextMidnightDay(first), rank: { now: 0, increments: this.overwrites(first, every, 0) } } };
    }
    const head = c.headSignature ?? -1;
    if (head < 0) return { rank: { now: c.newerVersions ?? 0, increments: [] } };
    // The head stops being current at its expiry (a delete marker) or its next overwrite, whichever comes first.
    const marker = this.markerDay(head, c.headCreatedDay ?? c.noncurrentSinceDay ?? 0, config);
    const overwrite = every === undefined ? Infinity : Math.max((c.headCreatedDay! + 0.5 + every) * DAY_MS, this.firstUploadMs);
    const headGone = Math.min(marker + 1, dayOf(overwrite) + 1);
    const increments: number[] = Number.isFinite(headGone) ? [headGone] : [];
    if (every !== undefined) increments.push(...this.overwrites(overwrite, every, headGone));
    return { rank: { now: c.newerVersions ?? 0, increments: increments.slice(0, this.rankCap) } as RankSchedule };
  }

  private everyDays(signature: number): number | undefined {
    return this.overwriteEveryDays.get(Math.floor(signature / this.matcher.sizeBands));
  }

  /** Days (first run after) of the overwrites that follow the one at `firstMs`, after day `after`. */
  private overwrites(firstMs: number, everyDays: number, after: number): number[] {
    const out: number[] = [];
    for (let n = 1; out.length < this.rankCap; n++) {
      const day = dayOf(firstMs + n * everyDays * DAY_MS) + 1;
      if (day > after) out.push(day);
    }
    return out;
  }

  /** The day a current version of this signature and creation day gets a delete marker under a configuration. */
  private markerDay(signature: number, createdDay: number, config: number): number {
    const key = `${config}|${signature}|${createdDay}`;
    let day = this.markers.get(key);
    if (day === undefined) {
      day = Infinity;
      for (const r of this.ruleSets[config]!(signature)) {
        const e = r.expiration;
        if (!e) continue;
        day = Math.min(day, Math.max(this.d0, 'days' in e ? createdDay + 1 + e.days : e.onDay));
      }
      this.markers.set(key, day);
    }
    return day;
  }
}
