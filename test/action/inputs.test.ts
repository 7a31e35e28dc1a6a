/** The action's inputs: read once, typed, every mistake named at once; and the fail-on gate. */
import { describe, expect, it } from 'vitest';
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
    });
  });

  it('takes paths on several lines or separated by spaces', () => {
    expect(readInputs(from({ paths: 'infra/s3 buckets.json\n  more/\n\n' })).paths).toEqual(['infra/s3', 'buckets.json', 'more/']);
  });

  it('reads every input, trimmed', () => {
    const got = readInputs(from({ format: ' sarif ', 'fail-on': 'warning', 'sarif-file': 'out.sarif', config: 'ci/.lifeguard.yml', 'github-token': 'ghs_x' }));
    expect(got).toMatchObject({ format: 'sarif', failOn: 'warning', sarifFile: 'out.sarif', config: 'ci/.lifeguard.yml', githubToken: 'ghs_x' });
  });

  it('names every invalid input in one error', () => {
    const read = () => readInputs(from({ command: 'apply', format: 'html', 'fail-on': 'always' }));
    expect(read).toThrow(InputError);
    expect(read).toThrow(/input 'command' is 'apply'.*input 'format' is 'html'.*input 'fail-on' is 'always'; use one of error, warning, never\.$/);
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
