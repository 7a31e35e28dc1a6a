/**
 * The fork split's privileged half (`command: comment` on workflow_run) with Terraform and
 * CloudFormation targets, end to end on the committed bundle: the fork's module folder (its
 * variables.tf gives the expiration), its template and its changed .tf files are read as data at
 * the head commit, through git when the checkout holds that commit and through the contents API
 * (the recorded-shape server, listing folders) when it does not, and judged against real RGW
 * buckets: the plan shows the resources' rules, never "no such file or folder".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { tempDir } from '../e2e/run.js';
import { awsEnv, BASE_SHA, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent, workflowRunEvent } from '../helpers/events.js';
import { commit, git } from '../helpers/git.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, removeBucket, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const EXPIRE_30 = [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }];

/** The module: the rule reads its days from variables.tf, so without that file its value is unknown. */
const module = (bucket: string, days: number) => ({
  'infra/s3/main.tf': `resource "aws_s3_bucket_lifecycle_configuration" "ml" {
  bucket = "${bucket}"

  rule {
    id     = "expire-logs"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    expiration {
      days = var.expiration_days
    }
  }
}
`,
  'infra/s3/variables.tf': `variable "expiration_days" {\n  default = ${days}\n}\n`,
});

const template = (bucket: string, days: number) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  LogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${bucket}
      LifecycleConfiguration:
        Rules:
          - Id: expire-logs
            Status: Enabled
            Prefix: logs/
            ExpirationInDays: ${days}
