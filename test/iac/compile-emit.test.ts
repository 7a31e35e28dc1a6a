/**
 * `lifeguard compile --emit terraform|cloudformation`: the example policy's resource reads back
 * (through lifeguard's own Terraform and CloudFormation readers) as the very rules compile emits as
 * JSON, the output is deterministic, and the committed files beside the policy are today's output.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { normalizeConfiguration } from '../../src/model/canonical.js';
import { fromDocument, readTerraform } from '../../src/iac/source.js';
import { readSource } from '../../src/load/read.js';
import { parseHcl } from '../../src/iac/hcl/parse.js';
import { runCompile, type EmitFormat } from '../../src/pipeline/compile.js';
import { ROOT } from '../e2e/run.js';

const POLICY = 'examples/retention/ml-artifacts.yaml';
const dir = mkdtempSync(join(tmpdir(), 'lifeguard-emit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function compile(format: EmitFormat): Promise<string> {
  const loaded = await loadConfig(undefined, ROOT);
  if (!loaded.ok) throw new Error('config');
  const r = await runCompile([POLICY], loaded.config, ROOT, format);
  expect(r.report.summary.errors).toBe(0);
  return r.outputs[0]!.text;
}

async function expected() {
  const request = JSON.parse(await compile('json'));
  return normalizeConfiguration({
    ...request.LifecycleConfiguration,
    TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize,
  });
}

describe('compile --emit', () => {
  it('terraform: the resource parses back to the same rules', async () => {
    const text = await compile('terraform');
    const path = join(dir, 'main.tf');
    writeFileSync(path, text);
    const read = await readTerraform(path, 'main.tf');
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.source.units).toHaveLength(1);
    expect(read.source.units[0]!.findings).toEqual([]);
    expect(normalizeConfiguration(read.source.units[0]!.request)).toEqual(await expected());
    expect(read.source.units[0]!.bucket).toBe('ml-model-artifacts');
  });

  it('cloudformation: the template parses back to the same rules', async () => {
    const text = await compile('cloudformation');
    const path = join(dir, 'template.yaml');
    writeFileSync(path, text);
    const read = await readSource(path, 'template.yaml');
    if (!read.ok) throw new Error(read.problem.message);
    const source = await fromDocument(path, read.doc, 'cloudformation');
    expect(source.units).toHaveLength(1);
    expect(normalizeConfiguration(source.units[0]!.request)).toEqual(await expected());
    expect(text).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"\n/);
  });

  it('is deterministic and matches the files committed beside the policy', async () => {
    for (const [format, file] of [
      ['terraform', 'ml-artifacts.lifecycle.tf'],
      ['cloudformation', 'ml-artifacts.template.yaml'],
    ] as const) {
      const text = await compile(format);
      expect(await compile(format)).toBe(text);
      expect(readFileSync(join(ROOT, 'examples/retention', file), 'utf8')).toBe(text);
    }
  });

  it('terraform: formatted the way terraform fmt leaves it', async () => {
    const lines = (await compile('terraform')).split('\n');
    // Two-space indentation, no tabs, no trailing blanks, one blank line at most.
    for (const l of lines) expect(l).toMatch(/^( {2})*\S.*\S$|^( {2})*[{}]$|^$/);
    expect((await compile('terraform')).includes('\n\n\n')).toBe(false);
    // The `=` of consecutive one-line attributes are aligned.
    const run = lines.slice(2, 4);
    expect(run.map((l) => l.indexOf('='))).toEqual([run[0]!.indexOf('='), run[0]!.indexOf('=')]);
    expect(run[0]).toBe('  bucket                                 = "ml-model-artifacts"');
  });
});

describe('compile --emit terraform: hostile prefixes', () => {
  it('writes `${` and `%{` in a policy prefix as HCL escapes, so they read back as the literal prefix', async () => {
    const prefix = 'ml/${timestamp()}/%{ if true }x%{ endif }/';
    const policy = join(dir, 'inject.yaml');
    writeFileSync(
      policy,
      [
        'apiVersion: lifeguard/v1',
        'kind: RetentionPolicy',
        'metadata: { name: x }',
        'bucket: { name: ok-bucket, region: us-east-1 }',
        'stages:',
        '  dev:',
        `    select: { prefix: ${JSON.stringify(prefix)} }`,
        '    expireAfterDays: 14',
        '',
      ].join('\n'),
    );
    const loaded = await loadConfig(undefined, ROOT);
    if (!loaded.ok) throw new Error('config');
    const r = await runCompile([policy], loaded.config, ROOT, 'terraform');
    const text = r.outputs[0]!.text;
    // Never live interpolation or a directive that Terraform would run.
    expect(text).not.toMatch(/(^|[^$])\$\{timestamp/);
    expect(text).toContain('$${timestamp()}');
    expect(text).toContain('%%{ if true }');
    const path = join(dir, 'inject.tf');
    writeFileSync(path, text);
    const parsed = await parseHcl(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const read = await readTerraform(path, 'inject.tf');
    if (!read.ok) throw new Error(read.problem.message);
    const rules = read.source.units[0]!.request.Rules as Array<{ Filter?: { Prefix?: string } }>;
    expect(rules.map((x) => x.Filter?.Prefix)).toContain(prefix);
  });
});
