/**
 * The action after a merge, end to end: a push payload whose before/after commits are real commits
 * of a git checkout, `command: apply`, and buckets on the real RGW: the targets the push changed
 * are applied, read back, verified and backed up; the others are left alone. And the privileged
 * half of the fork split: `command: comment` on a workflow_run event.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configurationsEqual } from '../../src/diff/diff.js';
import { toJson, toSdkRules } from '../../src/s3/convert.js';
import { expectNoTrace, tempDir } from '../e2e/run.js';
import { awsEnv, keepArtifact, runEvent, sha, stickyComments, writes } from '../helpers/action-e2e.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, liveRules, removeBucket, testClient, uniqueBucket, workspace, writeFiles } from '../helpers/s3.js';

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

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Alice', GIT_AUTHOR_EMAIL: 'alice@example.com', GIT_COMMITTER_NAME: 'Alice', GIT_COMMITTER_EMAIL: 'alice@example.com' } }).trim();
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

describe('push to the default branch with command: apply', () => {
  it('applies the target the push changed, verifies it, backs up the old rules, and leaves the others alone', async () => {
    const logs = await createBucket(s3, uniqueBucket('apply-logs'), { rules: toSdkRules(LOGS_30.Rules) });
    const other = await createBucket(s3, uniqueBucket('apply-other'), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(logs, other);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const config = lifeguardYml([
      { name: 'training-logs', bucket: logs, lifecycle: 'lifecycle/logs.json' },
      { name: 'other', bucket: other, lifecycle: 'lifecycle/other.json' },
    ]);
    const before = commit(ws, { '.lifeguard.yml': config, '.gitignore': '.lifeguard/\n', 'lifecycle/logs.json': json(LOGS_30), 'lifecycle/other.json': json(LOGS_30) }, 'initial rules');
    // The other target's file changes in git too, but in an earlier push: this push only touches logs.
    const after = commit(ws, { 'lifecycle/logs.json': json(LOGS_14) }, 'Merge pull request #7 from acme/shorter-logs');

    const run = await runEvent({ gh, workspace: ws, eventName: 'push', payload: pushEvent({ before, after }), env: awsEnv(), inputs: { command: 'apply' }, sha: after });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(expectNoTrace(run.stdout + run.stderr)).toBeUndefined();
    expect(run.outputs).toMatchObject({ verdict: 'pass', applied: '1', errors: '0' });
    expect(gh.requests).toEqual([]);

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
    expect(run.summary).toMatch(/^## lifeguard apply: ✅ 1 applied\n/);
    expect(run.summary).toContain(`The push ${before.slice(0, 7)}..${after.slice(0, 7)} to main changed the files of 1 target: training-logs.`);
    expect(run.summary).toContain(`Applied to ${logs}; verified: its lifecycle configuration now equals lifecycle/logs.json`);
    expect(run.summary).toContain('- expire-logs: Expiration 30 → 14 days');
    expect(run.summary).toContain(`Previous configuration saved to \`.lifeguard/backups/${backups[0]}\``);
    expect(run.summary).toContain(`aws s3api put-bucket-lifecycle-configuration --cli-input-json file://.lifeguard/backups/${backups[0]}`);
    expect(run.summary).toContain(`drift guard: the live rules match ${before}:lifecycle/logs.json`);
    expect(run.summary).toContain('<details><summary>Before</summary>');
    expect(run.summary).toContain('<details><summary>After (read back and verified)</summary>');
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'));
    expect(report.targets).toEqual([expect.objectContaining({ target: 'training-logs', status: 'applied', verified: true, backup: expect.objectContaining({ path: `.lifeguard/backups/${backups[0]}` }) })]);

    // Run again (a re-run of the job): nothing to do, no second backup.
    const again = await runEvent({ gh, workspace: ws, eventName: 'push', payload: pushEvent({ before, after }), env: awsEnv(), inputs: { command: 'apply' } });
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
    const before = commit(ws, { '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]), 'logs.json': json(LOGS_30) }, 'initial');
    const next = { Rules: [{ ...LOGS_30.Rules[0], Expiration: { Days: 60 } }, LOGS_30.Rules[1]] };
    const after = commit(ws, { 'logs.json': json(next) }, 'keep logs longer');
    const run = await runEvent({ gh, workspace: ws, eventName: 'push', payload: pushEvent({ before, after }), env: awsEnv(), inputs: { command: 'apply' } });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', applied: '0' });
    expect(run.summary).toContain('Refused, nothing written: drift:');
    expect(commands(run.stdout).at(-1)).toMatch(/^::error::lifeguard: logs refused: drift: /);
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, b)) }, LOGS_14)).toBe(true);
    expect(existsSync(join(ws, '.lifeguard'))).toBe(false);
  });

  it('refuses to apply on a pull request, and on a push to another branch', async () => {
    const ws = workspace({ '.lifeguard.yml': 'targets: []\n' });
    const pr = await runEvent({ gh, workspace: ws, eventName: 'pull_request', payload: pullRequestEvent({ number: 3, headSha: sha('3') }), inputs: { command: 'apply' } });
    expect(pr.status).toBe(1);
    expect(commands(pr.stdout)).toEqual(['::error::lifeguard: command apply does not run on pull requests (it would apply unmerged rules); use command plan there and apply on push to the default branch']);
    const branch = await runEvent({ gh, workspace: ws, eventName: 'push', payload: pushEvent({ before: sha('1'), after: sha('2'), ref: 'refs/heads/feature' }), inputs: { command: 'apply' } });
    expect(branch.status).toBe(1);
    expect(commands(branch.stdout)[0]).toContain('command apply runs on pushes to the default branch (main); this push is to refs/heads/feature');
  });
});

describe('outside pull requests', () => {
  it('plans every target on a schedule (a drift check) without touching GitHub, and a push that changes no target applies nothing', async () => {
    const b = await createBucket(s3, uniqueBucket('nightly'), { rules: toSdkRules(LOGS_30.Rules) });
    buckets.push(b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const before = commit(ws, { '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]), 'logs.json': json(LOGS_14) }, 'rules');
    const nightly = await runEvent({ gh, workspace: ws, eventName: 'schedule', payload: { schedule: '17 3 * * *' }, env: awsEnv(), inputs: { command: 'plan' } });
    expect(nightly.status, nightly.stdout).toBe(0);
    expect(gh.requests).toEqual([]);
    expect(nightly.summary).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
    expect(nightly.outputs.verdict).toBe('pass');

    const after = commit(ws, { 'README.md': '# buckets\n' }, 'docs');
    const push = await runEvent({ gh, workspace: ws, eventName: 'push', payload: pushEvent({ before, after }), env: awsEnv(), inputs: { command: 'apply' } });
    expect(push.status).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'pass', applied: '0' });
    expect(push.summary).toContain(`changed no target's files (1 file changed): nothing to apply.`);
    expect(configurationsEqual({ Rules: toJson(await liveRules(s3, b)) }, LOGS_30)).toBe(true);
  });
});

describe('command: comment on workflow_run (the fork split)', () => {
  it('posts the comment a fork run saved, only on the pull request whose head the run checked', async () => {
    const ws = workspace({ 'lifecycle/logs.json': json(LOGS_14), '.lifeguard.yml': 'targets:\n  - name: logs\n    bucket: acme-logs\n    source:\n      lifecycle: lifecycle/logs.json\n' });
    // The pull_request half: a fork, read-only token, no credentials; it saves its report.
    gh.state.readOnly = true;
    gh.state.files.set(31, [{ filename: 'lifecycle/logs.json', status: 'modified' }]);
    const saved = join(tempDir('lifeguard-artifact-'), 'lifeguard-report.json');
    const fork = await runEvent({ gh, workspace: ws, eventName: 'pull_request', payload: pullRequestEvent({ number: 31, headSha: sha('f'), fork: true }), inputs: { 'report-json': saved } });
    expect(fork.status, fork.stdout).toBe(0);
    expect(fork.outputs['report-json']).toBe(saved);
    expect(writes(gh)).toEqual([]);

    // The workflow_run half: a writable token, the artifact downloaded, no pull-request code run.
    gh.state.readOnly = false;
    gh.state.heads.set(31, sha('f'));
    const posted = await runEvent({ gh, workspace: tempDir(), eventName: 'workflow_run', payload: workflowRunEvent({ headSha: sha('f'), fork: true }), inputs: { command: 'comment', 'report-json': saved } });
    expect(posted.status, posted.stdout).toBe(0);
    const [comment] = stickyComments(gh, 31);
    expect(comment!.body).toContain('### logs · `acme-logs`');
    expect(comment!.body).toContain('Lint only: no AWS credentials found');

    // A report naming another pull request (or an older head) is refused.
    const forged = JSON.parse(readFileSync(saved, 'utf8'));
    forged.pullRequest.number = 32;
    gh.state.heads.set(32, sha('9'));
    writeFileSync(saved, JSON.stringify(forged));
    const refused = await runEvent({ gh, workspace: tempDir(), eventName: 'workflow_run', payload: workflowRunEvent({ headSha: sha('f'), fork: true }), inputs: { command: 'comment', 'report-json': saved } });
    expect(refused.status).toBe(1);
    expect(commands(refused.stdout)[0]).toContain('the saved report names pull request #32, whose head is 999999999999, but the workflow run checked ffffffffffff; not commenting');
    expect(stickyComments(gh, 32)).toEqual([]);
  });
});

function commands(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}
