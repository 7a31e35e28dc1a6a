/**
 * The network as an adversary: an endpoint that accepts connections and never answers, the RGW
 * frozen with SIGSTOP, and a connection that drops right after S3 took a write. plan, apply and
 * `cost --prices live` stop at the run's deadline with one sentence naming the endpoint and what
 * was not done; the action's gate fails; apply reads the bucket back and reports what happened.
 */
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeInventory } from '../cost/inventory-fixture.js';
import { runCliAsync } from '../e2e/run.js';
import { awsEnv, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, liveRules, removeBucket, s3Server, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const DEADLINE_S = 4;
/** Start-up of a Node process on a busy machine, plus the report: the run must end well before the hard stop. */
const MARGIN_MS = 5_000;
const RULES = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } }] };

interface Blackhole {
  url: string;
  close(): Promise<void>;
}

/** Accepts every connection, reads what comes, answers nothing. */
async function blackhole(): Promise<Blackhole> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/**
 * A TCP proxy in front of the RGW that resets the client's connection when S3 answers a
 * PutBucketLifecycleConfiguration: the write has landed, but the client never hears so.
 */
async function resetAfterPut(upstream: string): Promise<{ url: string; resets: () => number; close(): Promise<void> }> {
  const target = new URL(upstream);
  let resets = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const up = connect(Number(target.port), target.hostname);
    sockets.add(client).add(up);
    let putLifecycle = false;
    client.on('data', (d) => {
      if (/^PUT \S*\?lifecycle/m.test(d.toString('latin1'))) putLifecycle = true;
      up.write(d);
    });
    up.on('data', (d) => {
      if (putLifecycle) {
        resets++;
        client.resetAndDestroy();
        up.destroy();
        return;
      }
      client.write(d);
    });
    for (const s of [client, up]) {
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        up.destroy();
      });
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    resets: () => resets,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

function yml(bucket: string, endpoint: string): string {
  return `targets:\n  - name: logs\n    bucket: ${bucket}\n    endpoint: ${endpoint}\n    source:\n      lifecycle: lifecycle/logs.json\n`;
}

/** The RGW's radosgw process (scripts/s3-server writes its pid under S3_DIR/run). */
function rgwPid(): number {
  const dir = process.env.S3_DIR ?? resolve(import.meta.dirname, '../../.s3-test');
  return Number(readFileSync(join(dir, 'run', 'client.rgw.pid'), 'utf8').trim());
}

let hole: Blackhole;
let gh: GitHubTestServer;
let s3: S3Client;
const buckets: string[] = [];

beforeAll(async () => {
  hole = await blackhole();
  gh = await startGitHubServer();
  s3 = testClient();
});
afterAll(async () => {
  await hole?.close();
  await gh?.close();
  for (const b of buckets) await removeBucket(s3, b);
});