`;

/**
 * A module no target names: its archive day comes from its variables.tf, which the pull request does
 * not change. With it the expiration (day 30) comes before the transition (day 90), which AWS
 * rejects; without it the day is unknown and nothing is found.
 */
const COLD = {
  'modules/cold/main.tf': `resource "aws_s3_bucket_lifecycle_configuration" "cold" {
  bucket = "acme-cold"

  rule {
    id     = "expire-cold"
    status = "Enabled"

    filter {}

    transition {
      days          = var.archive_days
      storage_class = "GLACIER"
    }

    expiration {
      days = 30
    }
  }
}
`,
  'modules/cold/variables.tf': 'variable "archive_days" {\n  default = 90\n}\n',
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

/** Two buckets at 30 days, one read from a Terraform module folder and one from a template; the fork shortens both. */
async function forkFiles(label: string) {
  const tf = await createBucket(s3, uniqueBucket(`${label}-tf`), { rules: toSdkRules(EXPIRE_30) });
  const cfn = await createBucket(s3, uniqueBucket(`${label}-cfn`), { rules: toSdkRules(EXPIRE_30) });
  buckets.push(tf, cfn);
  const config = lifeguardYml([
    { name: 'ml', bucket: tf, lifecycle: 'x' },
    { name: 'stack', bucket: cfn, lifecycle: 'x' },
  ])
    .replace('      lifecycle: x', '      terraform: infra/s3\n      resource: aws_s3_bucket_lifecycle_configuration.ml')
    .replace('      lifecycle: x', '      cloudformation: stack/template.yaml\n      resource: LogsBucket');
  const base = { '.lifeguard.yml': config, ...module(tf, 30), 'stack/template.yaml': template(cfn, 30) };
  const head = { ...base, ...module(tf, 14), 'stack/template.yaml': template(cfn, 21) };
  return { tf, cfn, base, head };
}

/** The pull_request half as a fork runs it: read-only token, no credentials; it saves its report. */
async function checkHalf(head: Record<string, string>, headSha: string, changed: readonly string[]): Promise<string> {
  gh.state.files.set(
    31,
    changed.map((filename) => ({ filename, status: 'modified' })),
  );
  gh.state.heads.set(31, headSha);
  gh.state.readOnly = true;
  const saved = join(tempDir('lifeguard-artifact-'), 'lifeguard-report.json');
  const check = await runEvent({
    gh,
    workspace: workspace(head),
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: 31, headSha, fork: true }),
    inputs: { command: 'check', 'report-json': saved },
  });
  gh.state.readOnly = false;
  expect(JSON.parse(readFileSync(saved, 'utf8')).pullRequest, check.stdout + check.stderr).toMatchObject({ number: 31, headSha });
  return saved;
}

const contentsRequests = () =>
  gh.requests
    .filter((r) => r.path.startsWith('/repos/mallory/buckets/contents'))
    .map((r) => decodeURIComponent(r.path).replace('/repos/mallory/buckets/contents/', ''));

/** The privileged half's run on the saved report, in a checkout of the base repository. */
async function commentHalf(checkout: string, headSha: string, saved: string) {
  gh.requests.length = 0;
  const judged = await runEvent({
    gh,
    workspace: checkout,
    eventName: 'workflow_run',
    payload: workflowRunEvent({ headSha, fork: true }),
    env: awsEnv(),
    inputs: { command: 'comment', 'report-json': saved },
  });
  const [comment] = stickyComments(gh, 31);
  return { judged, body: comment?.body ?? `(no comment)\n${judged.stdout}` };
}

describe("the fork split's privileged half with Terraform and CloudFormation targets", () => {
  it.each(['git', 'api'] as const)(
    'judges a module folder (its value from variables.tf) and a CloudFormation template, read as data through %s',
    async (via) => {
      const { tf, cfn, base, head } = await forkFiles(`fork-iac-${via}`);
      let headSha = sha('f');
      let checkout = tempDir();
      if (via === 'git') {
        // The base repository's checkout holding the fork's head commit (fetched, not checked out).
        checkout = workspace({});
        git(checkout, 'init', '-q', '-b', 'main');
        const baseSha = commit(checkout, base, 'base');
        git(checkout, 'checkout', '-q', '-b', 'fork-head');
        headSha = commit(checkout, head, 'shorter retention');
        git(checkout, 'checkout', '-q', 'main');
        gh.state.pulls.set(31, { baseSha });
      } else {
        commitFiles(gh, BASE_SHA, base);
        commitFiles(gh, headSha, head);
      }
      const saved = await checkHalf(head, headSha, ['infra/s3/variables.tf', 'stack/template.yaml']);
      const { judged, body } = await commentHalf(checkout, headSha, saved);

      expect(body).not.toContain('no such file');
      // Each target's plan shows its resource's rules: 14 days from variables.tf, 21 from the template.
      expect(body).toContain(`### ml · \`${tf}\``);
      expect(body).toContain('Rules from `infra/s3/main.tf`.');
      expect(body).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
      expect(body).toContain(`### stack · \`${cfn}\``);
      expect(body).toContain('| changed | `expire-logs` | Expiration 30 → 21 days |');
      expect(judged.outputs.verdict).toBe('pass');
      expect(gh.state.statuses.map((s) => `${s.sha} ${s.state}`)).toEqual([`${headSha} success`]);
      if (via === 'git') {
        // Nothing of the fork through the API: git had every file.
        expect(contentsRequests()).toEqual([]);
      } else {
        // The module folder listed, then its files read, the template read: all at the fork's head commit.
        expect(contentsRequests()).toEqual(
          expect.arrayContaining(['infra/s3', 'infra/s3/main.tf', 'infra/s3/variables.tf', 'stack/template.yaml']),
        );
        const fork = gh.requests.filter((r) => r.path.startsWith('/repos/mallory/buckets/contents'));
        expect(fork.every((r) => r.query.ref === headSha)).toBe(true);
      }
    },
  );

  it("checks a changed .tf file no target names with its module's values, and reports its finding", async () => {
    const { base, head } = await forkFiles('fork-iac-changed');
    const withCold = { ...head, ...COLD };
    commitFiles(gh, BASE_SHA, base);
    commitFiles(gh, sha('f'), withCold);
    // Only main.tf changed: its archive day is in the unchanged variables.tf beside it.
    const saved = await checkHalf(withCold, sha('f'), ['modules/cold/main.tf']);
    const { judged, body } = await commentHalf(tempDir(), sha('f'), saved);
    expect(body).toMatch(
      /\| ❌ \| `modules\/cold\/main\.tf:16` \| \[expiration-after-transition\]\(.*\) \| .*the Expiration at day 30 is not after the Transition to GLACIER at day 90 \|/,
    );
    expect(judged.outputs.verdict).toBe('fail');
    expect(gh.state.statuses.map((s) => s.state)).toEqual(['failure']);
    expect(contentsRequests()).toEqual(expect.arrayContaining(['modules/cold', 'modules/cold/main.tf', 'modules/cold/variables.tf']));
  });
});
