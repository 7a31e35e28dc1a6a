/** The action's inputs: read once, typed, every mistake named at once; and the fail-on gate. */
import { describe, expect, it } from 'vitest';
import { gateSettings } from '../../src/action/gate-inputs.js';
import { InputError, failsGate, readInputs } from '../../src/action/inputs.js';

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('action inputs', () => {
  it('has defaults for everything', () => {
    expect(readInputs(from({}))).toEqual({
      command: 'check',
      paths: [],
      format: 'stylish',
      failOn: undefined,
      sarifFile: undefined,
      config: undefined,
      githubToken: undefined,
      comment: 'update',
      commentOn: 'changes',
      commentKey: undefined,
      gates: {},
      onError: 'fail',
      targets: undefined,
      onDrift: 'stop',
      deleteAll: false,
      dryRun: false,
      historyDepth: 50,
      driftIssue: false,
      maxObjects: 10_000,
      reportJson: undefined,
      prices: 'bundled',
      costMonths: 12,
      deadlineMs: 15 * 60_000,
      maxSuggestions: 10,
    });
  });

  it('takes max-suggestions as a whole number from 0 to 100, and names a bad one', () => {
    expect(readInputs(from({ 'max-suggestions': '0' })).maxSuggestions).toBe(0);
    expect(readInputs(from({ 'max-suggestions': '25' })).maxSuggestions).toBe(25);
    for (const bad of ['-1', '2.5', 'many', '101'])
      expect(() => readInputs(from({ 'max-suggestions': bad }))).toThrow(
        `input 'max-suggestions' is '${bad}'; use a whole number from 0 (none) to 100`,
      );
  });

  it('takes a deadline as a duration, and names a bad one', () => {
    expect(readInputs(from({ deadline: '90s' })).deadlineMs).toBe(90_000);
    expect(readInputs(from({ deadline: '1h30m' })).deadlineMs).toBe(5_400_000);
    expect(() => readInputs(from({ deadline: 'soon' }))).toThrow(/input 'deadline' is 'soon'; use a duration such as 90s, 10m or 1h/);
  });

  it('plans on pull requests and checks elsewhere unless told otherwise', () => {
    expect(readInputs(from({}), 'pull_request').command).toBe('plan');
    expect(readInputs(from({}), 'pull_request_target').command).toBe('plan');
    expect(readInputs(from({}), 'push').command).toBe('check');
    expect(readInputs(from({ command: 'apply' }), 'push').command).toBe('apply');
    expect(readInputs(from({ command: 'check' }), 'pull_request').command).toBe('check');
  });

  it('reads the gate thresholds, sizes with units, and the targets list', () => {
    const got = readInputs(
      from({
        'max-monthly-increase-usd': '$25',
        'max-monthly-increase-percent': '10%',
        'max-deleted-bytes': '10 GiB',
        'require-production-immutability': 'true',
        'deletion-approval-label': 'ok-to-delete',
        targets: 'logs, checkpoints\nmodels',
        'delete-all': 'TRUE',
      }),
    );
    expect(got.gates).toEqual({
      maxMonthlyIncreaseUsd: 25,
      maxMonthlyIncreasePercent: 10,
      maxDeletedBytes: 10 * 2 ** 30,
      requireProductionImmutability: true,
      deletionApprovalLabel: 'ok-to-delete',
    });
    expect(got.targets).toEqual(['logs', 'checkpoints', 'models']);
    expect(got.deleteAll).toBe(true);
    expect(readInputs(from({ targets: 'all' })).targets).toBe('all');
    expect(readInputs(from({ 'max-deleted-bytes': '500MB' })).gates.maxDeletedBytes).toBe(500_000_000);
  });

  it('lets inputs override .lifeguard.yml gate by gate', () => {
    const inputs = readInputs(from({ 'max-deleted-bytes': '0' })).gates;
    const settings = gateSettings(
      inputs,
      { 'max-deleted-bytes': 1000, 'max-monthly-increase-usd': 5, 'deletion-approval-label': 'approve' },
      'error',
      'warn',
    );
    expect(settings).toEqual({
      failOn: 'error',
      onError: 'warn',
      maxDeletedBytes: 0,
      maxMonthlyIncreaseUsd: 5,
      deletionApprovalLabel: 'approve',
    });
    expect(gateSettings({}, {}, 'never', 'fail').deletionApprovalLabel).toBe('lifeguard/approve-deletion');
  });

  it('takes paths on several lines or separated by spaces', () => {
    expect(readInputs(from({ paths: 'infra/s3 buckets.json\n  more/\n\n' })).paths).toEqual(['infra/s3', 'buckets.json', 'more/']);
  });

  it('reads every input, trimmed', () => {
    const got = readInputs(
      from({ format: ' sarif ', 'fail-on': 'warning', 'sarif-file': 'out.sarif', config: 'ci/.lifeguard.yml', 'github-token': 'ghs_x' }),
    );
    expect(got).toMatchObject({
      format: 'sarif',
      failOn: 'warning',
      sarifFile: 'out.sarif',
      config: 'ci/.lifeguard.yml',
      githubToken: 'ghs_x',
    });
  });

  it('names every invalid input in one error', () => {
    const read = () =>
      readInputs(
        from({
          command: 'deploy',
          format: 'html',
          'fail-on': 'always',
          comment: 'sometimes',
          'max-deleted-bytes': 'lots',
          'on-error': 'ignore',
          targets: 'all logs',
        }),
      );
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      /input 'command' is 'deploy'.*input 'format' is 'html'.*input 'fail-on' is 'always'; use one of error, warning, never/,
    );
    expect(read).toThrow(/input 'comment' is 'sometimes'; use one of update, hide-and-new, off/);
    expect(read).toThrow(/input 'on-error' is 'ignore'; use one of fail, warn/);
    expect(read).toThrow(/input 'max-deleted-bytes' is 'lots'; use a size in bytes/);
    expect(read).toThrow(/input 'targets' mixes 'all' with target names/);
  });

  it('fails the gate as fail-on says', () => {
    const none = { errors: 0, warnings: 0 };
    const warnings = { errors: 0, warnings: 2 };
    const errors = { errors: 1, warnings: 0 };
    expect([failsGate('error', none), failsGate('error', warnings), failsGate('error', errors)]).toEqual([false, false, true]);
    expect([failsGate('warning', none), failsGate('warning', warnings), failsGate('warning', errors)]).toEqual([false, true, true]);
    expect([failsGate('never', warnings), failsGate('never', errors)]).toEqual([false, false]);
  });
});
