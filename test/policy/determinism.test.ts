/**
 * The compiled bytes depend on the policy's meaning only: the same on every run, in JSON or YAML,
 * whatever order tags are written in; and a small policy edit gives a small diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRequest } from '../../src/policy/compile.js';
import { checkText, parsePolicy } from '../helpers/policy.js';

const EXAMPLE = readFileSync('examples/retention/ml-artifacts.yaml', 'utf8');
const bytes = (text: string, file = 'policy.yaml') => renderRequest(checkText(text, {}, file).compilation!.request);

describe('deterministic output', () => {
  it('compiling twice gives identical bytes', () => {
    const first = bytes(EXAMPLE);
    const second = bytes(EXAMPLE);
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });

  it('the same policy written as JSON compiles to the same bytes', () => {
    const asJson = JSON.stringify(parsePolicy(EXAMPLE).data, null, 1);
    expect(bytes(asJson, 'policy.json')).toBe(bytes(EXAMPLE));
  });

  it('tag order in the policy does not matter', () => {
    const a = EXAMPLE.replace('tags: { status: failed }', 'tags: { status: failed, run: ci }');
    const b = EXAMPLE.replace('tags: { status: failed }', 'tags: { run: ci, status: failed }');
    expect(bytes(b)).toBe(bytes(a));
  });

  it('changing one stage value changes one line of output', () => {
    const before = bytes(EXAMPLE).split('\n');
    const after = bytes(EXAMPLE.replace('expireAfterDays: 60\n', 'expireAfterDays: 90\n')).split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line.trim(), after[i]!.trim()]]));
    expect(changed).toEqual([['"Days": 60', '"Days": 90']]);
  });

  it('adding a stage adds its rules and leaves every other rule as it was', () => {
    const extra = `${EXAMPLE}  datasets:\n    select: { prefix: datasets/ }\n    expireAfterDays: 730\n`;
    const ids = (t: string) => checkText(t).compilation!.request.LifecycleConfiguration.Rules.map((r) => JSON.stringify(r));
    const before = ids(EXAMPLE);
    const after = ids(extra);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => JSON.parse(r).ID)).toEqual([
      'ml-artifacts.datasets.expire',
      'ml-artifacts.datasets.delete-markers',
      'ml-artifacts.datasets.abort-mpu',
    ]);
  });
});
