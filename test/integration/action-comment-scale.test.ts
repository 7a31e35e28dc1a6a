/**
 * The comment at scale, end to end (ADR 0145): a pull request that changes .lifeguard.yml touches
 * all 120 targets, each a bucket on the real RGW; 5 of them, spread across the list, hold rules AWS
 * rejects. The committed action bundle posts one comment through the GitHub API stand-in: under
 * 65,536 characters, the overview first with the failing targets at its top, each failing target's
 * details in it, and the job summary holding every target.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { awsEnv, BASE_SHA, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, removeBucket, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const TARGETS = 120;
const FAILING = [4, 41, 66, 93, 118];
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const expire = (days: number) => ({
  Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: days } }],
});

let s3: S3Client;
let gh: GitHubTestServer;
const buckets: string[] = [];

beforeAll(async () => {
  s3 = testClient();
  gh = await startGitHubServer();
});
afterAll(async () => {
  await gh.close();
  for (const b of buckets) await removeBucket(s3, b);
});

it(
  'a change to .lifeguard.yml touching 120 targets, 5 failing: one comment under the limit, overview first, every failing target in it',
  { timeout: 180_000 },
  async () => {
    for (let i = 0; i < TARGETS; i++)
      buckets.push(await createBucket(s3, uniqueBucket(`scale-${i}`), { rules: toSdkRules(expire(30).Rules) }));
    const targets = buckets.map((bucket, i) => ({ name: `t${String(i).padStart(3, '0')}`, bucket, lifecycle: `lifecycle/t${i}.json` }));
    const base = lifeguardYml(targets);
    const files: Record<string, string> = { '.lifeguard.yml': `${base}# every target: the lifecycle files moved to the new layout\n` };
    // Days 0 is what AWS rejects (InvalidArgument); the others shorten expiry from 30 to 14 days.
    targets.forEach((t, i) => (files[t.lifecycle] = json(expire(FAILING.includes(i) ? 0 : 14))));
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': base });
    gh.state.files.set(120, [{ filename: '.lifeguard.yml', status: 'modified' }]);

    const run = await runEvent({
      gh,
      workspace: workspace(files),
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 120, headSha: sha('c') }),
      env: awsEnv(),
    });
    expect(run.status, run.stderr).toBe(1);
    const comments = stickyComments(gh, 120);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/^## lifeguard: ❌ fail\n/);
    expect(body).not.toContain('was cut to fit');

    // The overview comes before any target's details; its first rows are the failing targets.
    const overview = body.indexOf('| Target | Verdict | Rule changes | Monthly cost change | Data deleted |');
    expect(overview).toBeGreaterThan(0);
    expect(overview).toBeLessThan(body.indexOf('<details'));
    const rows = body
      .slice(overview)
      .split('\n')
      .filter((l) => /^\| t\d{3} \|/.test(l));
    expect(rows).toHaveLength(TARGETS);
    expect(rows.slice(0, 5).map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(
      FAILING.map((i) => `| t${String(i).padStart(3, '0')} | ❌ fail`),
    );
    expect(rows.slice(5).every((r) => r.includes('| ✅ pass |'))).toBe(true);
    // Each failing target's details are in the comment, open.
    for (const i of FAILING) expect(body).toContain(`<details open><summary>❌ fail · t${String(i).padStart(3, '0')}</summary>`);
    // The summary has every target's section; the comment says where the rest is.
    for (const t of targets) expect(run.summary).toContain(`### ${t.name} · \`${t.bucket}\``);
    expect(body).toMatch(
      /The details of \d+ more targets did not fit in this comment: the \[job summary\]\(https:\/\/github\.com\/acme\/buckets\/actions\/runs\/11223344556\) of this run has every target in full/,
    );
  },
);
