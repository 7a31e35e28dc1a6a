/**
 * The Terraform reader's bounds on hostile .tf files (ADR 0198): syntax nested past
 * MAX_SYNTAX_DEPTH is one parse problem at the node that crosses it, whatever the construct; a
 * module file that cannot be read is said, not silently dropped from the scope; values built by
 * evaluation share one budget per file and strings have a length cap; and only regular files are
 * read. Inputs are large enough that the old code overflowed its stack, ran for seconds or blocked.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/iac/hcl/parse.js';
import { readTerraform } from '../../src/iac/source.js';
import { MAX_EVAL_STRING, MAX_SYNTAX_DEPTH } from '../../src/load/limits.js';
import { FIXTURES, check } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'lifeguard-hcl-bounds-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(base, `m${n++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A lifecycle resource whose expiration days are `days`. */
const resource = (days: string, id = '"r"') => `resource "aws_s3_bucket_lifecycle_configuration" "x" {
  bucket = "b"
  rule {
    id     = ${id}
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = ${days}
    }
  }
}
`;

const DEEP = 3000;
const deep: Record<string, string> = {
  binary: `1${' + 1'.repeat(DEEP)}`,
  unary: `${'!'.repeat(DEEP)}true`,
  negation: `${'-'.repeat(DEEP)}1`,
  conditional: `${'true ? 1 : '.repeat(DEEP)}2`,
  parentheses: `${'('.repeat(DEEP)}1${')'.repeat(DEEP)}`,
  calls: `${'abs('.repeat(DEEP)}1${')'.repeat(DEEP)}`,
};

describe('HCL nesting', () => {
  it.each(Object.entries(deep))('%s nested 3,000 deep is one parse problem at the node that crosses the limit', async (_, expr) => {
    const r = await parseHcl(resource(expr));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(`invalid HCL: nested more than ${MAX_SYNTAX_DEPTH} levels deep`);
    expect(r.error.line).toBe(10);
    expect(r.error.column).toBeGreaterThanOrEqual(14);
  });

  it('counts brackets the bracket scan misses after a comment holding a quote', async () => {
    const r = await parseHcl(`# "\n${resource(`${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`)}# "\n`);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('nested more than'), line: 11 } });
  });

  it('still reads ordinary nesting', async () => {
    const r = await parseHcl(resource(`max(${'('.repeat(40)}1 + 2${')'.repeat(40)}, 3)`));
    expect(r.ok).toBe(true);
  });

  it('in a folder, a too-deep file is its own parse-error and the other files are still checked', async () => {
    const dir = folder({ 'a.tf': resource(deep.binary!), 'b.tf': resource('0') });
    const r = await check(dir);
    const ds = r.report.diagnostics.map((d) => `${d.file.slice(dir.length + 1)}:${d.line} ${d.ruleId}`);
    expect(ds).toContain('a.tf:10 parse-error');
    expect(ds.some((d) => d.startsWith('b.tf:') && !d.endsWith('parse-error'))).toBe(true);
    expect(r.report.summary.errors).toBeGreaterThan(0);
  });

  it("a sibling that cannot be parsed leaves the module's other declarations known and is named in a finding", async () => {
    const dir = folder({
      'main.tf': resource('var.days'),
      'variables.tf': 'variable "days" {\n  default = 0\n}\n',
      'broken.tf': `locals {\n  deep = ${deep.unary}\n}\n`,
    });
    const r = await check(join(dir, 'main.tf'));
    const messages = r.report.diagnostics.map((d) => d.message);
    // var.days is known from variables.tf: no "not evaluated" finding about it.
    expect(messages.join('\n')).not.toMatch(/var\.days/);
    expect(messages.find((m) => m.includes('broken.tf'))).toMatch(
      /could not be read: broken\.tf \(invalid HCL: nested more than 256 levels deep at broken\.tf:2:/,
    );
  });
});

