/**
 * Apply reconciles the default branch with the buckets (ADR 0140), end to end: the committed bundle,
 * real git commits, buckets on the real RGW and the GitHub API stand-in. Three merges, the middle
 * run never executed (GitHub cancelled it while it was pending): the third run brings both buckets
 * to the branch, says that B was lagging and from which commit, and tells each merged pull request
 * the outcome of its own targets. A bucket changed outside git is still stopped as drift.
 */
import { describe, expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import { awsEnv, runEvent, stickyComments } from '../helpers/action-e2e.js';
import { commit, git } from '../helpers/git.js';
import { pushEvent } from '../helpers/events.js';
import { actionFixture, expireLogs, json } from '../helpers/action-fixture.js';
import { createBucket, lifeguardYml, putObject, uniqueBucket, workspace } from '../helpers/s3.js';
import { PutBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';

const f = actionFixture();
const expire = expireLogs;

const holds = (bucket: string, days: number) => f.holds(bucket, expire(days));

/** A comment lifeguard posted on the pull request before the merge (its plan), under the pull-request workflow's comment key. */
function planComment(pr: number): void {
  f.gh.state.comments.set(pr, [
    {
      id: 500 + pr,
      node_id: `IC_${pr}`,
      body: `## lifeguard: ✅ pass\n\nplan of #${pr}\n\n${commentMarker('lifeguard/plan')}\n`,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    },
  ]);
}

describe('apply reconciles every target with the branch', () => {
  it('three merges, the middle run never executed: after the third run A and B both equal the branch; B was lagging and says from which commit', async () => {
    const a = await createBucket(f.s3, uniqueBucket('rec-a'), { rules: toSdkRules(expire(30).Rules) });
    const b = await createBucket(f.s3, uniqueBucket('rec-b'), { rules: toSdkRules(expire(30).Rules) });
    f.buckets.push(a, b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const config = lifeguardYml([
      { name: 'a', bucket: a, lifecycle: 'lifecycle/a.json' },
      { name: 'b', bucket: b, lifecycle: 'lifecycle/b.json' },
    ]);
    const c0 = commit(
      ws,
      {
        '.lifeguard.yml': config,
        '.gitignore': '.lifeguard/\n',
        'lifecycle/a.json': json(expire(30)),
        'lifecycle/b.json': json(expire(30)),
      },
      'initial rules',
    );
    const apply = (before: string, after: string) =>
      runEvent({
        gh: f.gh,
        workspace: ws,
        eventName: 'push',
        payload: pushEvent({ before, after }),
        env: awsEnv(),
        inputs: { command: 'apply' },
        sha: after,
      });

    // Merge 1 (#1): A keeps logs 14 days. Its run applies A.
    const c1 = commit(ws, { 'lifecycle/a.json': json(expire(14)) }, 'Merge pull request #1 from acme/a-14');
    f.gh.state.commitPulls.set(c1, [1]);
    planComment(1);
    const run1 = await apply(c0, c1);
    expect(run1.status, run1.stdout + run1.stderr).toBe(0);
    expect(run1.outputs.applied).toBe('1');
    expect(await holds(a, 14)).toBe(true);

    // Merge 2 (#2): B keeps logs 10 days. Its run waits behind another and GitHub cancels it: it never runs.
    const c2 = commit(ws, { 'lifecycle/b.json': json(expire(10)) }, 'Merge pull request #2 from acme/b-10');
    f.gh.state.commitPulls.set(c2, [2]);
    planComment(2);

    // Merge 3 (#3): A keeps logs 7 days. Its run pushes c2..c3 only, yet reconciles every target.
    const c3 = commit(ws, { 'lifecycle/a.json': json(expire(7)) }, 'Merge pull request #3 from acme/a-7');
    f.gh.state.commitPulls.set(c3, [3]);
    planComment(3);
    const run3 = await apply(c2, c3);
    expect(run3.status, run3.stdout + run3.stderr).toBe(0);
    expect(run3.outputs).toMatchObject({ verdict: 'pass', applied: '2' });
    expect(await holds(a, 7)).toBe(true);
    expect(await holds(b, 10)).toBe(true);

    // The summary says B was behind, and from which commit it moved.
    expect(run3.summary).toContain(
      `Reconciling every target with its bucket at ${c3.slice(0, 7)} of main (push ${c2.slice(0, 7)}..${c3.slice(0, 7)}): 2 targets.`,
    );
    expect(run3.summary).toContain(`drift guard: lagging, not drifted: the bucket holds the rules of ${c1.slice(0, 7)} (`);
    expect(run3.summary).toContain(`drift guard: lagging, not drifted: the bucket holds the rules of ${c0.slice(0, 7)} (`);

    // Each merged pull request's comment shows the outcome of its own target, at the commit that applied it.
    const outcome = (pr: number) => stickyComments(f.gh, pr)[0]!.body;
    expect(outcome(3)).toMatch(new RegExp(`^<!-- lifeguard:apply-outcome -->\\n### After the merge: ✅ applied and verified\\n`));
    expect(outcome(3)).toContain(`| a | \`${a}\` | ✅ applied and verified at \`${c3.slice(0, 7)}\` |`);
    expect(outcome(3)).toContain('plan of #3');
    // The comment keeps the pull-request workflow's marker, so that workflow's next run still finds it.
    expect(outcome(3).trimEnd().endsWith(commentMarker('lifeguard/plan'))).toBe(true);
    expect(outcome(2)).toContain(`| b | \`${b}\` | ✅ applied and verified at \`${c3.slice(0, 7)}\` |`);
    expect(outcome(2)).not.toContain(`| a |`);
    expect(stickyComments(f.gh, 2)).toHaveLength(1);

    // A re-run changes nothing and posts nothing new.
    const again = await apply(c2, c3);
    expect(again.status).toBe(0);
    expect(again.outputs.applied).toBe('0');
  });

  it('a bucket changed outside git is still stopped as drift, the others applied; on-drift overwrite replaces it', async () => {
    const a = await createBucket(f.s3, uniqueBucket('drf-a'), { rules: toSdkRules(expire(30).Rules) });
    const b = await createBucket(f.s3, uniqueBucket('drf-b'), { rules: toSdkRules(expire(30).Rules) });
    f.buckets.push(a, b);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const c0 = commit(
      ws,
      {
        '.lifeguard.yml': lifeguardYml([
          { name: 'a', bucket: a, lifecycle: 'a.json' },
          { name: 'b', bucket: b, lifecycle: 'b.json' },
        ]),
        '.gitignore': '.lifeguard/\n',
        'a.json': json(expire(30)),
        'b.json': json(expire(30)),
      },
      'initial',
    );
    // Someone sets B to 5 days by hand: no commit ever had that.
    await f.s3.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: b, LifecycleConfiguration: { Rules: toSdkRules(expire(5).Rules) } }),
    );
    const c1 = commit(ws, { 'a.json': json(expire(14)), 'b.json': json(expire(21)) }, 'Merge pull request #9');
    const run = await runEvent({
      gh: f.gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before: c0, after: c1 }),
      env: awsEnv(),
      inputs: { command: 'apply', comment: 'off' },
      sha: c1,
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', applied: '1' });
    expect(run.summary).toContain(
      "Refused, nothing written: drift: drifted: the bucket's rules match none of the 2 versions of the target's rules in the branch's whole history, so something changed them outside git; rerun with the input on-drift: overwrite to replace them.",
    );
    expect(run.summary).toContain('- expire-logs: Expiration 21 → 5 days');
    expect(await holds(a, 14)).toBe(true);
    expect(await holds(b, 5)).toBe(true);

    const overwritten = await runEvent({
      gh: f.gh,
      workspace: ws,
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: {}, repository: { full_name: 'acme/buckets', default_branch: 'main' } },
      env: { ...awsEnv(), GITHUB_REF: 'refs/heads/main' },
      inputs: { command: 'apply', 'on-drift': 'overwrite', comment: 'off' },
      sha: c1,
    });
    expect(overwritten.status, overwritten.stdout).toBe(0);
    expect(overwritten.outputs.applied).toBe('1');
    expect(await holds(b, 21)).toBe(true);
  });

  it('a dry run (the plan job before the protected environment) shows the exact rules to be written and what they delete, and writes nothing', async () => {
    const a = await createBucket(f.s3, uniqueBucket('dry-a'), { rules: toSdkRules(expire(30).Rules) });
    f.buckets.push(a);
    for (const key of ['logs/1.txt', 'logs/2.txt', 'data/keep.bin']) await putObject(f.s3, a, key, { body: 'x'.repeat(1000) });
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const c0 = commit(
      ws,
      {
        '.lifeguard.yml': lifeguardYml([{ name: 'a', bucket: a, lifecycle: 'a.json' }]),
        '.gitignore': '.lifeguard/\n',
        'a.json': json(expire(30)),
      },
      'initial',
    );
    const shorter = {
      Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 1 } }, expire(30).Rules[1]],
    };
    const c1 = commit(ws, { 'a.json': json(shorter) }, 'Merge pull request #5');
    const dry = await runEvent({
      gh: f.gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before: c0, after: c1 }),
      env: awsEnv(),
      inputs: { command: 'apply', 'dry-run': 'true' },
      sha: c1,
    });
    expect(dry.status, dry.stdout + dry.stderr).toBe(0);
    expect(dry.outputs).toMatchObject({ verdict: 'pass', applied: '0' });
    expect(dry.summary).toMatch(/^## lifeguard apply \(dry run, nothing written\): ✅ 1 would apply\n/);
    expect(dry.summary).toContain(
      '⚠️ Within 12 months this deletes **2 objects (2.0 KiB)** earlier than the live rules would (from a listing of 3 entries).',
    );
    expect(dry.summary).toContain(
      "<details open><summary>To be written: the PutBucketLifecycleConfiguration request's configuration, exactly</summary>",
    );
    expect(dry.summary).toContain('"TransitionDefaultMinimumObjectSize": "all_storage_classes_128K"');
    expect(dry.summary).toContain('"Days": 1');
    expect(await f.holds(a, expire(30))).toBe(true);
    expect(f.gh.requests).toEqual([]);
  });

  it('a target whose rules Terraform owns is left out of reconciling, named in the summary; the run passes', async () => {
    const a = await createBucket(f.s3, uniqueBucket('rec-own-a'), { rules: toSdkRules(expire(30).Rules) });
    const t = await createBucket(f.s3, uniqueBucket('rec-own-tf'), { rules: toSdkRules(expire(30).Rules) });
    f.buckets.push(a, t);
    const ws = workspace({});
    git(ws, 'init', '-q', '-b', 'main');
    const config = lifeguardYml([
      { name: 'a', bucket: a, lifecycle: 'a.json' },
      { name: 'tf', bucket: t, lifecycle: 'x' },
    ]).replace('      lifecycle: x', '      terraform: infra/\n      resource: aws_s3_bucket_lifecycle_configuration.logs');
    const tf = `resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = "${t}"\n  rule {\n    id     = "expire-logs"\n    status = "Enabled"\n    filter {\n      prefix = "logs/"\n    }\n    expiration {\n      days = 7\n    }\n  }\n}\n`;
    const c0 = commit(
      ws,
      { '.lifeguard.yml': config, '.gitignore': '.lifeguard/\n', 'a.json': json(expire(30)), 'infra/main.tf': tf },
      'initial',
    );
    const c1 = commit(ws, { 'a.json': json(expire(14)) }, 'Merge pull request #6');
    const run = await runEvent({
      gh: f.gh,
      workspace: ws,
      eventName: 'push',
      payload: pushEvent({ before: c0, after: c1 }),
      env: awsEnv(),
      inputs: { command: 'apply' },
      sha: c1,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.applied).toBe('1');
    expect(run.summary).toContain('Left out, their rules owned by Terraform or CloudFormation: tf.');
    expect(await holds(a, 14)).toBe(true);
    // Terraform applies its own rules: the bucket keeps what it had.
    expect(await holds(t, 30)).toBe(true);
  });
});
