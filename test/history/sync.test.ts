/**
 * Where a bucket stands against the branch's history (src/history/sync.ts), on real git
 * repositories: in sync, lagging (the newest commit whose rules it holds), drifted (no version
 * matches, within the bounded search), the target renamed or its source moved, policies compiled as
 * they were, and a shallow clone or a folder without git said to be unknown, with what to do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type LifeguardConfig } from '../../src/config/config.js';
import { History } from '../../src/history/sync.js';
import { commit, git } from '../helpers/git.js';
import { workspace } from '../helpers/s3.js';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const rules = (days: number) => ({
  Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: days } }],
});
const yml = (file = 'logs.json', name = 'logs') =>
  `targets:\n  - name: ${name}\n    bucket: acme-logs\n    source:\n      lifecycle: ${file}\n`;

async function configOf(dir: string): Promise<LifeguardConfig> {
  const loaded = await loadConfig(undefined, dir);
  if (!loaded.ok) throw new Error('config');
  return loaded.config;
}

async function stateOf(dir: string, live: ReturnType<typeof rules> | undefined, depth = 50, head = 'HEAD') {
  const config = await configOf(dir);
  const history = await History.open({ root: dir, head, depth }, config);
  try {
    return await history.syncOf(config.targets[0]!, rules(7), live);
  } finally {
    await history.close();
  }
}

function repo(): { dir: string; c: string[] } {
  const dir = workspace({});
  git(dir, 'init', '-q', '-b', 'main');
  const c = [commit(dir, { '.lifeguard.yml': yml(), 'logs.json': json(rules(30)) }, 'first')];
  c.push(commit(dir, { 'README.md': 'x\n' }, 'docs only'));
  c.push(commit(dir, { 'logs.json': json(rules(14)) }, 'fourteen'));
  c.push(commit(dir, { 'logs.json': json(rules(30)) }, 'back to thirty'));
  c.push(commit(dir, { 'logs.json': json(rules(7)) }, 'seven'));
  return { dir, c };
}

describe('History.syncOf', () => {
  it("is in sync when the live rules are the head's", async () => {
    expect(await stateOf(repo().dir, rules(7))).toEqual({ state: 'in-sync' });
  });

  it("is lagging at the newest commit whose rules the bucket holds, and names the commit that introduced the head's rules", async () => {
    const { dir, c } = repo();
    const s = await stateOf(dir, rules(30));
    expect(s).toMatchObject({
      state: 'lagging',
      since: { sha: c[3], subject: 'back to thirty' },
      desiredSince: { sha: c[4], subject: 'seven' },
      searched: 2,
    });
    expect(await stateOf(dir, rules(14))).toMatchObject({ state: 'lagging', since: { sha: c[2] } });
  });

  it('a bucket without rules lags behind a target that had no file yet; rules no commit had are drift', async () => {
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const first = commit(dir, { '.lifeguard.yml': yml() }, 'target named, no file yet');
    commit(dir, { 'logs.json': json(rules(7)) }, 'rules');
    expect(await stateOf(dir, undefined)).toMatchObject({ state: 'lagging', since: { sha: first } });
    expect(await stateOf(dir, rules(5))).toEqual({
      state: 'drifted',
      searched: 2,
      complete: true,
      desiredSince: expect.objectContaining({ subject: 'rules' }),
    });
  });

  it('searches at most `depth` commits: an older version is beyond it, and drift says the search was not the whole history', async () => {
    const { dir } = repo();
    expect(await stateOf(dir, rules(14), 3)).toMatchObject({ state: 'lagging' });
    expect(await stateOf(dir, rules(14), 2)).toEqual({ state: 'drifted', searched: 2, complete: false, desiredSince: expect.anything() });
  });

  it('follows a target whose source file moved (the older .lifeguard.yml names the old path)', async () => {
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const old = commit(dir, { '.lifeguard.yml': yml('old/logs.json'), 'old/logs.json': json(rules(30)) }, 'old place');
    git(dir, 'rm', '-q', 'old/logs.json');
    commit(dir, { '.lifeguard.yml': yml('new/logs.json'), 'new/logs.json': json(rules(7)) }, 'moved and shortened');
    expect(await stateOf(dir, rules(30))).toMatchObject({ state: 'lagging', since: { sha: old } });
  });

  it('reads policies as they compiled then', async () => {
    const policy = (days: number) =>
      `apiVersion: lifeguard/v1\nkind: RetentionPolicy\nmetadata: { name: logs }\nbucket: { name: acme-logs }\nstages:\n  all:\n    select: { prefix: logs/ }\n    expireAfterDays: ${days}\n`;
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const c0 = commit(
      dir,
      { '.lifeguard.yml': 'targets:\n  - name: logs\n    bucket: acme-logs\n    source: { policy: p.yaml }\n', 'p.yaml': policy(30) },
      'policy 30',
    );
    commit(dir, { 'p.yaml': policy(7) }, 'policy 7');
    const config = await configOf(dir);
    const history = await History.open({ root: dir, head: 'HEAD', depth: 50 }, config);
    const { sourceConfiguration } = await import('../../src/plan/source.js');
    const live = await sourceConfiguration(config.targets[0]!, { ...config });
    // Build what the policy compiled to at c0 by checking it out in a second clone.
    const other = mkdtempSync(join(tmpdir(), 'lifeguard-clone-'));
    execFileSync('git', ['clone', '-q', dir, other]);
    execFileSync('git', ['-C', other, 'checkout', '-q', c0]);
    const oldConfig = await configOf(other);
    const then = await sourceConfiguration(oldConfig.targets[0]!, oldConfig);
    expect(live.ok && then.ok).toBe(true);
    if (!live.ok || !then.ok) return;
    expect(await history.syncOf(config.targets[0]!, live.proposed.configuration, then.proposed.configuration)).toMatchObject({
      state: 'lagging',
      since: { sha: c0 },
    });
    await history.close();
  });

  it('reads Terraform targets version by version: a .tf file with its module, or the module folder (a variable changed in another file counts)', async () => {
    const tf = `resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "acme-logs"
  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {
      prefix = "logs/"
    }
    expiration {
      days = var.days
    }
  }
}
`;
    const variables = (days: number) => `variable "days" {\n  default = ${days}\n}\n`;
    for (const source of ['infra/main.tf', 'infra', 'infra/']) {
      const dir = workspace({});
      git(dir, 'init', '-q', '-b', 'main');
      const yml = `targets:\n  - name: logs\n    bucket: acme-logs\n    source: { terraform: ${source}, resource: aws_s3_bucket_lifecycle_configuration.logs }\n`;
      commit(dir, { '.lifeguard.yml': yml, 'infra/main.tf': tf, 'infra/variables.tf': variables(30) }, 'thirty');
      // A sub-folder is another module: its file is not read, and the rules stay those of 'thirty'.
      const c30 = commit(dir, { 'infra/nested/other.tf': 'locals {\n  x = 1\n}\n' }, 'another module');
      const c14 = commit(dir, { 'infra/variables.tf': variables(14) }, 'fourteen, in variables.tf');
      commit(dir, { 'infra/variables.tf': variables(7) }, 'seven');
      expect(await stateOf(dir, rules(30)), source).toMatchObject({ state: 'lagging', since: { sha: c30 }, searched: 3 });
      expect(await stateOf(dir, rules(14)), source).toMatchObject({ state: 'lagging', since: { sha: c14 } });
      expect(await stateOf(dir, rules(5)), source).toMatchObject({ state: 'drifted', complete: true });
    }
  });

  it('searches the module of a .tf.json target too: a tfvars change is a version', async () => {
    const json = JSON.stringify({
      resource: {
        aws_s3_bucket_lifecycle_configuration: {
          logs: {
            bucket: 'acme-logs',
            rule: [{ id: 'expire-logs', status: 'Enabled', filter: { prefix: 'logs/' }, expiration: { days: '${var.days}' } }],
          },
        },
      },
    });
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const yml =
      'targets:\n  - name: logs\n    bucket: acme-logs\n    source: { terraform: infra/main.tf.json, resource: aws_s3_bucket_lifecycle_configuration.logs }\n';
    commit(
      dir,
      {
        '.lifeguard.yml': yml,
        'infra/main.tf.json': json,
        'infra/variables.tf': 'variable "days" {}\n',
        'infra/terraform.tfvars': 'days = 30\n',
      },
      'thirty',
    );
    const c14 = commit(dir, { 'infra/terraform.tfvars': 'days = 14\n' }, 'fourteen, in terraform.tfvars');
    commit(dir, { 'infra/terraform.tfvars': 'days = 7\n' }, 'seven');
    expect(await stateOf(dir, rules(14))).toMatchObject({ state: 'lagging', since: { sha: c14 } });
  });

  it('reads a CloudFormation target version by version', async () => {
    const template = (days: number) =>
      json({
        Resources: {
          Logs: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              BucketName: 'acme-logs',
              LifecycleConfiguration: { Rules: [{ Id: 'expire-logs', Status: 'Enabled', Prefix: 'logs/', ExpirationInDays: days }] },
            },
          },
        },
      });
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const yml = 'targets:\n  - name: logs\n    bucket: acme-logs\n    source: { cloudformation: stack.json, resource: Logs }\n';
    const c30 = commit(dir, { '.lifeguard.yml': yml, 'stack.json': template(30) }, 'thirty');
    commit(dir, { 'stack.json': template(7) }, 'seven');
    expect(await stateOf(dir, rules(30))).toMatchObject({ state: 'lagging', since: { sha: c30 } });
  });

  it('calls a bucket unknown, not drifted, when no version in the history could be read', async () => {
    const dir = workspace({});
    git(dir, 'init', '-q', '-b', 'main');
    commit(dir, { '.lifeguard.yml': yml(), 'logs.json': '{ not json' }, 'broken');
    commit(dir, { 'logs.json': '{ still not json' }, 'still broken');
    const s = await stateOf(dir, rules(30));
    expect(s.state).toBe('unknown');
    expect(s.state === 'unknown' && s.reason).toContain("none of the 2 versions of target logs's rules in the history could be read");
  });

  it('in a shallow clone, a version it cannot find is not called drift: it says to fetch the whole history', async () => {
    const { dir } = repo();
    const shallow = mkdtempSync(join(tmpdir(), 'lifeguard-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    const s = await stateOf(shallow, rules(14));
    expect(s.state).toBe('unknown');
    expect(s.state === 'unknown' && s.reason).toContain('fetch-depth: 0');
  });

  it('without git, says so', async () => {
    const dir = workspace({ '.lifeguard.yml': yml(), 'logs.json': json(rules(7)) });
    const s = await stateOf(dir, rules(30));
    expect(s.state).toBe('unknown');
    expect(s.state === 'unknown' && s.reason).toContain('holds no git history of HEAD');
  });
});
