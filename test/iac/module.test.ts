/**
 * A Terraform module with variables: literal defaults are evaluated (and named in the message), an
 * unknown value is an info finding and no error; its plan JSON gives the same verdicts, at the same
 * .tf lines when the files are beside it, at the plan's own lines when they are not.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/findings/types.js';
import { FIXTURES, at, check } from './helpers.js';

const MODULE = `${FIXTURES}/terraform/module-with-variables`;
const verdict = (ds: readonly Diagnostic[]) =>
  ds
    .filter((d) => d.severity !== 'info')
    .map(at)
    .sort();

describe('a module with variables', () => {
  it('evaluates literal defaults and locals; an unknown variable gives an info finding, no error', async () => {
    const r = await check(`${MODULE}/main.tf`);
    const ds = r.report.diagnostics;
    expect(verdict(ds)).toEqual(['terraform/module-with-variables/main.tf:22 expiration-after-transition']);
    const error = ds.find((d) => d.severity === 'error')!;
    expect([error.messageId, error.data]).toMatchObject([
      'notAfter',
      { when: 'at day 45', step: 'the Transition to GLACIER_IR at day 60' },
    ]);
    expect(error.message).toMatch(/\(var\.expiration_days, default in variables\.tf:18\)$/);
    const unknown = ds.filter((d) => d.ruleId === 'iac-unknown-value');
    expect(unknown.map(at)).toEqual(['terraform/module-with-variables/main.tf:35 iac-unknown-value']);
    expect(unknown[0]!.message).toContain('var.archive_days has no default');
    expect(unknown[0]!.hint).toContain('a plan JSON (terraform show -json) gives the full answer');
  });

  it('its plan JSON gives the same verdicts, at the .tf lines of the values', async () => {
    const source = await check(`${MODULE}/main.tf`);
    const plan = await check(`${MODULE}/plan.json`);
    expect(verdict(plan.report.diagnostics)).toEqual(verdict(source.report.diagnostics));
    // The plan knows archive_days (200): nothing is left unevaluated.
    expect(plan.report.diagnostics.map((d) => d.ruleId)).not.toContain('iac-unknown-value');
    expect(plan.sources.get(`${MODULE}/main.tf`)).toContain('resource "aws_s3_bucket_lifecycle_configuration" "this"');
  });

  it('the folder with both the plan and its sources reports the fault once', async () => {
    const r = await check(MODULE);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error').map(at)).toEqual([
      'terraform/module-with-variables/main.tf:22 expiration-after-transition',
    ]);
  });

  it('a plan without its sources reports at the value in the plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-plan-'));
    try {
      copyFileSync(`${MODULE}/plan.json`, join(dir, 'plan.json'));
      const r = await check(join(dir, 'plan.json'));
      const errs = r.report.diagnostics.filter((d) => d.severity === 'error');
      expect(errs.map((d) => d.ruleId)).toEqual(['expiration-after-transition']);
      expect(errs[0]!.file).toBe(join(dir, 'plan.json'));
      expect(errs[0]!.pointer).toBe('/resource_changes/0/change/after/rule/0/expiration/0/days');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a variable or local used as an operand (`var.env == "prod" ? …`, `(local.days + 30) * 2`, `!var.off`)', async () => {
    // tree-sitter gives an operation's operands flat (`var` `.env` `==` …): each operand must be read
    // as the reference it is, not as a nameless `var.` that no module declares.
    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-operands-'));
    try {
      const main = join(dir, 'main.tf');
      writeFileSync(
        main,
        [
          'variable "env" {\n  default = "prod"\n}',
          'variable "off" {\n  default = false\n}',
          'variable "tiers" {\n  default = [30, 90]\n}',
          'locals {\n  days = 30\n}',
          'resource "aws_s3_bucket_lifecycle_configuration" "this" {',
          '  bucket = "b"',
          '  rule {',
          '    id     = "ckpt"',
          '    status = !var.off ? "Enabled" : "Disabled"',
          '    filter {\n      prefix = "ckpt/"\n    }',
          '    transition {\n      days          = (local.days + 30) * 2 - 60\n      storage_class = "GLACIER_IR"\n    }',
          '    expiration {\n      days = var.env == "prod" ? 45 : var.tiers[1] * 10\n    }',
          '  }',
          '}',
          '',
        ].join('\n'),
      );
      const r = await check(main);
      const ds = r.report.diagnostics;
      expect(ds.filter((d) => d.ruleId === 'iac-unknown-value').map((d) => d.message)).toEqual([]);
      const error = ds.find((d) => d.severity === 'error');
      expect(error?.ruleId).toBe('expiration-after-transition');
      expect(error?.data).toMatchObject({ when: 'at day 45', step: 'the Transition to GLACIER_IR at day 60' });
      expect(error?.line).toBe(26);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
