/**
 * The privileged half of the fork split (`command: comment` on workflow_run) against a hostile fork,
 * through the committed bundle: a head .lifeguard.yml it cannot use is missing evidence, not a pull
 * request without targets; a path the fork's file names outside the repository is never read on the
 * privileged runner; a base target the head drops is a loosening that needs approval.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE_SHA, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { workflowRunEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { tempDir } from './run.js';

let gh: GitHubTestServer;
beforeEach(async () => {
  gh = await startGitHubServer();
});
afterEach(async () => {
  await gh.close();
});

const CONFIG = 'targets:\n  - name: logs\n    bucket: prod-logs\n    source:\n      lifecycle: lifecycle/logs.json\n';
const EVERYTHING_IN_A_DAY = JSON.stringify({
  Rules: [
    { ID: 'all', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } },
    { ID: 'abort', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
});

/** The fork's pull request #31 at head fff…, with `head` as its files, judged by the privileged half (no AWS credentials). */
async function judge(base: Record<string, string>, head: Record<string, string>, changed: string[]) {
  commitFiles(gh, BASE_SHA, base);
  commitFiles(gh, sha('f'), head);
  gh.state.files.set(
    31,
    changed.map((filename) => ({ filename, status: 'modified' })),
  );
  gh.state.heads.set(31, sha('f'));
  gh.state.pulls.set(31, { headRepo: 'mallory/buckets', headRef: 'x' });
  const saved = join(tempDir('lifeguard-artifact-'), 'report.json');
  writeFileSync(saved, JSON.stringify({ version: 1, command: 'check', pullRequest: { number: 31, headSha: sha('f'), fromFork: true } }));
  const run = await runEvent({
    gh,
    workspace: tempDir(),
    eventName: 'workflow_run',
    payload: workflowRunEvent({ headSha: sha('f'), fork: true }),
    inputs: { command: 'comment', 'report-json': saved },
  });
  return { run, comment: stickyComments(gh, 31)[0]?.body ?? '', status: gh.state.statuses.at(-1)?.state };
}

describe('the fork split against a hostile fork', () => {
  it("fails when the head's .lifeguard.yml cannot be read or used, instead of judging a pull request without targets", async () => {
    const head = { '.lifeguard.yml': CONFIG, 'lifecycle/logs.json': EVERYTHING_IN_A_DAY };
    gh.state.failPaths.push({ pattern: /^\/repos\/mallory\/buckets\/contents\/\.lifeguard\.yml$/, status: 502 });
    const unreadable = await judge({ '.lifeguard.yml': CONFIG }, head, ['lifecycle/logs.json']);
    expect(unreadable.run.outputs.verdict).toBe('fail');
    expect(unreadable.status).toBe('failure');
    expect(unreadable.comment).toContain('could not be used, so the pull request was not judged');

    // The fork turned .lifeguard.yml into a link: the contents API gives the link's text, no configuration.
    gh.state.failPaths.length = 0;
    gh.state.statuses.length = 0;
    const linked = await judge({ '.lifeguard.yml': CONFIG }, { ...head, '.lifeguard.yml': 'config/lifeguard.yml' }, ['.lifeguard.yml']);
    expect(linked.run.outputs.verdict).toBe('fail');
    expect(linked.status).toBe('failure');
  });

  it('fails when a file it should judge could not be read (here a changed lifecycle file), instead of judging without it', async () => {
    gh.state.failPaths.push({ pattern: /^\/repos\/mallory\/buckets\/contents\/lifecycle(\/|%2F)new\.json$/, status: 502 });
    const { run, comment, status } = await judge(
      { '.lifeguard.yml': 'targets: []\n' },
      { '.lifeguard.yml': 'targets: []\n', 'lifecycle/new.json': EVERYTHING_IN_A_DAY },
      ['lifecycle/new.json'],
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(status).toBe('failure');
    expect(comment).toContain('not judged: GitHub: lifecycle/new.json');
  });

  it("judges a target's registry manifest from the fork's commit, as the same-repository flow does from the checkout", async () => {
    const config = CONFIG.replace('    source:', '    registry: registry.yaml\n    source:');
    const registry = 'artifacts:\n  - uri: s3://prod-logs/models/fraud/v3/\n    model: fraud\n    version: "3"\n';
    const rules = JSON.stringify({
      Rules: [{ ID: 'expire-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Expiration: { Days: 90 } }],
    });
    const { comment } = await judge(
      { '.lifeguard.yml': config },
      { '.lifeguard.yml': config, 'registry.yaml': registry, 'lifecycle/logs.json': rules },
      ['lifecycle/logs.json'],
    );
    expect(comment).toContain('registry-protection');
    expect(comment).toContain("rule 'expire-models' expires current versions 90 days after each object is created");
    expect(comment).not.toContain('registry.yaml: no such file');
  });

  it('passes over a changed file no target names that is too large to read, with a word, as a same-repository check does', async () => {
    const { run } = await judge(
      { '.lifeguard.yml': 'targets: []\n' },
      { '.lifeguard.yml': 'targets: []\n', 'models/tokenizer.json': JSON.stringify({ vocab: 'x'.repeat(6 * 1024 * 1024) }) },
      ['models/tokenizer.json'],
    );
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(/Not checked: models\/tokenizer\.json at f{12} is larger than 5 MiB\./);
  });

  it("never reads a file the fork's .lifeguard.yml names outside the repository", async () => {
    const secret = join(tempDir('lifeguard-secret-'), 'creds.yml');
    writeFileSync(secret, 'aws_secret_access_key: TOPSECRET-abc123\n');
    const head = `targets:\n  - name: leak\n    bucket: some-bucket\n    source:\n      lifecycle: ${secret}\n`;
    const { run, comment, status } = await judge({ '.lifeguard.yml': 'targets: []\n' }, { '.lifeguard.yml': head }, ['.lifeguard.yml']);
    expect(run.stdout + run.stderr + comment + run.summary).not.toContain('TOPSECRET');
    expect(run.outputs.verdict).toBe('fail');
    expect(status).toBe('failure');
    expect(comment).toContain('outside the repository');
  });

  it('asks for approval when the head drops a target of the base (here: its whole .lifeguard.yml)', async () => {
    const { run, comment } = await judge({ '.lifeguard.yml': CONFIG }, { 'lifecycle/logs.json': EVERYTHING_IN_A_DAY }, [
      '.lifeguard.yml',
      'lifecycle/logs.json',
    ]);
    expect(run.outputs.verdict).toBe('fail');
    expect(comment).toContain(
      'loosens a setting the base commit decides: targets\\[logs\\] bucket prod-logs → (removed); needs an approval',
    );
  });
});
