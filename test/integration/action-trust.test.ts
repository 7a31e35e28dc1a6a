/**
 * The gate cannot be talked into green by the pull request itself, end to end (the committed bundle,
 * the GitHub stand-in, buckets on the real RGW): the base commit's .lifeguard.yml decides (read from
 * git when the checkout holds the base commit, else from the contents API), a head that loosens it
 * fails and names the setting, and approvals count only from people with write access (or listed
 * approvers) for the head commit they were given on.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { at, awsEnv, BASE_SHA, commands, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { commit, git } from '../helpers/git.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import {
  createBucket,
  lifeguardYml,
  putObject,
  removeBucket,
  s3Server,
  testClient,
  uniqueBucket,
  workspace,
  writeFiles,
} from '../helpers/s3.js';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const ABORT = { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } };
const LIVE = { Rules: [ABORT] };
/** Two rules with one ID: AWS answers InvalidArgument (rule-id-unique, an error). */
const REJECTED = {
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [ABORT, { ...ABORT, Filter: { Prefix: 'tmp/' } }],
};
const expireRuns = (prefix: string) => ({
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [ABORT, { ID: 'expire-runs', Status: 'Enabled', Filter: { Prefix: prefix }, Expiration: { Days: 30 } }],
});

let s3: S3Client;
let gh: GitHubTestServer;
const buckets: string[] = [];
const bucket = async (label: string) => {
  const b = await createBucket(s3, uniqueBucket(label), { rules: toSdkRules(LIVE.Rules) });
  buckets.push(b);
  return b;
};

beforeAll(() => {
  s3 = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(s3, b);
});
beforeEach(async () => {
  gh = await startGitHubServer();
});
afterEach(async () => {
  await gh.close();
});

