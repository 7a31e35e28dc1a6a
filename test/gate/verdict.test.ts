import { describe, expect, it } from 'vitest';
import { evaluateGates, formatBytes, type GateSettings, type TargetOutcome } from '../../src/gate/verdict.js';

const settings: GateSettings = { failOn: 'error', deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' };
const clean: TargetOutcome = { name: 'models', errors: 0, warnings: 2 };

describe('evaluateGates', () => {
  it('passes a clean target and fails on errors, or on warnings when fail-on is warning', () => {
    expect(evaluateGates([clean], settings, []).pass).toBe(true);
    expect(evaluateGates([{ ...clean, errors: 1 }], settings, [])).toMatchObject({ pass: false, headline: 'fail: models: 1 error, 2 warnings (fail-on: error)' });
    expect(evaluateGates([clean], { ...settings, failOn: 'warning' }, []).pass).toBe(false);
    expect(evaluateGates([{ ...clean, errors: 3 }], { ...settings, failOn: 'never' }, []).pass).toBe(true);
  });

  it('fails closed when a target could not be checked, unless on-error is warn', () => {
    const broken = { ...clean, failure: 'AWS unreachable (TimeoutError)' };
    const v = evaluateGates([broken], settings, []);
    expect(v.pass).toBe(false);
    expect(v.headline).toContain('could not be checked: AWS unreachable');
    expect(evaluateGates([broken], { ...settings, onError: 'warn' }, []).pass).toBe(true);
  });

  it('fails a monthly increase over the dollar or percent limit and says by how much', () => {
    const t = { ...clean, cost: { currentUsd: 100, proposedUsd: 130 } };
    const usd = evaluateGates([t], { ...settings, maxMonthlyIncreaseUsd: 20 }, []);
    expect(usd.pass).toBe(false);
    expect(usd.gates.find((g) => g.gate === 'monthly-increase')!.reason).toBe('monthly cost $100.00 → $130.00 (+$30.00, +30.0%) exceeds the limit of +$20.00');
    expect(evaluateGates([t], { ...settings, maxMonthlyIncreasePercent: 50 }, []).pass).toBe(true);
    expect(evaluateGates([t], { ...settings, maxMonthlyIncreasePercent: 25 }, []).pass).toBe(false);
    const saving = { ...clean, cost: { currentUsd: 100, proposedUsd: 40 } };
    expect(evaluateGates([saving], { ...settings, maxMonthlyIncreaseUsd: 0 }, []).gates[1]!.reason).toContain('−$60.00, −60.0%');
  });

  it('fails a deletion over the limit until the approval label is set', () => {
    const t = { ...clean, newlyDeletedBytes: 5 * 2 ** 30 };
    const s = { ...settings, maxDeletedBytes: 2 ** 30 };
    const blocked = evaluateGates([t], s, []);
    expect(blocked.pass).toBe(false);
    const gate = blocked.gates.find((g) => g.gate === 'deleted-bytes')!;
    expect(gate).toMatchObject({ status: 'fail', approvalLabel: 'lifeguard/approve-deletion' });
    expect(gate.reason).toContain('5.0 GiB');
    const approved = evaluateGates([t], s, ['lifeguard/approve-deletion']);
    expect(approved.pass).toBe(true);
    expect(approved.gates.find((g) => g.gate === 'deleted-bytes')!.status).toBe('approved');
  });

  it('fails a production target without Object Lock when immutability is required', () => {
    const t = { ...clean, immutabilityMissing: true };
    expect(evaluateGates([t], settings, []).pass).toBe(true);
    expect(evaluateGates([t], { ...settings, requireProductionImmutability: true }, []).pass).toBe(false);
  });

  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(500 * 2 ** 30)).toBe('500 GiB');
  });
});
