/**
 * The scheduled drift check, end to end (committed bundle, real git history, buckets on the real
 * RGW, the GitHub API stand-in): one bucket lagging (it holds an earlier commit's rules: the apply
 * never ran), one drifted (rules no commit had). The plan exits with status 3, sets the drift
 * outputs and opens one issue listing both; after apply reconciles them, the next check closes it.
 */
import { PutBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
import { expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { awsEnv, commands, runEvent, writes } from '../helpers/action-e2e.js';
import { commit, git } from '../helpers/git.js';
import { actionFixture, expireLogs, json } from '../helpers/action-fixture.js';
import { createBucket, lifeguardYml, uniqueBucket, workspace } from '../helpers/s3.js';

const repository = { full_name: 'acme/buckets', default_branch: 'main' };
const f = actionFixture();
const expire = expireLogs;

it('a scheduled plan with one drifted and one lagging target: status 3, outputs, one issue opened; closed again after apply reconciles them', async () => {
  const lag = await createBucket(f.s3, uniqueBucket('sched-lag'), { rules: toSdkRules(expire(30).Rules) });
  const drf = await createBucket(f.s3, uniqueBucket('sched-drf'), { rules: toSdkRules(expire(30).Rules) });
  f.buckets.push(lag, drf);
  const ws = workspace({});
  git(ws, 'init', '-q', '-b', 'main');
  const config = lifeguardYml([
    { name: 'logs', bucket: lag, lifecycle: 'logs.json' },
    { name: 'scratch', bucket: drf, lifecycle: 'scratch.json' },
  ]);
  const c0 = commit(
    ws,
    { '.lifeguard.yml': config, '.gitignore': '.lifeguard/\n', 'logs.json': json(expire(30)), 'scratch.json': json(expire(30)) },
    'initial rules',
  );
  const c1 = commit(ws, { 'logs.json': json(expire(14)), 'scratch.json': json(expire(14)) }, 'Merge pull request #4: shorter logs');
  // The apply of c1 never ran; on top of that, someone set scratch to 3 days by hand.
  await f.s3.send(
    new PutBucketLifecycleConfigurationCommand({ Bucket: drf, LifecycleConfiguration: { Rules: toSdkRules(expire(3).Rules) } }),
  );
  // An issue of someone else's stays untouched.
  f.gh.state.issues.set(7, { number: 7, title: 'Unrelated', body: 'not ours', state: 'open', labels: [], user: 'alice' });
  // Nor one that only copies the marker: lifeguard keeps the issue its own identity opened.
  const planted = '<!-- lifeguard:drift-issue --> planted by someone else';
  f.gh.state.issues.set(8, { number: 8, title: 'Looks like ours', body: planted, state: 'open', labels: [], user: 'mallory' });

  const schedule = () =>
    runEvent({
      gh: f.gh,
      workspace: ws,
      eventName: 'schedule',
      payload: { schedule: '17 3 * * *', repository },
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
      inputs: { command: 'plan', 'drift-issue': 'true' },
      sha: c1,
    });
  const first = await schedule();
  expect(first.status, first.stdout + first.stderr).toBe(3);
  expect(first.outputs).toMatchObject({ verdict: 'pass', drift: 'drifted', 'drifted-targets': 'scratch', 'lagging-targets': 'logs' });
  expect(commands(first.stdout, 'error')).toEqual([
    '::error::lifeguard: drift: 1 drifted, 1 lagging of 2 targets (scratch, logs); see the job summary',
  ]);
  expect(first.summary).toMatch(/^## lifeguard drift check: ❌ 1 drifted, 1 lagging of 2 targets\n/);
  expect(first.summary).toContain(`| logs | \`${lag}\` | ⏳ lagging | holds the rules of ${c0.slice(0, 7)} (`);
  expect(first.summary).toContain(`| scratch | \`${drf}\` | ❌ drifted | drifted: the bucket's rules match none of the 2 versions`);

  const opened = [...f.gh.state.issues.values()].filter((i) => i.number !== 7 && i.number !== 8);
  expect(opened).toHaveLength(1);
  const issue = opened[0]!;
  expect(first.outputs['drift-issue']).toBe(String(issue.number));
  expect(issue).toMatchObject({ title: 'lifeguard: 2 buckets out of sync with main', state: 'open' });
  expect(issue.body).toContain(`| logs | \`${lag}\` | ⏳ lagging |`);
  expect(issue.body).toContain(`| scratch | \`${drf}\` | ❌ drifted |`);
  expect(issue.body).toContain('<!-- lifeguard:drift-issue -->');

  // The same drift the next night: the same issue, not a second one.
  const second = await schedule();
  expect(second.status).toBe(3);
  expect([...f.gh.state.issues.values()].filter((i) => i.number !== 7 && i.number !== 8)).toHaveLength(1);

  // A night without AWS access judges nothing: that is no evidence of a match, so the issue stays open.
  const blind = await runEvent({
    gh: f.gh,
    workspace: ws,
    eventName: 'schedule',
    payload: { schedule: '17 3 * * *', repository },
    env: { GITHUB_REF: 'refs/heads/main' },
    inputs: { command: 'plan', 'drift-issue': 'true' },
    sha: c1,
  });
  expect(commands(blind.stdout, 'warning').join('\n')).toContain('2 targets were not checked (logs, scratch)');
  expect(f.gh.state.issues.get(issue.number)).toMatchObject({ state: 'open' });
  expect(f.gh.state.comments.get(issue.number) ?? []).toEqual([]);

  // Reconcile on demand (workflow_dispatch), overwriting the hand-made change.
  const apply = await runEvent({
    gh: f.gh,
    workspace: ws,
    eventName: 'workflow_dispatch',
    payload: { ref: 'refs/heads/main', inputs: {}, repository },
    env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
    inputs: { command: 'apply', 'on-drift': 'overwrite' },
    sha: c1,
  });
  expect(apply.status, apply.stdout).toBe(0);
  expect(apply.outputs.applied).toBe('2');

  f.gh.requests.length = 0;
  const third = await schedule();
  expect(third.status, third.stdout).toBe(0);
  expect(third.outputs).toMatchObject({ verdict: 'pass', drift: 'none', 'drifted-targets': '', 'lagging-targets': '' });
  expect(f.gh.state.issues.get(issue.number)).toMatchObject({ state: 'closed', state_reason: 'completed' });
  expect(f.gh.state.comments.get(issue.number)?.map((c) => c.body)).toEqual([
    `Every bucket matches main at \`${c1.slice(0, 7)}\` again (2 targets checked, [run](https://github.com/acme/buckets/actions/runs/11223344556)). Closing.`,
  ]);
  expect(f.gh.state.issues.get(7)).toMatchObject({ state: 'open', body: 'not ours' });
  expect(f.gh.state.issues.get(8)).toMatchObject({ state: 'open', body: planted, title: 'Looks like ours' });
  expect(writes(f.gh).map((r) => `${r.method} ${r.path}`)).toEqual([
    `POST /repos/acme/buckets/issues/${issue.number}/comments`,
    `PATCH /repos/acme/buckets/issues/${issue.number}`,
  ]);
});
