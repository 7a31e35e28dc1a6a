/**
 * The action after a merge, end to end: a push payload whose before/after commits are real commits
 * of a git checkout, `command: apply`, and buckets on the real RGW: the targets the push changed
 * are applied, read back, verified and backed up; the others are left alone. And the privileged
 * half of the fork split: `command: comment` on a workflow_run event.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configurationsEqual } from '../../src/diff/diff.js';
import { toJson, toSdkRules } from '../../src/s3/convert.js';
import { expectNoTrace, tempDir } from '../e2e/run.js';
import { awsEnv, BASE_SHA, commitFiles, keepArtifact, runEvent, sha, stickyComments, writes } from '../helpers/action-e2e.js';
import { commit, git } from '../helpers/git.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, liveRules, putObject, removeBucket, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const LOGS_30 = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
};
const LOGS_14 = {
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 } },
  ],
};

let s3: S3Client;
let gh: GitHubTestServer;
const buckets: string[] = [];

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

describe('push to the default branch with command: apply', () => {
  it('applies the target whose rules differ from its bucket, verifies it, backs up the old rules, and leaves the others alone', async () => {
    const logs = await createBucket(s3, uniqueBucket('apply-logs'), { rules: toSdkRules(LOGS_30.Rules) });
    const other = await createBucket(s3, uniqueBucket('apply-other'), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(logs, other);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const config = lifeguardYml([
      { name: 'training-logs', bucket: logs, lifecycle: 'lifecycle/logs.json' },
      { name: 'other', bucket: other, lifecycle: 'lifecycle/other.json' },
    ]);
    const before = commit(
      ws,
      {
        '.lifeguard.yml': config,
        '.gitignore': '.lifeguard/\n',
        'lifecycle/logs.json': json(LOGS_30),
        'lifecycle/other.json': json(LOGS_30),
      },
      'initial rules',
    );
    // The other target's file changes in git too, but in an earlier push: this push only touches logs.
    const after = commit(ws, { 'lifecycle/logs.json': json(LOGS_14) }, 'Merge pull request #7 from acme/shorter-logs');

    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before, after }),
      env: awsEnv(),
      inputs: { command: 'apply' },
      sha: after,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(expectNoTrace(run.stdout + run.stderr)).toBeUndefined();
    expect(run.outputs).toMatchObject({ verdict: 'pass', applied: '1', errors: '0' });
    // The only call to GitHub asks which pull request the applied commit came from (to tell it the outcome).
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/acme/buckets/commits/${after}/pulls`]);

    // The bucket now holds the merged rules; the other bucket is untouched.
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, logs)) }, LOGS_14)).toBe(true);
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, other)) }, LOGS_30)).toBe(true);

    // The backup is the old configuration, in the shape `aws s3api … --cli-input-json` reads.
    const backups = readdirSync(join(ws, '.lifeguard/backups'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^${logs}-\\d{8}T\\d{6}Z\\.json$`))]);
    const backup = JSON.parse(readFileSync(join(ws, '.lifeguard/backups', backups[0]!), 'utf8'));
    expect(backup.Bucket).toBe(logs);
    expect(configurationsEqual(backup.LifecycleConfiguration, LOGS_30)).toBe(true);

    keepArtifact('apply-summary.md', run.summary);
    expect(run.summary).toMatch(/^## lifeguard apply: ✅ 1 applied, 1 unchanged\n/);
    expect(run.summary).toContain(
      `Reconciling every target with its bucket at ${after.slice(0, 7)} of main (push ${before.slice(0, 7)}..${after.slice(0, 7)}): 2 targets.`,
    );
    expect(run.summary).toContain(`Applied to ${logs}; verified: its lifecycle configuration now equals lifecycle/logs.json`);
    expect(run.summary).toContain('- expire-logs: Expiration 30 → 14 days');
    expect(run.summary).toContain(`Previous configuration saved to \`.lifeguard/backups/${backups[0]}\``);
    expect(run.summary).toContain(`aws s3api put-bucket-lifecycle-configuration --cli-input-json file://.lifeguard/backups/${backups[0]}`);
    expect(run.summary).toContain(`drift guard: lagging, not drifted: the bucket holds the rules of ${before.slice(0, 7)} (`);
    expect(run.summary).toContain('<details><summary>Before</summary>');
    expect(run.summary).toContain('<details><summary>After (read back and verified)</summary>');
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'));
    expect(report.targets).toEqual([
      expect.objectContaining({
        target: 'training-logs',
        status: 'applied',
        verified: true,
        backup: expect.objectContaining({ path: `.lifeguard/backups/${backups[0]}` }),
        sync: expect.objectContaining({ state: 'lagging' }),
      }),
      expect.objectContaining({ target: 'other', status: 'unchanged' }),
    ]);

    // Run again (a re-run of the job): nothing to do, no second backup.
    const again = await runEvent({
      gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before, after }),
      env: awsEnv(),
      inputs: { command: 'apply' },
    });
    expect(again.status).toBe(0);
    expect(again.outputs.applied).toBe('0');
    expect(again.summary).toContain('Nothing to do: the bucket already has these rules.');
    expect(readdirSync(join(ws, '.lifeguard/backups'))).toHaveLength(1);
  });

  it('stops on drift: a bucket changed outside git is not overwritten', async () => {
    const b = await createBucket(s3, uniqueBucket('apply-drift'), { rules: toSdkRules(LOGS_14.Rules) });
    buckets.push(b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const before = commit(
      ws,
      { '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]), 'logs.json': json(LOGS_30) },
      'initial',
    );
    const next = { Rules: [{ ...LOGS_30.Rules[0], Expiration: { Days: 60 } }, LOGS_30.Rules[1]] };
    const after = commit(ws, { 'logs.json': json(next) }, 'keep logs longer');
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before, after }),
      env: awsEnv(),
      inputs: { command: 'apply' },
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', applied: '0' });
    expect(run.summary).toContain('Refused, nothing written: drift:');
    expect(commands(run.stdout).at(-1)).toMatch(/^::error::lifeguard: logs refused: drift: /);
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, b)) }, LOGS_14)).toBe(true);
    expect(existsSync(join(ws, '.lifeguard'))).toBe(false);
  });

  it('refuses to apply on a pull request, and on a push to another branch', async () => {
    const ws = workspace({ '.lifeguard.yml': 'targets: []\n' });
    const pr = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 3, headSha: sha('3') }),
      inputs: { command: 'apply' },
    });
    expect(pr.status).toBe(1);
    expect(commands(pr.stdout)).toEqual([
      '::error::lifeguard: command apply does not run on pull requests (it would apply unmerged rules); use command plan there and apply on push to the default branch',
    ]);
    const branch = await runEvent({
      gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before: sha('1'), after: sha('2'), ref: 'refs/heads/feature' }),
      inputs: { command: 'apply' },
    });
    expect(branch.status).toBe(1);
    expect(commands(branch.stdout)[0]).toContain(
      'command apply runs only from the default branch (main); this push is on refs/heads/feature, so nothing was applied',
    );
  });

  it('refuses workflow_dispatch on a feature branch and issue_comment, writing nothing; a dispatch on the default branch applies', async () => {
    const b = await createBucket(s3, uniqueBucket('apply-ref'), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const main = commit(
      ws,
      {
        '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]),
        '.gitignore': '.lifeguard/\n',
        'logs.json': json(LOGS_30),
      },
      'rules',
    );
    git(ws, 'checkout', '-q', '-b', 'feature');
    // The feature branch may even say it may apply: only the default branch's .lifeguard.yml decides.
    const feature = commit(
      ws,
      {
        'logs.json': json(LOGS_14),
        '.lifeguard.yml': `${lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }])}apply:\n  refs: [feature]\n`,
      },
      'shorter logs, unreviewed',
    );
    const repository = { full_name: 'acme/buckets', default_branch: 'main' };
    const unchanged = async () => expect(configurationsEqual({ Rules: toJson(await liveRules(s3, b)) }, LOGS_30)).toBe(true);

    const dispatch = await runEvent({
      gh,
      workspace: ws,
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/feature', inputs: {}, repository },
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/feature' },
      inputs: { command: 'apply', targets: 'all' },
      sha: feature,
    });
    expect(dispatch.status).toBe(1);
    expect(dispatch.outputs.verdict).toBe('fail');
    expect(commands(dispatch.stdout)[0]).toBe(
      '::error::lifeguard: command apply runs only from the default branch (main); this workflow_dispatch is on refs/heads/feature, so nothing was applied',
    );
    await unchanged();

    // A "/apply" comment on the pull request: the event runs on main, the workflow checked out the pull request.
    const comment = {
      action: 'created',
      issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/buckets/pulls/7' } },
      comment: { body: '/apply', user: { login: 'mallory' } },
      repository,
    };
    const onPr = await runEvent({
      gh,
      workspace: ws,
      eventName: 'issue_comment',
      payload: comment,
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
      inputs: { command: 'apply', targets: 'all' },
      sha: main,
    });
    expect(onPr.status).toBe(1);
    expect(commands(onPr.stdout)[0]).toContain('command apply does not run on a comment on a pull request');
    // On a plain issue the ref is main, but the checkout is not main's commit.
    const onIssue = await runEvent({
      gh,
      workspace: ws,
      eventName: 'issue_comment',
      payload: { ...comment, issue: { number: 8 } },
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
      inputs: { command: 'apply', targets: 'all' },
      sha: main,
    });
    expect(onIssue.status).toBe(1);
    expect(commands(onIssue.stdout)[0]).toContain(
      `the checkout is at ${feature.slice(0, 12)}, not at refs/heads/main's commit ${main.slice(0, 12)} that this run is for`,
    );
    await unchanged();
    expect(existsSync(join(ws, '.lifeguard'))).toBe(false);

    git(ws, 'checkout', '-q', 'main');
    const onMain = await runEvent({
      gh,
      workspace: ws,
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: {}, repository },
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
      inputs: { command: 'apply', targets: 'all' },
      sha: main,
    });
    expect(onMain.status, onMain.stdout).toBe(0);
    expect(onMain.outputs.applied).toBe('0');
    expect(onMain.summary).toContain('Nothing to do: the bucket already has these rules.');
  });
});

describe('outside pull requests', () => {
  it('plans every target on a schedule: a bucket whose rules no commit had is drift, which ends with status 3, not a pass; GitHub is not asked', async () => {
    const b = await createBucket(s3, uniqueBucket('nightly'), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const head = commit(
      ws,
      { '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]), 'logs.json': json(LOGS_14) },
      'rules',
    );
    const nightly = await runEvent({
      gh,
      workspace: ws,
      eventName: 'schedule',
      payload: { schedule: '17 3 * * *' },
      env: awsEnv(),
      inputs: { command: 'plan' },
      sha: head,
    });
    expect(nightly.status, nightly.stdout).toBe(3);
    expect(gh.requests).toEqual([]);
    expect(nightly.summary).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
    expect(nightly.outputs).toMatchObject({ verdict: 'pass', drift: 'drifted', 'drifted-targets': 'logs', 'lagging-targets': '' });
    expect(commands(nightly.stdout)).toContain('::error::lifeguard: drift: 1 drifted of 1 target (logs); see the job summary');
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, b)) }, LOGS_30)).toBe(true);
  });
});

describe("the fork split: command comment on workflow_run judges the fork's pull request itself", () => {
  /** A bucket with data, the base's gate at 1 byte, and a fork whose head (fff…) expires everything after a day. */
  async function forkPullRequest(label: string, proposed: object) {
    const b = await createBucket(s3, uniqueBucket(label), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(b);
    for (const [key, size] of Object.entries({ 'runs/a.ckpt': 3000, 'runs/b.ckpt': 5000 }))
      await putObject(s3, b, key, { body: 'x'.repeat(size) });
    const config = lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'lifecycle/logs.json' }]) + 'gates:\n  max-deleted-bytes: 1\n';
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config });
    commitFiles(gh, sha('f'), { '.lifeguard.yml': config, 'lifecycle/logs.json': json(proposed) });
    gh.state.files.set(31, [{ filename: 'lifecycle/logs.json', status: 'modified' }]);
    gh.state.heads.set(31, sha('f'));
    gh.state.pulls.set(31, { headRepo: 'mallory/buckets', headRef: 'shorter-logs' });
    // The pull_request half: a fork, read-only token, no credentials; it lints and saves its report.
    const ws = workspace({ '.lifeguard.yml': config, 'lifecycle/logs.json': json(proposed) });
    gh.state.readOnly = true;
    const saved = join(tempDir('lifeguard-artifact-'), 'lifeguard-report.json');
    const check = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 31, headSha: sha('f'), fork: true }),
      inputs: { command: 'check', 'report-json': saved },
    });
    gh.state.readOnly = false;
    return { b, saved, check };
  }
  const everythingInADay = {
    TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
    Rules: [LOGS_30.Rules[1], { ID: 'expire-all', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }],
  };

  it("with credentials, evaluates the deletion gate on the fork's files (read as data), comments and sets the commit status", async () => {
    const { saved, check } = await forkPullRequest('fork-gate', everythingInADay);
    expect(check.status, check.stdout).toBe(0);
    expect(JSON.parse(readFileSync(saved, 'utf8')).pullRequest).toEqual({ number: 31, headSha: sha('f'), fromFork: true });
    expect(writes(gh)).toEqual([]);
    // The check reads the changed files (pull-requests: read) to annotate only those.
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /repos/acme/buckets/pulls/31/files');

    gh.requests.length = 0;
    const judged = await runEvent({
      gh,
      workspace: tempDir(),
      eventName: 'workflow_run',
      payload: workflowRunEvent({ headSha: sha('f'), fork: true }),
      env: awsEnv(),
      inputs: { command: 'comment', 'report-json': saved },
    });
    expect(judged.status).toBe(1);
    expect(judged.outputs).toMatchObject({ verdict: 'fail', 'deleted-bytes': '8000' });
    // The fork's files came through the contents API at its head commit; nothing was checked out.
    expect(
      gh.requests
        .filter((r) => r.path.startsWith('/repos/mallory/buckets/contents/'))
        .map((r) => `${decodeURIComponent(r.path)} ${r.query.ref}`),
    ).toEqual([
      `/repos/mallory/buckets/contents/.lifeguard.yml ${sha('f')}`,
      `/repos/mallory/buckets/contents/lifecycle/logs.json ${sha('f')}`,
      `/repos/mallory/buckets/contents/.lifeguard/quarantine/logs.json ${sha('f')}`,
    ]);
    const [comment] = stickyComments(gh, 31);
    expect(comment!.body).toMatch(/^## lifeguard: ❌ fail\n/);
    expect(comment!.body).toContain(
      '| deleted-bytes | ❌ the change deletes 7.8 KiB earlier than the current rules would, over the limit of 1 B; needs an approval',
    );
    expect(comment!.body).toContain('Judged by the privileged half of the fork split');
    expect(gh.state.statuses).toEqual([
      {
        sha: sha('f'),
        state: 'failure',
        context: 'lifeguard',
        description: expect.stringMatching(/^fail: logs: the change deletes 7\.8 KiB/),
      },
    ]);
  });

  it('never posts a verdict better than the check run: a forged report saying pass cannot pass a failed run; a report of another pull request is refused', async () => {
    const { saved } = await forkPullRequest('fork-forged', LOGS_30);
    const forged = JSON.parse(readFileSync(saved, 'utf8'));
    writeFileSync(saved, JSON.stringify({ ...forged, verdict: 'pass', failures: [] }));
    const failedRun = { ...workflowRunEvent({ headSha: sha('f'), fork: true }) };
    failedRun.workflow_run = { ...failedRun.workflow_run, conclusion: 'failure' };
    const judged = await runEvent({
      gh,
      workspace: tempDir(),
      eventName: 'workflow_run',
      payload: failedRun,
      env: awsEnv(),
      inputs: { command: 'comment', 'report-json': saved },
    });
    expect(judged.status).toBe(1);
    expect(judged.outputs.verdict).toBe('fail');
    expect(stickyComments(gh, 31)[0]!.body).toContain(
      '| errors | ❌ the pull_request run 11223344556 that triggered this one concluded failure, and this verdict can be no better |',
    );
    expect(gh.state.statuses.map((x) => x.state)).toEqual(['failure']);

    // A report naming another pull request (or an older head) is refused.
    writeFileSync(saved, JSON.stringify({ ...forged, pullRequest: { ...forged.pullRequest, number: 32 } }));
    gh.state.heads.set(32, sha('9'));
    const refused = await runEvent({
      gh,
      workspace: tempDir(),
      eventName: 'workflow_run',
      payload: workflowRunEvent({ headSha: sha('f'), fork: true }),
      env: awsEnv(),
      inputs: { command: 'comment', 'report-json': saved },
    });
    expect(refused.status).toBe(1);
    expect(commands(refused.stdout)[0]).toContain(
      'the saved report names pull request #32, whose head is 999999999999, but the workflow run checked ffffffffffff; not commenting',
    );
    expect(stickyComments(gh, 32)).toEqual([]);
    // A report that is not lifeguard's (schema) is refused before anything is read.
    writeFileSync(saved, JSON.stringify({ version: 1, command: 'plan', pullRequest: { number: '31', headSha: sha('f') } }));
    const malformed = await runEvent({
      gh,
      workspace: tempDir(),
      eventName: 'workflow_run',
      payload: workflowRunEvent({ headSha: sha('f'), fork: true }),
      env: awsEnv(),
      inputs: { command: 'comment', 'report-json': saved },
    });
    expect(malformed.status).toBe(1);
    expect(commands(malformed.stdout)[0]).toContain(
      "is not a report of lifeguard's run on a pull request: /pullRequest/number must be integer",
    );
  });
});

function commands(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}
