/**
 * The one model of when S3 acts (src/model/timing.ts), and the code that reads it agreeing: plan's
 * expiry projection, registry protection, the quarantine's expiry day, the cost simulator's timeline
 * and lint's trace of overlapping rules give the same day and the same winner for the same rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileConfiguration } from '../../src/cost/rules/compile.js';
import { timeline } from '../../src/cost/simulate/timeline.js';
import { isoDay } from '../../src/cost/time.js';
import { pairTraces } from '../../src/lint/lifecycle-path.js';
import { ruleViews } from '../../src/lint/view.js';
import { normalizeConfiguration } from '../../src/model/canonical.js';
import {
  DAY_MS,
  dateDueTime,
  dayOf,
  dueDayAfter,
  dueTimeAfter,
  earliestDue,
  firstRunDayAfterDay,
  nextMidnightDay,
  preferredTransition,
  roundUpToDay,
} from '../../src/model/timing.js';
import { projectExpiry } from '../../src/plan/expiry.js';
import { expireOnFor } from '../../src/quarantine/edit.js';
import { checkProtection } from '../../src/model-registry/protect.js';
import { toReference } from '../../src/model-registry/reference.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('S3 timing', () => {
  it('rounds creation + Days up to the next 00:00 UTC, as AWS documents (10:30 + 3 days → the 19th)', () => {
    expect(day(dueTimeAfter(Date.parse('2014-01-15T10:30:00Z'), 3))).toBe('2014-01-19');
    expect(dueDayAfter(Date.parse('2014-01-15T10:30:00Z'), 3)).toBe(dayOf(Date.parse('2014-01-19T00:00:00Z')));
    // A moment that is already 00:00 is not rounded again.
    expect(day(dueTimeAfter(Date.parse('2026-11-02T00:00:00Z'), 0))).toBe('2026-11-02');
    expect(roundUpToDay(Date.parse('2026-11-01T00:00:00.001Z'))).toBe(dayOf(Date.parse('2026-11-02T00:00:00Z')));
  });

  it('starts a configuration at the first 00:00 strictly after it is read; whole-day records fire from the next day', () => {
    expect(isoDay(nextMidnightDay(Date.parse('2026-01-01T00:00:00Z')))).toBe('2026-01-02');
    expect(isoDay(nextMidnightDay(Date.parse('2026-01-01T12:00:00Z')))).toBe('2026-01-02');
    expect(firstRunDayAfterDay(100)).toBe(101);
  });

  it('applies a Date action to objects created later at the first 00:00 after their creation', () => {
    const date = Date.parse('2026-03-01T00:00:00Z');
    expect(day(dateDueTime(date, Date.parse('2026-01-10T08:00:00Z')))).toBe('2026-03-01');
    expect(day(dateDueTime(date, Date.parse('2026-03-05T08:00:00Z')))).toBe('2026-03-06');
  });

  it('honours the earliest expiration, and of same-day transitions the class S3 prefers that it can make', () => {
    expect(earliestDue([40, 20, 20], (d) => d)).toEqual({ item: 20, due: 20 });
    expect(preferredTransition(['STANDARD_IA', 'GLACIER_IR'] as const, 'STANDARD', (c) => c)).toBe('GLACIER_IR');
    expect(preferredTransition(['INTELLIGENT_TIERING', 'GLACIER'] as const, 'STANDARD', (c) => c)).toBe('GLACIER');
    // The waterfall: nothing moves from Glacier Flexible Retrieval back to Standard-IA.
    expect(preferredTransition(['STANDARD_IA'] as const, 'GLACIER', (c) => c)).toBeUndefined();
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

/** Two overlapping expiring rules; every reader of the timing model says when, and by which rule, the object goes. */
function everyReader(createdMs: number, daysA: number, daysB: number) {
  const config = {
    Rules: [
      { ID: 'a', Status: 'Enabled', Filter: { Prefix: 'ckpt/' }, Expiration: { Days: daysA } },
      { ID: 'b', Status: 'Enabled', Filter: { Prefix: 'ckpt/run-1/' }, Expiration: { Days: daysB } },
    ],
  };
  const created = new Date(createdMs);
  const key = 'ckpt/run-1/step-100.pt';
  const listed = { key, size: 1024, lastModified: created, storageClass: 'STANDARD', isLatest: true, deleteMarker: false };
  const plan = projectExpiry(
    normalizeConfiguration(config),
    { objects: [listed], truncated: false, versions: false },
    () => new Map(),
    created,
    false,
  );
  const planned = plan.rules.find((r) => r.objects.length)!;

  const ref = toReference({ value: `s3://ml/${key}`, pointer: '' }, 'ml').reference!;
  const protectedFindings = checkProtection(config, [ref], [{ key, size: 1024, lastModified: created, isLatest: true }]);
  const registryFirst = protectedFindings.map((f) => f.firstDeletion!).sort()[0]!;

  const compiled = compileConfiguration(config);
  const events = timeline(
    { storageClass: 'STANDARD', current: true, createdBase: firstRunDayAfterDay(dayOf(createdMs)), belowTransitionDefault: false },
    compiled.rules,
    {
      d0: nextMidnightDay(createdMs),
      endDay: nextMidnightDay(createdMs) + 1000,
      versioned: false,
      minimumObjectSize: 'all_storage_classes_128K',
    },
  );
  const deleted = events.find((e) => e.kind === 'delete')!;

  const traces = pairTraces({ config, rules: ruleViews(config, '') });
  const lintLoser = traces.flatMap((t) => t.trace.superseded).find((s) => s.reason === 'shorter-expiration');

  return {
    plan: { rule: planned.rule, day: planned.objects[0]!.dueAt.slice(0, 10) },
    registry: registryFirst,
    cost: { rule: deleted.rule.id, day: isoDay(deleted.day) },
    quarantine: expireOnFor(created, Math.min(daysA, daysB)),
    lint: lintLoser && { winner: lintLoser.by.rule.raw.ID, loser: lintLoser.action.rule.raw.ID },
  };
}

