import { describe, expect, it } from 'vitest';
import { timedActions } from '../../src/lint/actions.js';
import { comparableGroups, overlappingPairs, tracePath } from '../../src/lint/lifecycle-path.js';
import { ruleViews } from '../../src/lint/view.js';

const views = (...rules: Array<Record<string, unknown>>) => ruleViews({ Rules: rules }, '');
const rule = (ID: string, body: Record<string, unknown>) => ({ ID, Status: 'Enabled', Filter: {}, ...body });

/** The trace of every action of the given rules, one scope and basis at a time. */
function trace(...rules: Array<Record<string, unknown>>) {
  const actions = views(...rules).flatMap(timedActions);
  const groups = comparableGroups(actions).map(tracePath);
  return {
    stays: groups.flatMap((g) => g.residencies).map((r) => `${r.storageClass} ${r.enter.at}->${r.leave.at} (${r.leave.rule.label})`),
    lost: groups
      .flatMap((g) => g.superseded)
      .map((s) => `${s.action.rule.label} ${s.action.element}@${s.action.at}: ${s.reason} by ${s.by.rule.label}`),
  };
}

describe('tracePath', () => {
  it('follows one rule through its transitions to its expiration', () => {
    const t = trace(
      rule('a', {
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 90, StorageClass: 'GLACIER' },
        ],
        Expiration: { Days: 365 },
      }),
    );
    expect(t.stays).toEqual(["STANDARD_IA 30->90 (rule 'a')", "GLACIER 90->365 (rule 'a')"]);
    expect(t.lost).toEqual([]);
  });

  it('honours the shorter of two expirations', () => {
    const t = trace(rule('long', { Expiration: { Days: 730 } }), rule('short', { Expiration: { Days: 365 } }));
    expect(t.lost).toEqual(["rule 'long' Expiration@730: shorter-expiration by rule 'short'"]);
  });

  it('lets deletion win over a transition due the same day (AWS conflicts example 2)', () => {
    const t = trace(
      rule('Rule 1', { Expiration: { Days: 365 } }),
      rule('Rule 2', { Transitions: [{ Days: 365, StorageClass: 'STANDARD_IA' }] }),
    );
    expect(t.lost).toEqual(["rule 'Rule 2' Transition@365: deletion-first by rule 'Rule 1'"]);
  });

  it('drops transitions due after the objects are deleted', () => {
    const t = trace(
      rule('archive', { Transitions: [{ Days: 365, StorageClass: 'GLACIER' }] }),
      rule('purge', { Expiration: { Days: 14 } }),
    );
    expect(t.lost).toEqual(["rule 'archive' Transition@365: deleted-before by rule 'purge'"]);
  });

  it('picks the preferred class when two transitions fall due together', () => {
    const glacier = trace(
      rule('ia', { Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }),
      rule('gfr', { Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }),
    );
    expect(glacier.lost).toEqual(["rule 'ia' Transition@30: preferred-class by rule 'gfr'"]);
    // Intelligent-Tiering beats the other non-archive classes, even the cheaper GLACIER_IR ...
    const it = trace(
      rule('gir', { Transitions: [{ Days: 0, StorageClass: 'GLACIER_IR' }] }),
      rule('int', { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] }),
    );
    expect(it.lost).toEqual(["rule 'gir' Transition@0: preferred-class by rule 'int'"]);
    // ... but not GLACIER or DEEP_ARCHIVE.
    const gfr = trace(
      rule('int', { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] }),
      rule('gfr', { Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] }),
    );
    expect(gfr.lost).toEqual(["rule 'int' Transition@0: preferred-class by rule 'gfr'"]);
    const da = trace(
      rule('int', { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] }),
      rule('gda', { Transitions: [{ Days: 0, StorageClass: 'DEEP_ARCHIVE' }] }),
    );
    expect(da.lost).toEqual(["rule 'int' Transition@0: preferred-class by rule 'gda'"]);
  });

  it('drops transitions the waterfall does not allow from where the objects are', () => {
    const t = trace(
      rule('it', { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] }),
      rule('sia', { Transitions: [{ Days: 90, StorageClass: 'STANDARD_IA' }] }),
    );
    expect(t.lost).toEqual(["rule 'sia' Transition@90: unreachable by rule 'it'"]);
    const same = trace(
      rule('early', { Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }),
      rule('late', { Transitions: [{ Days: 365, StorageClass: 'STANDARD_IA' }] }),
    );
    expect(same.lost).toEqual(["rule 'late' Transition@365: already-there by rule 'early'"]);
  });

  it('combines two rules into one path when nothing conflicts (AWS conflicts example 1)', () => {
    const t = trace(
      rule('Rule 1', { Expiration: { Days: 365 } }),
      rule('Rule 2', { Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }),
    );
    expect(t.lost).toEqual([]);
    expect(t.stays).toEqual(["STANDARD_IA 30->365 (rule 'Rule 1')"]);
  });

  it('keeps a conditional noncurrent expiration from deleting everything', () => {
    const t = trace(
      rule('keep5', { NoncurrentVersionExpiration: { NoncurrentDays: 30, NewerNoncurrentVersions: 5 } }),
      rule('archive', { NoncurrentVersionTransitions: [{ NoncurrentDays: 60, StorageClass: 'GLACIER' }] }),
    );
    expect(t.lost).toEqual([]);
  });

  it('never compares days with dates or current with noncurrent versions', () => {
    const t = trace(
      rule('dated', { Expiration: { Date: '2030-01-01T00:00:00Z' } }),
      rule('aged', { Transitions: [{ Days: 30, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
    );
    expect(t.lost).toEqual([]);
    expect(t.stays).toEqual([]);
  });
});

describe('overlappingPairs', () => {
  it('pairs enabled rules whose selections overlap, with the relation from the first rule', () => {
    const pairs = overlappingPairs(
      views(
        { ID: 'all', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } },
        { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
        { ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 } },
        { ID: 'off', Status: 'Disabled', Filter: {}, Expiration: { Days: 1 } },
      ),
    );
    expect(pairs.map((p) => `${p.a.label}/${p.b.label}: ${p.relation}`)).toEqual([
      "rule 'all'/rule 'logs': contains",
      "rule 'all'/rule 'tmp': contains",
    ]);
  });

  it('leaves out what AWS rejects: V1 rules sharing an action type, V1 mixed with V2', () => {
    const v1 = overlappingPairs(
      views(
        { ID: 'a', Status: 'Enabled', Prefix: '', Expiration: { Days: 365 } },
        { ID: 'b', Status: 'Enabled', Prefix: 'logs/', Expiration: { Days: 30 } },
        { ID: 'c', Status: 'Enabled', Prefix: 'logs/', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] },
      ),
    );
    expect(v1.map((p) => `${p.a.label}/${p.b.label}`)).toEqual(["rule 'a'/rule 'c'", "rule 'b'/rule 'c'"]);
    const mixed = overlappingPairs(
      views(
        { ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } },
        { ID: 'b', Status: 'Enabled', Prefix: 'logs/', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] },
      ),
    );
    expect(mixed).toEqual([]);
  });
});