describe('a pull request that loosens its own .lifeguard.yml', () => {
  const loosenings: Array<{ name: string; head: (base: string) => string; setting: string }> = [
    {
      name: 'fail-on: never',
      head: (base) => base.replace('fail-on: error', 'fail-on: never'),
      setting: 'gates.fail-on is loosened from error to never',
    },
    {
      name: 'a raised threshold',
      head: (base) => base.replace('max-deleted-bytes: 1000', 'max-deleted-bytes: 1000000000000'),
      setting: 'gates.max-deleted-bytes is loosened from 1000 to 1000000000000',
    },
    {
      name: 'a rule turned off',
      head: (base) => `${base}rules:\n  rule-id-unique: off\n`,
      setting: 'rules.rule-id-unique is loosened from error to off',
    },
  ];
  for (const [i, l] of loosenings.entries()) {
    it(`fails next to a rule AWS rejects and names the loosened setting: ${l.name}${i === 0 ? ' (base read from git)' : ' (base read from the contents API)'}`, async () => {
      const b = await bucket(`loose-${i}`);
      const base =
        lifeguardYml([{ name: 'checkpoints', bucket: b, lifecycle: 'lifecycle/checkpoints.json' }]) +
        'gates:\n  fail-on: error\n  max-deleted-bytes: 1000\n';
      const ws = workspace({});
      let baseSha = BASE_SHA;
      if (i === 0) {
        // The checkout holds the base commit: git is asked, not the API.
        git(ws, 'init', '-q', '-b', 'main');
        baseSha = commit(ws, { '.lifeguard.yml': base, 'lifecycle/checkpoints.json': json(LIVE) });
        commit(ws, { '.lifeguard.yml': l.head(base), 'lifecycle/checkpoints.json': json(REJECTED) });
      } else {
        writeFiles(ws, { '.lifeguard.yml': l.head(base), 'lifecycle/checkpoints.json': json(REJECTED) });
        commitFiles(gh, BASE_SHA, { '.lifeguard.yml': base });
      }
      gh.state.files.set(50 + i, [
        { filename: '.lifeguard.yml', status: 'modified' },
        { filename: 'lifecycle/checkpoints.json', status: 'modified' },
      ]);
      const run = await runEvent({
        gh,
        workspace: ws,
        eventName: 'pull_request',
        payload: pullRequestEvent({ number: 50 + i, headSha: sha(String(i)), baseSha }),
        env: awsEnv(),
      });
      expect(run.status, run.stdout).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      const contentsCalls = gh.requests.filter((r) => r.path.includes('/contents/'));
      expect(contentsCalls).toHaveLength(i === 0 ? 0 : 1);
      const [comment] = stickyComments(gh, 50 + i);
      expect(comment!.body).toMatch(/^## lifeguard: ❌ fail\n/);
      expect(comment!.body).toContain('| settings | ❌ the pull request loosens a setting the base commit decides');
      expect(comment!.body).toContain(l.setting.replace(' is loosened from ', ' ').replace(' to ', ' → '));
      expect(comment!.body).toContain('| findings | ❌ 1 error');
      expect(comment!.body).toContain('rule-id-unique');
      expect(comment!.body).toContain(i === 0 ? '(from git)' : '(from the contents API)');
      const annotation = commands(run.stdout, 'error').find((c) => c.includes('title=settings-loosened'));
      expect(annotation).toContain('file=.lifeguard.yml');
      expect(annotation).toContain(l.setting);
    });
  }

  it("counts a policy's protect entry as a setting of its target: dropping it is a loosening", async () => {
    const b = await bucket('loose-protect');
    const policy = (protect: string) => `apiVersion: lifeguard/v1
kind: RetentionPolicy
metadata: { name: arts }
bucket: { name: ${b} }
${protect}stages:
  models:
    select: { prefix: models/ }
    expireAfterDays: 30
`;
    const config = `targets:\n  - name: arts\n    bucket: ${b}\n    endpoint: ${s3Server().endpoint}\n    source: { policy: policy.yaml }\n    stage: models\n`;
    commitFiles(gh, BASE_SHA, {
      '.lifeguard.yml': config,
      'policy.yaml': policy('protect:\n  - prefix: models/keep/\n    reason: pinned by hand\n'),
    });
    const ws = workspace({ '.lifeguard.yml': config, 'policy.yaml': policy('') });
    gh.state.files.set(59, [{ filename: 'policy.yaml', status: 'modified' }]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 59, headSha: sha('5') }),
      env: awsEnv(),
    });
    expect(run.status).toBe(1);
    const body = stickyComments(gh, 59)[0]!.body;
    expect(body).toContain(
      '| settings | ❌ the pull request loosens a setting the base commit decides: targets\\[arts\\].policy protect prefix models/keep/ → (removed)',
    );
    expect(commands(run.stdout, 'error').find((c) => c.includes('title=settings-loosened'))).toContain('file=policy.yaml');
  });

  it("counts the registry manifest's references as settings of its target: dropping one is a loosening, adding one is not", async () => {
    const b = await bucket('loose-registry');
    const config = `targets:\n  - name: arts\n    bucket: ${b}\n    endpoint: ${s3Server().endpoint}\n    source: { lifecycle: lifecycle.json }\n    registry: registry.json\n`;
    const rules = json(expireRuns('models/'));
    const manifest = (...uris: string[]) => json({ artifacts: uris.map((uri) => ({ uri, model: 'churn' })) });
    const base = manifest(`s3://${b}/models/churn/v5/`, `s3://${b}/models/churn/v6/model.pt`);
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config, 'lifecycle.json': rules, 'registry.json': base });
    const cases = [
      { pr: 61, head: manifest(`s3://${b}/models/churn/v6/model.pt`), loosened: true },
      {
        pr: 62,
        head: manifest(`s3://${b}/models/churn/v5/`, `s3://${b}/models/churn/v6/model.pt`, `s3://${b}/models/churn/v7/`),
        loosened: false,
      },
    ];
    for (const c of cases) {
      const ws = workspace({ '.lifeguard.yml': config, 'lifecycle.json': rules, 'registry.json': c.head });
      gh.state.files.set(c.pr, [{ filename: 'registry.json', status: 'modified' }]);
      const run = await runEvent({
        gh,
        workspace: ws,
        eventName: 'pull_request',
        payload: pullRequestEvent({ number: c.pr, headSha: sha('7') }),
        env: awsEnv(),
      });
      const body = stickyComments(gh, c.pr)[0]!.body;
      // URIs are inert in the comment: a zero-width space after the scheme keeps GitHub from linking them.
      const line = `targets\\[arts\\].registry references 1 of 2 (s3:\u200b//${b}/models/churn/v5/) → (removed)`;
      if (c.loosened) {
        expect(run.status).toBe(1);
        expect(body).toContain(`| settings | ❌ the pull request loosens a setting the base commit decides: ${line}`);
        expect(commands(run.stdout, 'error').find((x) => x.includes('title=settings-loosened'))).toContain('file=registry.json');
      } else {
        expect(body).not.toContain('registry references');
        // Its verdict is the registry's: the rule reaches what the manifest names (v7 too), not a setting.
        expect(body).not.toContain('| settings |');
        expect(body).toContain('models/churn/v7/ (churn), which the model registry still references');
        // One finding per reference: the check's and the plan's (which adds what the listing holds) are one.
        expect(body).toContain('**arts: 3 errors, 0 warnings (fail-on: error)**');
        expect(body.match(/which the model registry still references/g)).toHaveLength(3);
      }
    }
  });

  it("uses the defaults, not the head's settings, when the base commit has no .lifeguard.yml", async () => {
    const b = await bucket('no-base');
    const ws = workspace({
      '.lifeguard.yml':
        lifeguardYml([{ name: 'checkpoints', bucket: b, lifecycle: 'lifecycle/checkpoints.json' }]) + 'gates:\n  fail-on: never\n',
      'lifecycle/checkpoints.json': json(REJECTED),
    });
    gh.state.files.set(60, [{ filename: '.lifeguard.yml', status: 'added' }]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 60, headSha: sha('6') }),
      env: awsEnv(),
    });
    expect(run.status).toBe(1);
    const [comment] = stickyComments(gh, 60);
    expect(comment!.body).toContain('| findings | ❌ 1 error, 0 warnings (fail-on: error) |');
    expect(comment!.body).toContain('gates.fail-on error → never');
    expect(comment!.body).toContain('Settings: defaults (no .lifeguard.yml at the base commit bbbbbbb).');
  });
});

