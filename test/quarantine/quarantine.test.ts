import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { lintLifecycle } from '../../src/lint/engine.js';
import { addBatch, expireOnFor, releaseKeys } from '../../src/quarantine/edit.js';
import { quarantineProblems, renderQuarantine, type QuarantineRecord } from '../../src/quarantine/record.js';
import { quarantineRules, withoutQuarantineRules } from '../../src/quarantine/rules.js';
import type { TargetConfig } from '../../src/config/config.js';

const target: TargetConfig = { name: 'arts', bucket: 'ml-artifacts', source: { lifecycle: 'x.json' } };
const record = (batches: QuarantineRecord['batches']): QuarantineRecord => ({ target: 'arts', bucket: 'ml-artifacts', batches });

describe('quarantine expiry day', () => {
  it('is the tagging time plus N days, rounded up to the next midnight UTC, so every object gets N full days', () => {
    expect(expireOnFor(new Date('2026-11-22T15:30:00Z'), 7)).toBe('2026-11-30');
    expect(expireOnFor(new Date('2026-11-22T00:00:00Z'), 7)).toBe('2026-11-29');
    expect(expireOnFor(new Date('2026-12-31T23:59:59Z'), 1)).toBe('2027-01-02');
  });
});

describe('quarantine batches as lifecycle rules', () => {
  const rec = record([
    { tag: '2026-11-20', expireOn: '2026-11-28', prefixes: ['models/'], objects: [{ key: 'models/a.pt', size: 1 }] },
    {
      tag: '2026-11-21',
      expireOn: '2026-11-29',
      prefixes: ['models/', 'checkpoints/', 'logs/'],
      objects: [
        { key: 'checkpoints/c1', size: 2 },
        { key: 'models/b.pt', size: 3 },
      ],
    },
    { tag: '2026-11-22', expireOn: '2026-11-30', prefixes: [''], objects: [{ key: 'anything', size: 4 }] },
    { tag: '2026-11-23', expireOn: '2026-12-01', prefixes: ['models/'], objects: [], released: [{ key: 'models/z', on: '2026-11-24' }] },
  ]);

  it('gives one rule per batch prefix that still holds objects: the prefix and the batch tag, expiring on its day', () => {
    const rules = quarantineRules(rec);
    expect(rules.map((r) => r.rule)).toEqual([
      {
        ID: 'lifeguard-quarantine-2026-11-20',
        Status: 'Enabled',
        Filter: { And: { Prefix: 'models/', Tags: [{ Key: 'lifeguard-quarantine', Value: '2026-11-20' }] } },
        Expiration: { Date: '2026-11-28T00:00:00.000Z' },
      },
      {
        ID: 'lifeguard-quarantine-2026-11-21-1',
        Status: 'Enabled',
        Filter: { And: { Prefix: 'models/', Tags: [{ Key: 'lifeguard-quarantine', Value: '2026-11-21' }] } },
        Expiration: { Date: '2026-11-29T00:00:00.000Z' },
      },
      {
        ID: 'lifeguard-quarantine-2026-11-21-2',
        Status: 'Enabled',
        Filter: { And: { Prefix: 'checkpoints/', Tags: [{ Key: 'lifeguard-quarantine', Value: '2026-11-21' }] } },
        Expiration: { Date: '2026-11-29T00:00:00.000Z' },
      },
      {
        ID: 'lifeguard-quarantine-2026-11-22',
        Status: 'Enabled',
        Filter: { Tag: { Key: 'lifeguard-quarantine', Value: '2026-11-22' } },
        Expiration: { Date: '2026-11-30T00:00:00.000Z' },
      },
    ]);
    expect(rules[2]!.origin('/Filter')).toBe('/batches/1/prefixes/1');
    expect(rules[2]!.origin('/Expiration/Date')).toBe('/batches/1/expireOn');
  });

  it('passes every AWS acceptance rule of the lint; the only warnings are the Date (chosen, ADR 0100) and the missing abort rule', () => {
    const findings = lintLifecycle('q.json', { Rules: quarantineRules(rec).map((r) => r.rule) }, { now: new Date('2026-11-22T12:00:00Z') });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual(['abort-multipart-missing', 'date-based-action']);
  });

  it('leaves the generated rules out of drift comparisons, and nothing else', () => {
    const live = { Rules: [{ ID: 'mine' }, ...quarantineRules(rec).map((r) => r.rule)] };
    expect(withoutQuarantineRules(live)).toEqual({ Rules: [{ ID: 'mine' }] });
    expect(withoutQuarantineRules(undefined)).toBeUndefined();
  });
});

