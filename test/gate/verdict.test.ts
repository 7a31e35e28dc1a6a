import { describe, expect, it } from 'vitest';
import type { Approval } from '../../src/gate/approval.js';
import { evaluateGates, formatBytes, type GateSettings, type TargetOutcome } from '../../src/gate/verdict.js';

const settings: GateSettings = { failOn: 'error', deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' };
const clean: TargetOutcome = { name: 'models', errors: 0, warnings: 2 };
const alice: Approval = { by: 'alice', via: 'review', commit: 'c'.repeat(40), at: '2026-11-20T10:00:00Z', authority: 'write access' };

describe('evaluateGates', () => {
  it('passes a clean target and fails on errors, or on warnings when fail-on is warning', () => {
    expect(evaluateGates([clean], settings)).toMatchObject({ pass: true, result: 'pass', headline: 'pass' });
    expect(evaluateGates([{ ...clean, errors: 1 }], settings)).toMatchObject({
      pass: false,
      result: 'fail',
      headline: 'fail: models: 1 error, 2 warnings (fail-on: error)',
    });
    expect(evaluateGates([clean], { ...settings, failOn: 'warning' }).pass).toBe(false);
    expect(evaluateGates([{ ...clean, errors: 3 }], { ...settings, failOn: 'never' }).pass).toBe(true);
  });

  it('fails closed when a target could not be checked, unless on-error is warn (the gate then passes, warned)', () => {
    const broken = { ...clean, failure: 'AWS unreachable (TimeoutError)' };
    const v = evaluateGates([broken], settings);
    expect(v.result).toBe('fail');
    expect(v.headline).toContain('could not be checked: AWS unreachable');
    const warned = evaluateGates([broken], { ...settings, onError: 'warn' });
    expect(warned.pass).toBe(true);
    expect(warned.gates.find((g) => g.gate === 'errors')).toMatchObject({ status: 'pass', warned: true });
  });

  it('is incomplete, not a pass, when the live bucket was not read; incomplete fails unless allow-incomplete', () => {
    const blind = { ...clean, liveMissing: 'no AWS credentials found', deletionMissing: undefined };
    const v = evaluateGates([blind], { ...settings, maxDeletedBytes: 1 });
    expect(v).toMatchObject({ result: 'incomplete', pass: false });
    expect(v.gates.filter((g) => g.status === 'not-evaluated').map((g) => g.gate)).toEqual(['live-state', 'deleted-bytes']);
    expect(v.headline).toBe(
      'incomplete: models: bucket-state rules not evaluated: no AWS credentials found; models: the data the change deletes is not known: no AWS credentials found',
    );
    expect(evaluateGates([blind], { ...settings, allowIncomplete: true })).toMatchObject({ result: 'incomplete', pass: true });
    // Broken credentials fail closed whatever the settings allow.
    expect(
      evaluateGates([blind], { ...settings, allowIncomplete: true }, { failClosed: 'AWS credentials are configured by …' }),
    ).toMatchObject({ result: 'incomplete', pass: false });
    // A failure wins over an open gate.
    expect(evaluateGates([{ ...blind, errors: 1 }], settings).result).toBe('fail');
  });

  it('fails a monthly increase over the dollar or percent limit and says by how much; no projection is not evaluated', () => {
    const t = { ...clean, cost: { currentUsd: 100, proposedUsd: 130 } };
    const usd = evaluateGates([t], { ...settings, maxMonthlyIncreaseUsd: 20 });
    expect(usd.pass).toBe(false);
    expect(usd.gates.find((g) => g.gate === 'monthly-increase')!.reason).toBe(
      'monthly cost $100.00 → $130.00 (+$30.00, +30.0%) exceeds the limit of +$20.00',
    );
    expect(evaluateGates([t], { ...settings, maxMonthlyIncreasePercent: 50 }).pass).toBe(true);
    expect(evaluateGates([t], { ...settings, maxMonthlyIncreasePercent: 25 }).pass).toBe(false);
    const saving = { ...clean, cost: { currentUsd: 100, proposedUsd: 40 } };
    expect(
      evaluateGates([saving], { ...settings, maxMonthlyIncreaseUsd: 0 }).gates.find((g) => g.gate === 'monthly-increase')!.reason,
    ).toContain('−$60.00, −60.0%');
    const none = evaluateGates([{ ...clean, costMissing: 'the inventory x is of bucket y, not models' }], {
      ...settings,
      maxMonthlyIncreaseUsd: 0,
    });
    expect(none.result).toBe('incomplete');
    expect(none.gates.find((g) => g.gate === 'monthly-increase')).toMatchObject({
      status: 'not-evaluated',
      reason: 'no cost projection: the inventory x is of bucket y, not models',
    });
    // A target without an inventory has no cost evidence to judge: the cost gates do not apply to it.
    expect(evaluateGates([clean], { ...settings, maxMonthlyIncreaseUsd: 0 }).gates.map((g) => g.gate)).toEqual(['findings', 'live-state']);
  });

  it('fails a deletion over the limit until someone with the right approves the head commit', () => {
    const t = { ...clean, deletedBytes: 5 * 2 ** 30 };
    const s = { ...settings, maxDeletedBytes: 2 ** 30 };
    const blocked = evaluateGates([t], s);
    expect(blocked.pass).toBe(false);
    const gate = blocked.gates.find((g) => g.gate === 'deleted-bytes')!;
    expect(gate).toMatchObject({ status: 'fail', approvalLabel: 'lifeguard/approve-deletion' });
    expect(gate.reason).toContain('5.0 GiB earlier than the current rules would');
    const approved = evaluateGates([t], s, { approvals: [alice] });
    expect(approved.pass).toBe(true);
    expect(approved.gates.find((g) => g.gate === 'deleted-bytes')).toMatchObject({ status: 'pass', approvedBy: [alice] });
    expect(approved.gates.find((g) => g.gate === 'deleted-bytes')!.reason).toContain('approved by @alice (review on ccccccc)');
  });

  it('fails a loosened setting until approved, naming old and new', () => {
    const loosened = [{ setting: 'gates.fail-on', from: 'error', to: 'never' }];
    const v = evaluateGates([clean], settings, { loosened });
    expect(v.result).toBe('fail');
    expect(v.gates[0]).toMatchObject({ gate: 'settings', status: 'fail' });
    expect(v.gates[0]!.reason).toContain('loosens a setting the base commit decides: gates.fail-on error → never');
    expect(evaluateGates([clean], settings, { loosened, approvals: [alice] }).pass).toBe(true);
  });

  it('fails a production target without Object Lock when immutability is required, and cannot judge one whose bucket was not read', () => {
    const t = { ...clean, immutabilityMissing: true };
    expect(evaluateGates([t], settings).pass).toBe(true);
    expect(evaluateGates([t], { ...settings, requireProductionImmutability: true }).pass).toBe(false);
    expect(evaluateGates([{ ...clean, immutabilityUnknown: true }], { ...settings, requireProductionImmutability: true }).result).toBe(
      'incomplete',
    );
  });

  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(500 * 2 ** 30)).toBe('500 GiB');
  });
});