describe('approvals', () => {
  /** A bucket with data, a base allowing 1000 bytes, a head (ccc…) that expires everything under runs/. */
  async function deleting(n: number) {
    const b = await bucket(`approve-${n}`);
    for (const [key, size] of Object.entries({ 'runs/2026/a.ckpt': 3000, 'runs/2026/b.ckpt': 5000, 'runs/2025/c.ckpt': 1000 }))
      await putObject(s3, b, key, { body: 'x'.repeat(size) });
    const config =
      lifeguardYml([{ name: 'checkpoints', bucket: b, lifecycle: 'lifecycle/checkpoints.json' }]) + 'gates:\n  max-deleted-bytes: 1000\n';
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config });
    const ws = workspace({ '.lifeguard.yml': config, 'lifecycle/checkpoints.json': json(expireRuns('runs/')) });
    gh.state.files.set(n, [{ filename: 'lifecycle/checkpoints.json', status: 'modified' }]);
    gh.state.permissions.set('alice', 'write');
    gh.state.permissions.set('mallory', 'read');
    // An older head (aaa…) that expired only runs/2025/ (1000 bytes), then the head ccc… pushed at 10:30.
    commitFiles(gh, sha('a'), { '.lifeguard.yml': config, 'lifecycle/checkpoints.json': json(expireRuns('runs/2025/')) });
    gh.state.activity.set('acme/buckets refs/heads/shorter-logs', [
      { after: sha('a'), at: at(0), type: 'branch_creation' },
      { after: sha('c'), at: at(30) },
    ]);
    return { b, ws, config };
  }
  const check = (n: number, ws: string, action: 'labeled' | 'synchronize' = 'synchronize') =>
    runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: n, action, headSha: sha('c') }),
      env: awsEnv(),
    });

  it('a label added by a user without write access approves nothing', async () => {
    const { ws } = await deleting(70);
    gh.state.events.set(70, [{ event: 'labeled', actor: 'mallory', label: 'lifeguard/approve-deletion', at: at(40) }]);
    gh.state.labels.set(70, ['lifeguard/approve-deletion']);
    const run = await check(70, ws, 'labeled');
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const body = stickyComments(gh, 70)[0]!.body;
    expect(body).toContain(
      '| deleted-bytes | ❌ the change deletes 8.8 KiB earlier than the current rules would, over the limit of 1000 B; needs an approval',
    );
    expect(body).toContain('- @\u200bmallory: label ignored: read access only, not write');
  });

  it('a label added before the latest push approves nothing when that push deletes more, and is kept when it deletes less', async () => {
    const { ws, config } = await deleting(71);
    gh.state.events.set(71, [{ event: 'labeled', actor: 'alice', label: 'lifeguard/approve-deletion', at: at(10) }]);
    gh.state.labels.set(71, ['lifeguard/approve-deletion']);
    const more = await check(71, ws);
    expect(more.status).toBe(1);
    let body = stickyComments(gh, 71)[0]!.body;
    expect(body).toContain('- @\u200balice: label on `aaaaaaa`, not `ccccccc`: checkpoints: this commit deletes 8.8 KiB, that one 1000 B');
    // The older head had deleted everything under runs/ (8.8 KiB); this head deletes only runs/2026/ (7.8 KiB): the approval is kept.
    commitFiles(gh, sha('a'), { '.lifeguard.yml': config, 'lifecycle/checkpoints.json': json(expireRuns('runs/')) });
    writeFiles(ws, { 'lifecycle/checkpoints.json': json(expireRuns('runs/2026/')) });
    const less = await check(71, ws);
    expect(less.status, less.stdout).toBe(0);
    body = stickyComments(gh, 71)[0]!.body;
    expect(body).toMatch(/^## lifeguard: ✅ pass\n/);
    expect(body).toContain('- @\u200balice: label on `aaaaaaa` (write access), kept for `ccccccc`: it deletes and costs no more');
  });

  it('a review approval on an older commit approves nothing; one on the head commit does', async () => {
    const { ws } = await deleting(72);
    gh.state.reviews.set(72, [{ user: 'alice', state: 'APPROVED', commit: sha('a'), at: at(20) }]);
    const old = await check(72, ws);
    expect(old.status).toBe(1);
    expect(stickyComments(gh, 72)[0]!.body).toContain(
      '- @\u200balice: review on `aaaaaaa`, not `ccccccc`: checkpoints: this commit deletes 8.8 KiB, that one 1000 B',
    );
    gh.state.reviews.get(72)!.push({ user: 'alice', state: 'APPROVED', commit: sha('c'), at: at(45) });
    const now = await check(72, ws);
    expect(now.status, now.stdout).toBe(0);
    const body = stickyComments(gh, 72)[0]!.body;
    expect(body).toContain(
      '☑️ the change deletes 8.8 KiB earlier than the current rules would, over the limit of 1000 B; approved by @\u200balice (review on ccccccc)',
    );
  });

  it('counts a member of a team the base settings list in approvers, and nobody else the base does not trust', async () => {
    const { ws, config } = await deleting(73);
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': `${config}approvers:\n  - '@acme/storage-admins'\n` });
    gh.state.teams.set('acme/storage-admins', ['carol']);
    gh.state.permissions.set('carol', 'triage');
    gh.state.reviews.set(73, [
      { user: 'dave', state: 'APPROVED', commit: sha('c'), at: at(40) },
      { user: 'carol', state: 'APPROVED', commit: sha('c'), at: at(41) },
    ]);
    const run = await check(73, ws);
    expect(run.status, run.stdout).toBe(0);
    const body = stickyComments(gh, 73)[0]!.body;
    expect(body).toContain('- @\u200bcarol: review on `ccccccc` (listed in approvers (@\u200bacme/storage-admins))');
    expect(body).toContain('- @\u200bdave: review ignored: read access only, not write');
  });
});
