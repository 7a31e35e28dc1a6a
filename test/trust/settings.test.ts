/** The settings a pull request is judged by: the base's, with the head's targets and sources; what the head loosens. */
import { describe, expect, it } from 'vitest';
import type { LifeguardConfig } from '../../src/config/config.js';
import { judgeSettings } from '../../src/trust/settings.js';

const target = { name: 'ckpt', bucket: 'acme-ckpt', source: { lifecycle: 'ckpt.json' }, registry: 'registry.csv', stage: 'production' };
const base: LifeguardConfig = {
  dir: '/repo',
  rules: { 'transition-gap': 'warning' },
  targets: [target],
  gates: { 'fail-on': 'error', 'max-deleted-bytes': 1000, 'require-production-immutability': true },
  approvers: ['alice'],
};
const head = (over: Partial<LifeguardConfig>): LifeguardConfig => ({ ...base, file: '/repo/.lifeguard.yml', ...over });

describe('judgeSettings', () => {
  it("keeps the base's gates, rules and approvers whatever the head says, and reports each loosening with old and new", () => {
    const h = head({
      gates: { 'fail-on': 'never', 'max-deleted-bytes': 10 ** 12, 'allow-incomplete': true, 'deletion-approval-label': 'ok' },
      rules: { 'rule-id-unique': 'off', 'transition-gap': 'off' },
      approvers: ['alice', 'mallory'],
    });
    const j = judgeSettings(base, h);
    expect(j.config.gates).toEqual(base.gates);
    expect(j.config.rules).toEqual(base.rules);
    expect(j.config.approvers).toEqual(['alice']);
    expect(j.loosened.map((l) => `${l.setting}: ${l.from} → ${l.to} @${l.pointer}`)).toEqual([
      'gates.fail-on: error → never @/gates/fail-on',
      'gates.max-deleted-bytes: 1000 → 1000000000000 @/gates/max-deleted-bytes',
      'gates.require-production-immutability: true → (unset) @/gates',
      'gates.allow-incomplete: false → true @/gates/allow-incomplete',
      'gates.deletion-approval-label: (unset) → ok @/gates/deletion-approval-label',
      'rules.transition-gap: warning → off @/rules/transition-gap',
      'rules.rule-id-unique: error → off @/rules/rule-id-unique',
      'approvers: alice → alice, mallory @/approvers',
    ]);
  });

  it('does not call tightening a loosening', () => {
    const h = head({
      gates: { 'fail-on': 'warning', 'max-deleted-bytes': 10, 'require-production-immutability': true, 'max-monthly-increase-usd': 5 },
      rules: { 'transition-gap': 'error' },
    });
    expect(judgeSettings(base, h).loosened).toEqual([]);
  });

  it('calls a base target the head drops a loosening (matched by name or bucket, as the targets it keeps)', () => {
    expect(judgeSettings(base, head({ targets: [] })).loosened).toEqual([
      { setting: 'targets[ckpt]', from: 'bucket acme-ckpt', to: '(removed)', pointer: '/targets' },
    ]);
    const renamed = judgeSettings(base, head({ targets: [{ ...target, name: 'checkpoints' }] }));
    expect(renamed.loosened.map((l) => l.setting)).not.toContain('targets[ckpt]');
  });

  it('pairs a renamed target with the base target of its bucket no other claims, and calls one no head target stands for dropped', () => {
    // Two base targets share a bucket; only B names the registry that protects the bucket's models.
    const a = { name: 'a', bucket: 'acme-shared', source: { lifecycle: 'a.json' } };
    const b = { name: 'b', bucket: 'acme-shared', source: { lifecycle: 'b.json' }, registry: 'registry.csv' };
    const shared: LifeguardConfig = { ...base, targets: [a, b] };
    // B renamed to C, its registry line dropped: C still stands for B and keeps its registry.
    const renamed = judgeSettings(shared, {
      ...shared,
      targets: [a, { name: 'c', bucket: 'acme-shared', source: { lifecycle: 'b.json' } }],
    });
    expect(renamed.config.targets[1]).toMatchObject({ name: 'c', registry: 'registry.csv' });
    expect(renamed.loosened.map((l) => l.setting)).toEqual(['targets[c].registry']);
    // B gone while A keeps the bucket: B's protection is dropped, which the base must approve.
    expect(judgeSettings(shared, { ...shared, targets: [a] }).loosened).toEqual([
      { setting: 'targets[b]', from: 'bucket acme-shared', to: '(removed)', pointer: '/targets' },
    ]);
  });

  it("lets the head add targets and name sources, but an existing target keeps the base's bucket, stage and registry", () => {
    const moved = { ...target, bucket: 'acme-empty', stage: 'dev', registry: undefined, source: { lifecycle: 'ckpt-v2.json' } };
    const added = { name: 'logs', bucket: 'acme-logs', source: { lifecycle: 'logs.json' } };
    const j = judgeSettings(base, head({ targets: [moved, added] }));
    expect(j.config.targets).toEqual([
      { name: 'ckpt', source: { lifecycle: 'ckpt-v2.json' }, bucket: 'acme-ckpt', stage: 'production', registry: 'registry.csv' },
      added,
    ]);
    expect(j.loosened.map((l) => l.setting)).toEqual(['targets[ckpt].stage', 'targets[ckpt].bucket', 'targets[ckpt].registry']);
    // Matched by bucket too: a renamed target is still the base's.
    const renamed = judgeSettings(base, head({ targets: [{ ...target, name: 'checkpoints', stage: 'dev' }] }));
    expect(renamed.config.targets[0]).toMatchObject({ name: 'checkpoints', stage: 'production' });
  });

  it("prices with the base's Intelligent-Tiering access assumption, and calls any change of it a loosening", () => {
    const priced = { ...target, intelligentTieringAccess: 0.25 };
    for (const [to, shown] of [
      [0.9, '0.9'],
      [0, '0'],
      [undefined, '(unset)'],
    ] as const) {
      const changed = to === undefined ? target : { ...priced, intelligentTieringAccess: to };
      const j = judgeSettings({ ...base, targets: [priced] }, head({ targets: [changed] }));
      expect(j.config.targets[0]!.intelligentTieringAccess).toBe(0.25);
      expect(j.loosened).toEqual([
        {
          setting: 'targets[ckpt].intelligentTieringAccess',
          from: '0.25',
          to: shown,
          pointer: to === undefined ? '/targets/0' : '/targets/0/intelligentTieringAccess',
        },
      ]);
    }
    // A base without it: the default (not accessed), not the head's share.
    const j = judgeSettings(base, head({ targets: [{ ...target, intelligentTieringAccess: 1 }] }));
    expect(j.config.targets[0]!.intelligentTieringAccess).toBeUndefined();
    expect(j.loosened.map((l) => `${l.setting}: ${l.from} → ${l.to}`)).toEqual(['targets[ckpt].intelligentTieringAccess: (unset) → 1']);
  });

  it("uses the defaults, not the head's settings, when the base has no .lifeguard.yml", () => {
    const j = judgeSettings(undefined, head({ gates: { 'fail-on': 'never' } }));
    expect(j.config.gates).toEqual({});
    expect(j.config.rules).toEqual({});
    expect(j.config.targets).toEqual([target]);
    expect(j.loosened.map((l) => l.setting)).toEqual(['gates.fail-on', 'rules.transition-gap', 'approvers']);
  });
});
