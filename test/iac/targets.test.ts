/**
 * `.lifeguard.yml` targets whose rules live in Terraform or CloudFormation: how the source is
 * written and checked, which changed files touch them, and `lifeguard cost --proposed` on a resource.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig, type LifeguardConfig } from '../../src/config/config.js';
import { readConfiguration } from '../../src/pipeline/cost-configuration.js';
import { proposedConfiguration } from '../../src/plan/source.js';
import { parseText } from '../../src/load/document.js';
import { touchedTargets } from '../../src/pipeline/targets.js';
import { resolveFindings } from '../../src/findings/resolve.js';
import { ROOT } from '../e2e/run.js';
import { Workspace } from '../../src/workspace/workspace.js';
import { FIXTURES } from './helpers.js';

function problems(source: string): string[] {
  const doc = parseText('.lifeguard.yml', `targets:\n  - name: ml\n    bucket: ml-data\n    source:\n${source}`);
  if (!doc.ok) throw new Error(doc.problem.message);
  const result = parseConfig(doc.doc, '/repo');
  return result.ok
    ? []
    : resolveFindings(result.findings, new Map([[doc.doc.file, doc.doc]])).map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('targets with a Terraform or CloudFormation source', () => {
  it('accept terraform or cloudformation with the resource, and nothing half-given', () => {
    expect(problems('      terraform: infra/\n      resource: aws_s3_bucket_lifecycle_configuration.ml_data\n')).toEqual([]);
    expect(problems('      cloudformation: stack.yaml\n      resource: MlDataBucket\n')).toEqual([]);
    expect(problems('      terraform: infra/\n')).toEqual([
      expect.stringMatching(/^4:5 .*names a Terraform or CloudFormation file but not the "resource"/),
    ]);
    expect(problems('      resource: MlDataBucket\n      lifecycle: x.json\n')).toEqual([
      expect.stringMatching(
        /"resource" names a Terraform address or CloudFormation logical ID, so it needs "terraform" or "cloudformation"/,
      ),
    ]);
    expect(problems('      terraform: main.tf\n      lifecycle: x.json\n      resource: a.b\n')).toEqual([
      expect.stringMatching(/not terraform and lifecycle/),
    ]);
  });

  it('are touched by their template, and by every file of their module folder that Terraform reads', () => {
    const config: LifeguardConfig = {
      file: '.lifeguard.yml',
      dir: '/repo',
      rules: {},
      gates: {},
      targets: [
        { name: 'tf', bucket: 'a', source: { terraform: 'infra/s3', resource: 'aws_s3_bucket_lifecycle_configuration.a' } },
        { name: 'cfn', bucket: 'b', source: { cloudformation: 'stacks/b.yaml', resource: 'B' } },
      ],
    };
    const touched = (...files: string[]) => touchedTargets(config, files, '/repo').map((t) => `${t.target.name}: ${t.because.join(' ')}`);
    expect(touched('infra/s3/variables.tf', 'infra/s3/prod.auto.tfvars', 'infra/s3/README.md')).toEqual([
      'tf: infra/s3/variables.tf infra/s3/prod.auto.tfvars',
    ]);
    expect(touched('infra/s3/nested/x.tf', 'infra/other.tf')).toEqual([]);
    // A tfvars file Terraform reads only when named (-var-file) is no part of what lifeguard evaluates.
    expect(touched('infra/s3/prod.tfvars', 'infra/s3/terraform.tfvars.json')).toEqual(['tf: infra/s3/terraform.tfvars.json']);
    expect(touched('stacks/b.yaml')).toEqual(['cfn: stacks/b.yaml']);
  });

  it('a .tf file given as a lifecycle source is named as such, and a resource is found in its module folder', async () => {
    const config: LifeguardConfig = { dir: `${ROOT}/${FIXTURES}`, rules: {}, gates: {}, targets: [], workspace: new Workspace(ROOT, ROOT) };
    const wrong = await proposedConfiguration(
      { name: 'ml', bucket: 'ml-data', source: { lifecycle: 'expiration-before-transition/terraform/main.tf' } },
      config,
    );
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringContaining('is a Terraform file: name it as "terraform" with the "resource"'),
    });
    const right = await proposedConfiguration(
      {
        name: 'ml',
        bucket: 'ml-data',
        source: { terraform: 'expiration-before-transition/terraform', resource: 'aws_s3_bucket_lifecycle_configuration.ml_data' },
      },
      config,
    );
    if (!right.ok) throw new Error(right.message);
    expect(right.proposed.file).toBe(`${FIXTURES}/expiration-before-transition/terraform/main.tf`);
    expect(right.proposed.configuration.Rules).toHaveLength(1);
    expect(right.proposed.findings.map((f) => f.ruleId)).toContain('expiration-after-transition');
    const other = await proposedConfiguration(
      {
        name: 'ml',
        bucket: 'other',
        source: { terraform: 'expiration-before-transition/terraform', resource: 'aws_s3_bucket_lifecycle_configuration.ml_data' },
      },
      config,
    );
    expect(other).toMatchObject({ ok: false, message: expect.stringContaining('is for bucket ml-data, but target ml is bucket other') });
  });

  it('lifeguard cost --proposed reads a resource: a file with one, or FILE#ADDRESS', async () => {
    const one = await readConfiguration(`${ROOT}/${FIXTURES}/expiration-before-transition/terraform/main.tf`, 'main.tf');
    expect(one.rules).toHaveLength(1);
    const named = await readConfiguration(
      `${ROOT}/${FIXTURES}/expiration-before-transition/cloudformation/template.yaml#MlDataBucket`,
      'template.yaml#MlDataBucket',
    );
    expect(named.rules).toHaveLength(1);
    await expect(readConfiguration(`${ROOT}/${FIXTURES}/terraform/module-with-variables/main.tf`, 'main.tf')).rejects.toThrow(
      /known only at plan or deploy time \(.*var\.archive_days has no default/,
    );
  });
});