describe('evaluation budget', () => {
  it('locals that fan out, named by thousands of attributes, stop at the budget with one finding', async () => {
    const lines = ['locals {', '  l0 = 1', ...Array.from({ length: 11 }, (_, i) => `  l${i + 1} = [local.l${i}, local.l${i}]`), '}'];
    const attrs = Array.from({ length: 3000 }, (_, i) => `  a${i} = local.l11`).join('\n');
    const text = `${lines.join('\n')}\n${resource('1').replace('bucket = "b"', `bucket = "b"\n${attrs}`)}`;
    const dir = folder({ 'main.tf': text });
    const read = await readTerraform(join(dir, 'main.tf'), 'main.tf');
    if (!read.ok) throw new Error(read.problem.message);
    const unit = read.source.units[0]!;
    const budget = unit.findings.filter((f) => f.message.includes('units of values'));
    expect(budget).toHaveLength(1);
    expect(budget[0]!.message).toMatch(/values from here on are not evaluated \(this file's expressions build more than 2,000,000 units/);
    expect(budget[0]!.pointer).toMatch(/^\/resource\/aws_s3_bucket_lifecycle_configuration\/x\/a\d+$/);
    // Past the bound the file is not usable: an error, never a pass of what was not evaluated.
    expect([budget[0]!.ruleId, budget[0]!.severity]).toEqual(['parse-error', 'error']);
  });

  it('charges a reference for the part it names, so a module reading fields of a large map many times stays within the budget', async () => {
    // 600 teams of about 4,000 units each: the whole map read 24 times would pass 2,000,000 units.
    const teams = Array.from(
      { length: 600 },
      (_, i) => `    team${i} = { prefix = "team${i}/", days = ${30 + i}, note = "${'n'.repeat(4000)}" }`,
    );
    const rules = Array.from(
      { length: 12 },
      (_, i) =>
        `  rule {\n    id     = "r${i}"\n    status = "Enabled"\n    filter {\n      prefix = local.teams.team${i}.prefix\n    }\n    expiration {\n      days = local.teams.team${i}.days\n    }\n  }`,
    );
    const text = `locals {\n  teams = {\n${teams.join('\n')}\n  }\n}\nresource "aws_s3_bucket_lifecycle_configuration" "x" {\n  bucket = "b"\n${rules.join('\n')}\n}\n`;
    const dir = folder({ 'main.tf': text });
    const read = await readTerraform(join(dir, 'main.tf'), 'main.tf');
    if (!read.ok) throw new Error(read.problem.message);
    const unit = read.source.units[0]!;
    expect(unit.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'iac-unknown-value')).toEqual([]);
    const made = unit.request.Rules as Array<{ Filter?: { Prefix?: string }; Expiration?: { Days?: number } }>;
    expect(made.map((r) => [r.Filter?.Prefix, r.Expiration?.Days])).toEqual(Array.from({ length: 12 }, (_, i) => [`team${i}/`, 30 + i]));
  });

  it('a .tf.json file past the budget fails with one parse-error, as a .tf file does', async () => {
    const pad = (i: number) => [`pad${i}`, { bucket: '${local.big}', rule: [{ id: 'r', status: 'Enabled', filter: { prefix: 'p/' } }] }];
    const resources = Object.fromEntries([...Array.from({ length: 40 }, (_, i) => pad(i))]);
    const dir = folder({
      'locals.tf': `locals {\n  big = "${'x'.repeat(60_000)}"\n}\n`,
      'main.tf.json': JSON.stringify({ resource: { aws_s3_bucket_lifecycle_configuration: resources } }, null, 1),
    });
    const r = await check(join(dir, 'main.tf.json'));
    const budget = r.report.diagnostics.filter((d) => d.message.includes('units of values'));
    expect(budget.map((d) => [d.ruleId, d.severity])).toEqual([['parse-error', 'error']]);
  });

  it('a template that doubles a string is cut at the length cap', async () => {
    const locals = [
      'locals {',
      `  s0 = "${'x'.repeat(1000)}"`,
      ...Array.from({ length: 12 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`),
      '}',
    ];
    const dir = folder({ 'main.tf': `${locals.join('\n')}\n${resource('1', 'local.s12')}` });
    const read = await readTerraform(join(dir, 'main.tf'), 'main.tf');
    if (!read.ok) throw new Error(read.problem.message);
    const f = read.source.units[0]!.findings.find((x) => x.pointer.endsWith('/rule/0/id'));
    expect(f?.message).toContain(`builds a string longer than ${MAX_EVAL_STRING.toLocaleString('en-US')} characters`);
  });

  it('shares one evaluation of a local between many attributes (values stay known below the budget)', async () => {
    const attrs = Array.from({ length: 200 }, (_, i) => `  a${i} = local.l5`).join('\n');
    const lines = ['locals {', '  l0 = 30', ...Array.from({ length: 5 }, (_, i) => `  l${i + 1} = [local.l${i}, local.l${i}]`), '}'];
    const dir = folder({
      'main.tf': `${lines.join('\n')}\n${resource('local.l5[0][0][0][0][0]').replace('bucket = "b"', `bucket = "b"\n${attrs}`)}`,
    });
    const read = await readTerraform(join(dir, 'main.tf'), 'main.tf');
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.source.units[0]!.findings).toEqual([]);
    expect(JSON.stringify(read.source.units[0]!.request)).toContain('"Days":30');
  });
});

describe('files that are not regular', () => {
  it('a plan JSON skips a directory and a dangling link named *.tf beside it', async () => {
    const repo = join(base, 'plan-repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    cpSync(`${FIXTURES}/terraform/module-with-variables`, repo, { recursive: true });
    mkdirSync(join(repo, 'aa.tf'));
    symlinkSync(join(repo, 'nowhere'), join(repo, 'ab.tf'));
    const r = await check(join(repo, 'plan.json'));
    const errors = r.report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.file === join(repo, 'main.tf'))).toBe(true);
  });
});