describe('the quarantine file', () => {
  const ok = record([
    {
      tag: '2026-11-20',
      expireOn: '2026-11-28',
      prefixes: ['models/'],
      objects: [{ key: 'models/a.pt', size: 1, lastModified: '2026-01-01T00:00:00.000Z', storageClass: 'GLACIER' }],
    },
  ]);

  it('renders one object per line and reads back to the same record', () => {
    const text = renderQuarantine(ok);
    expect(text.split('\n')).toContain(
      '        {"key":"models/a.pt","size":1,"lastModified":"2026-01-01T00:00:00.000Z","storageClass":"GLACIER"}',
    );
    const parsed = parseText('q.json', text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.doc.data).toEqual({ apiVersion: 'lifeguard/v1', kind: 'QuarantineBatches', ...ok });
    expect(quarantineProblems(parsed.doc.data, target)).toEqual([]);
  });

  it('reports what a schema cannot: the target and bucket, repeated days, expiry before tagging, keys outside the prefixes or in two batches', () => {
    const bad = {
      apiVersion: 'lifeguard/v1',
      kind: 'QuarantineBatches',
      target: 'other',
      bucket: 'ml-artifacts',
      batches: [
        {
          tag: '2026-11-20',
          expireOn: '2026-11-19',
          prefixes: ['models/'],
          objects: [
            { key: 'logs/x', size: 1 },
            { key: 'models/m', size: 1 },
          ],
        },
        { tag: '2026-11-20', expireOn: '2026-02-30', prefixes: ['models/'], objects: [{ key: 'models/m', size: 1 }] },
      ],
    };
    expect(
      quarantineProblems(bad, target)
        .map((p) => p.pointer)
        .sort(),
    ).toEqual([
      '/batches/0/expireOn',
      '/batches/0/objects/0/key',
      '/batches/1/expireOn',
      '/batches/1/objects/0/key',
      '/batches/1/tag',
      '/target',
    ]);
    expect(
      quarantineProblems({ ...bad, batches: [{ tag: 'soon', expireOn: '2026-11-19', prefixes: [], objects: [] }] }, target).length,
    ).toBeGreaterThan(0);
  });

  it('merges a second run of the same day into its batch, keeping the later expiry for all, and releases keys with their day', () => {
    const first = addBatch(undefined, target, {
      tag: '2026-11-20',
      expireOn: '2026-11-28',
      minAgeDays: 7,
      prefixes: ['models/', 'logs/'],
      objects: [{ key: 'models/b', size: 2 }],
    });
    expect(first.batches[0]!.prefixes).toEqual(['models/']);
    const second = addBatch(first, target, {
      tag: '2026-11-20',
      expireOn: '2026-12-05',
      minAgeDays: 7,
      prefixes: ['models/', 'logs/'],
      objects: [
        { key: 'models/a', size: 1 },
        { key: 'logs/l', size: 3 },
      ],
    });
    expect(second.batches).toHaveLength(1);
    expect(second.batches[0]).toMatchObject({ expireOn: '2026-12-05', prefixes: ['models/', 'logs/'] });
    expect(second.batches[0]!.objects.map((o) => o.key)).toEqual(['logs/l', 'models/a', 'models/b']);
    expect(first.batches[0]!.objects).toHaveLength(1);
    const released = releaseKeys(second, new Set(['models/a']), '2026-11-24');
    expect(released.batches[0]!.objects.map((o) => o.key)).toEqual(['logs/l', 'models/b']);
    expect(released.batches[0]!.released).toEqual([{ key: 'models/a', on: '2026-11-24' }]);
  });
});
