/**
 * The action end to end: the committed bundle run as the runner runs it (`node dist/action/index.js`
 * with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), asserting on what a workflow
 * sees: exit status, annotations, outputs, the job summary and the SARIF file.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANNOTATIONS_PER_SEVERITY } from '../../src/report/github.js';
import { expectNoTrace, runAction, tempDir } from './run.js';

/** A configuration whose every rule AWS rejects: Days and ExpiredObjectDeleteMarker in one Expiration (3a.1). */
function rejected(n: number, prefix = 'r'): string {
  const rules = Array.from({ length: n }, (_, i) => ({
    ID: `${prefix}${i + 1}`,
    Filter: { Prefix: `${prefix}${i + 1}/` },
    Status: 'Enabled',
    Expiration: { Days: 10, ExpiredObjectDeleteMarker: true },
  }));
  // The setting is stated so that the once-per-file info (W15) does not add a third severity.
  return JSON.stringify({ TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K', Rules: rules }, null, 2) + '\n';
}

const GOOD = JSON.stringify(
  {
    Rules: [
      { ID: 'logs', Filter: { Prefix: 'logs/' }, Status: 'Enabled', Expiration: { Days: 30 } },
      { ID: 'abort-uploads', Filter: {}, Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    ],
  },
  null,
  2,
);

function workspace(files: Record<string, string>): string {
  const dir = tempDir('lifeguard-ws-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const lines = (text: string, prefix: string) => text.split('\n').filter((l) => l.startsWith(prefix));
const summaryRows = (summary: string) => lines(summary, '| error |').length + lines(summary, '| warning |').length;

describe('action bundle', () => {
  it('fails on errors, annotates them, lists every finding in the summary and writes SARIF', () => {
    const ws = workspace({ 'lifecycle/checkpoints.json': rejected(3), 'lifecycle/logs.json': GOOD });
    const run = runAction({ paths: 'lifecycle', 'sarif-file': 'out/lifeguard.sarif' }, ws);
    expect(run.status).toBe(1);
    expect(expectNoTrace(run.stdout + run.stderr)).toBeUndefined();

    const errors = Number(run.outputs.errors);
    expect(errors).toBeGreaterThanOrEqual(3);
    expect(run.outputs.warnings).toMatch(/^\d+$/);
    expect(run.outputs['sarif-file']).toBe('out/lifeguard.sarif');

    const annotations = lines(run.stdout, '::error file=lifecycle/checkpoints.json,line=');
    expect(annotations.length).toBe(errors);
    expect(annotations[0]).toMatch(/,title=expiration-one-of::rule 'r1': its Expiration has both Days and ExpiredObjectDeleteMarker/);
    // The one annotation core.setFailed makes, carrying the verdict.
    const w = Number(run.outputs.warnings);
    expect(lines(run.stdout, '::error::')).toEqual([
      `::error::lifeguard: ${errors} errors and ${w} warning${w === 1 ? '' : 's'} in 2 files (fail-on: error).`,
    ]);

    expect(run.summary).toMatch(/^## lifeguard check\n/);
    expect(run.summary).toContain('**Failed (fail-on: error).**');
    expect(run.summary).toContain('### `lifecycle/checkpoints.json`');
    expect(summaryRows(run.summary)).toBe(errors + Number(run.outputs.warnings));

    const sarif = JSON.parse(readFileSync(join(ws, 'out/lifeguard.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(errors);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('lifecycle/checkpoints.json');
  });

  it(`annotates at most ${MAX_ANNOTATIONS_PER_SEVERITY} errors (one kept for setFailed) and says where the rest are`, () => {
    const ws = workspace({ 'many.json': rejected(30) });
    const run = runAction({ 'sarif-file': 'lifeguard.sarif' }, ws);
    expect(run.status).toBe(1);
    const errors = Number(run.outputs.errors);
    expect(errors).toBeGreaterThanOrEqual(30);
    const total = errors + Number(run.outputs.warnings);
    expect(lines(run.stdout, '::error file=')).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY - 1);
    expect(lines(run.stdout, '::error')).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY);
    const shown = lines(run.stdout, '::error file=').length + lines(run.stdout, '::warning file=').length;
    expect(lines(run.stdout, '::notice title=lifeguard::')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::notice title=lifeguard::${total - shown} of ${total} findings are not annotated .*All of them are in the job summary and in lifeguard\\.sarif\\.$`,
        ),
      ),
    ]);
    expect(summaryRows(run.summary)).toBe(total);
  });

  it('passes with fail-on: never, still reporting every finding', () => {
    const ws = workspace({ 'a.json': rejected(2) });
    const run = runAction({ 'fail-on': 'never' }, ws);
    expect(run.status).toBe(0);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(2);
    expect(run.outputs['sarif-file']).toBe('');
    expect(lines(run.stdout, '::error::')).toEqual([]);
    expect(run.summary).toContain('**Passed (fail-on: never).**');
    expect(summaryRows(run.summary)).toBeGreaterThanOrEqual(2);
  });

  it('fails on warnings with fail-on: warning, and takes fail-on from .lifeguard.yml when the input is empty', () => {
    const files = { 'a.json': rejected(1), '.lifeguard.yml': 'rules:\n  expiration-one-of: warning\ngates:\n  fail-on: warning\n' };
    const fromConfig = runAction({}, workspace(files));
    expect(fromConfig.outputs.warnings).not.toBe('0');
    expect(fromConfig.status).toBe(1);
    expect(lines(fromConfig.stdout, '::error::')[0]).toMatch(/\(fail-on: warning\)\.$/);

    const overridden = runAction({ 'fail-on': 'error' }, workspace(files));
    expect(overridden.outputs.errors).toBe('0');
    expect(overridden.status).toBe(0);
  });

  it('passes a clean workspace with an empty-handed summary', () => {
    const run = runAction({ paths: 'logs.json' }, workspace({ 'logs.json': GOOD }));
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', 'sarif-file': '' });
    expect(run.summary).toContain('No problems in 1 file.');
    expect(run.stdout).not.toMatch(/^::(error|warning)/m);
  });

  it('fails, naming every bad input at once, without a stack trace', () => {
    const run = runAction({ 'fail-on': 'sometimes', format: 'xml', command: 'deploy' }, workspace({ 'logs.json': GOOD }));
    expect(run.status).toBe(1);
    const failed = lines(run.stdout, '::error::');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain("input 'command' is 'deploy'");
    expect(failed[0]).toContain("input 'format' is 'xml'");
    expect(failed[0]).toContain("input 'fail-on' is 'sometimes'; use one of error, warning, never");
    expect(expectNoTrace(run.stdout + run.stderr)).toBeUndefined();
  });

  it('fails on a path it cannot read, even with fail-on: never', () => {
    const run = runAction({ paths: 'logs.json missing.json', 'fail-on': 'never' }, workspace({ 'logs.json': GOOD }));
    expect(run.status).toBe(1);
    expect(lines(run.stdout, '::error::')).toEqual([
      '::error::lifeguard: the check is incomplete: 1 path could not be read (missing.json: no such file or folder).',
    ]);
    expect(run.summary).toContain('> Could not read missing.json: no such file or folder.');
  });

  it('fails on a broken .lifeguard.yml with its problems annotated at their lines', () => {
    const ws = workspace({ 'logs.json': GOOD, '.lifeguard.yml': 'rules:\n  no-such-rule: error\n' });
    const run = runAction({}, ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=\.lifeguard\.yml,line=2,.*title=config-schema::rules: "no-such-rule" is not a lifeguard rule/m,
    );
    expect(lines(run.stdout, '::error::')[0]).toContain('the configuration file has 1 problem; nothing was checked');
  });

  it('keeps the job summary under its budget with a visible notice when findings do not fit', () => {
    // Three files of 1,000 rejected rules: about 3,000 rows, well over the summary budget.
    const ws = workspace({ 'a.json': rejected(1000, 'a'), 'b.json': rejected(1000, 'b'), 'c.json': rejected(1000, 'c') });
    const run = runAction({ 'sarif-file': 'lifeguard.sarif' }, ws);
    expect(run.status).toBe(1);
    const total = Number(run.outputs.errors) + Number(run.outputs.warnings);
    expect(total).toBeGreaterThanOrEqual(3000);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024 * 0.6);
    const rows = summaryRows(run.summary);
    expect(rows).toBeGreaterThan(500);
    expect(run.summary).toContain(`**The list stops here: ${total - rows} more findings did not fit.**`);
    expect(run.summary).toContain('Every finding is in the SARIF file `lifeguard.sarif`');
    expect(existsSync(join(ws, 'lifeguard.sarif'))).toBe(true);
  });
});