describe('the readers of the timing model agree', () => {
  it('on a documented case: the shorter of two overlapping expirations, rounded to the next midnight', () => {
    expect(everyReader(Date.parse('2026-03-10T10:30:00Z'), 30, 20)).toEqual({
      plan: { rule: 'b', day: '2026-03-31' },
      registry: '2026-03-31',
      cost: { rule: 'b', day: '2026-03-31' },
      quarantine: '2026-03-31',
      lint: { winner: 'b', loser: 'a' },
    });
  });

  it('for any creation time (not at 00:00:00.000, where whole-day cohorts differ by design) and any two expirations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') }).filter((ms) => ms % DAY_MS !== 0),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 800 }),
        (createdMs, daysA, daysB) => {
          const seen = everyReader(createdMs, daysA, daysB);
          const winner = daysB < daysA ? 'b' : 'a';
          const due = day(dueTimeAfter(createdMs, Math.min(daysA, daysB)));
          expect(seen.plan).toEqual({ rule: winner, day: due });
          expect(seen.registry).toBe(due);
          expect(seen.cost).toEqual({ rule: winner, day: due });
          expect(seen.quarantine).toBe(due);
          if (daysA !== daysB) expect(seen.lint).toEqual({ winner, loser: winner === 'a' ? 'b' : 'a' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on same-day precedence: deletion before a transition, and the preferred class among transitions', () => {
    const config = {
      Rules: [
        {
          ID: 'ia',
          Status: 'Enabled',
          Filter: { Prefix: 'ckpt/' },
          Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
          Expiration: { Days: 90 },
        },
        {
          ID: 'gir',
          Status: 'Enabled',
          Filter: { Prefix: 'ckpt/' },
          Transitions: [
            { Days: 30, StorageClass: 'GLACIER_IR' },
            { Days: 90, StorageClass: 'GLACIER' },
          ],
        },
      ],
    };
    const created = Date.parse('2026-03-10T10:30:00Z');
    const events = timeline(
      { storageClass: 'STANDARD', current: true, createdBase: firstRunDayAfterDay(dayOf(created)), belowTransitionDefault: false },
      compileConfiguration(config).rules,
      {
        d0: nextMidnightDay(created),
        endDay: nextMidnightDay(created) + 400,
        versioned: false,
        minimumObjectSize: 'all_storage_classes_128K',
      },
    );
    expect(events.map((e) => [e.kind, 'to' in e ? e.to : e.rule.id, isoDay(e.day)])).toEqual([
      ['transition', 'GLACIER_IR', '2026-04-10'],
      ['delete', 'ia', '2026-06-09'],
    ]);
    const superseded = pairTraces({ config, rules: ruleViews(config, '') }).flatMap((t) => t.trace.superseded);
    expect(superseded.map((s) => [s.action.rule.raw.ID, s.action.storageClass ?? 'expire', s.reason]).sort()).toEqual([
      ['gir', 'GLACIER', 'deletion-first'],
      ['ia', 'STANDARD_IA', 'preferred-class'],
    ]);
  });
});
