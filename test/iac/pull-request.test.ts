/**
 * A pull request that changes a Terraform module's files, without AWS credentials (lint only): the
 * target whose source is that module is touched, its findings are in its section at the .tf lines,
 * and a changed .tf file of no target is still checked.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LifeguardConfig } from '../../src/config/config.js';
import { runPullRequest } from '../../src/pipeline/pull-request.js';
import { ROOT, tempDir } from '../e2e/run.js';
import { FIXTURES } from './helpers.js';

describe('a pull request changing .tf files', () => {
  it('touches the Terraform target and puts its findings in its section', async () => {
    const repo = tempDir('lifeguard-pr-iac-');
    mkdirSync(join(repo, 'infra'));
    cpSync(join(ROOT, FIXTURES, 'terraform/module-with-variables/main.tf'), join(repo, 'infra/main.tf'));
    cpSync(join(ROOT, FIXTURES, 'terraform/module-with-variables/variables.tf'), join(repo, 'infra/variables.tf'));
    cpSync(join(ROOT, FIXTURES, 'terraform/issues/filter-two-predicates.tf'), join(repo, 'other.tf'));
    const config: LifeguardConfig = {
      file: '.lifeguard.yml',
      dir: repo,
      rules: {},
      gates: {},
      targets: [
        { name: 'ml', bucket: 'ml-checkpoints', source: { terraform: 'infra', resource: 'aws_s3_bucket_lifecycle_configuration.this' } },
      ],
    };
    const run = await runPullRequest({
      config,
      cwd: repo,
      root: repo,
      env: {},
      changed: ['infra/variables.tf', 'other.tf'],
      paths: [],
      live: { kind: 'none', reason: 'no AWS credentials found' },
      settings: { failOn: 'error', deletionApprovalLabel: 'lifeguard: approve deletion', onError: 'fail' },
      failures: [],
      notices: [],
      maxObjects: 0,
      now: new Date('2026-12-03T00:00:00Z'),
      cost: { prices: 'bundled', months: 12 },
    });
    expect(run.report.targets.map((t) => t.name)).toEqual(['ml']);
    const section = run.report.targets[0]!;
    expect(section.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      'infra/main.tf:22 expiration-after-transition',
    ]);
    // other.tf belongs to no target and is checked all the same.
    expect(run.report.otherDiagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      'other.tf:12 filter-single-predicate',
    ]);
    expect(run.report.verdict.pass).toBe(false);
  });
});