describe('an endpoint that accepts and never answers', () => {
  it('plan and apply stop at the deadline, naming the endpoint and what was not done', async () => {
    const ws = workspace({ '.lifeguard.yml': yml('acme-logs', hole.url), 'lifecycle/logs.json': JSON.stringify(RULES) });
    const plan = await runCliAsync(['plan', '--deadline', `${DEADLINE_S}s`], ws, { env: awsEnv() });
    expect(plan.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    expect(plan.status).toBe(1);
    expect(plan.stdout).toMatch(
      new RegExp(
        `target logs: bucket acme-logs from lifecycle/logs\\.json\\n  could not be planned: Get\\w+ on bucket acme-logs: stopped at the run deadline \\(${DEADLINE_S} s\\) while waiting for the S3 endpoint ${hole.url.replace(/\./g, '\\.')}`,
      ),
    );

    const apply = await runCliAsync(['apply', '--yes', '--deadline', `${DEADLINE_S}s`], ws, { env: awsEnv() });
    expect(apply.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    expect(apply.status).toBe(1);
    expect(apply.stdout).toMatch(
      /refused: could not be planned: Get\w+ on bucket acme-logs: stopped at the run deadline \(4 s\) while waiting for the S3 endpoint http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(apply.stdout).toContain('apply: 0 applied, 1 refused.');
  });

  it('cost --prices live stops waiting for the Price List API at the deadline and says so', async () => {
    const inventory = writeInventory(
      [{ key: 'logs/a.log', size: 1024 ** 3, lastModifiedMs: Date.parse('2026-10-01T00:00:00Z'), storageClass: 'STANDARD' }],
      { format: 'CSV', creation: '2026-11-01T00:00:00Z' },
    );
    const ws = workspace({ 'proposed.json': JSON.stringify(RULES) });
    const run = await runCliAsync(
      [
        'cost',
        '--proposed',
        'proposed.json',
        '--inventory',
        inventory,
        '--region',
        'eu-west-1',
        '--prices',
        'live',
        '--deadline',
        `${DEADLINE_S}s`,
      ],
      ws,
      {
        env: { ...awsEnv(), LIFEGUARD_PRICING_ENDPOINT: hole.url },
      },
    );
    expect(run.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    expect(run.stdout + run.stderr).toContain(
      `stopped at the run deadline (${DEADLINE_S} s) while waiting for the Price List API at ${hole.url}`,
    );
  });

  it("the action's gate fails, and the comment says why", async () => {
    const ws = workspace({ '.lifeguard.yml': yml('acme-logs', hole.url), 'lifecycle/logs.json': JSON.stringify(RULES) });
    gh.state.files.set(3, [{ filename: 'lifecycle/logs.json', status: 'modified' }]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 3, headSha: sha('3') }),
      env: awsEnv(),
      inputs: { deadline: `${DEADLINE_S}s` },
    });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('fail');
    expect(run.status).not.toBe(0);
    const [comment] = stickyComments(gh, 3);
    expect(comment?.body).toMatch(/stopped at the run deadline \(4 s\) while waiting for the S3 endpoint/);
  });
});

describe('the RGW frozen with SIGSTOP', () => {
  it('plan and apply stop at the deadline; the server is continued afterwards whatever happens', async () => {
    const bucket = await createBucket(s3, uniqueBucket('frozen'));
    buckets.push(bucket);
    const ws = workspace({ '.lifeguard.yml': yml(bucket, s3Server().endpoint), 'lifecycle/logs.json': JSON.stringify(RULES) });
    const pid = rgwPid();
    process.kill(pid, 'SIGSTOP');
    try {
      const plan = await runCliAsync(['plan', '--deadline', `${DEADLINE_S}s`], ws, { env: awsEnv() });
      const apply = await runCliAsync(['apply', '--yes', '--deadline', `${DEADLINE_S}s`], ws, { env: awsEnv() });
      for (const r of [plan, apply]) {
        expect(r.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(
          new RegExp(
            `stopped at the run deadline \\(4 s\\) while waiting for the S3 endpoint ${s3Server().endpoint.replace(/\./g, '\\.')}`,
          ),
        );
      }
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(await liveRules(s3, bucket)).toBeUndefined();
  });
});

describe('a connection reset after a successful PUT', () => {
  it('apply reads the bucket back and reports the write as landed and verified', async () => {
    const bucket = await createBucket(s3, uniqueBucket('reset'));
    buckets.push(bucket);
    const proxy = await resetAfterPut(s3Server().endpoint);
    try {
      const ws = workspace({ '.lifeguard.yml': yml(bucket, proxy.url), 'lifecycle/logs.json': JSON.stringify(RULES) });
      const run = await runCliAsync(['apply', '--yes'], ws, { env: awsEnv() });
      expect(proxy.resets()).toBeGreaterThan(0);
      expect(run.stdout).toMatch(
        new RegExp(
          `target logs: applied to ${bucket}, though the write got no answer \\(PutBucketLifecycleConfiguration on bucket ${bucket}: cannot reach the S3 endpoint http://127\\.0\\.0\\.1:\\d+ \\(ECONNRESET\\)[^)]*\\)\\): read back and verified, its lifecycle configuration equals lifecycle/logs\\.json \\(1 rule\\)`,
        ),
      );
      expect(run.status).toBe(0);
      expect((await liveRules(s3, bucket))?.map((r) => r.ID)).toEqual(['expire-logs']);
    } finally {
      await proxy.close();
    }
  });
});
