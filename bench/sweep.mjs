// npm run bench:sweep — `lifeguard orphans --live --quarantine` at bucket scale on the real Ceph RGW
// (scripts/s3-server, started here on free ports and stopped again), with the committed CLI bundle:
// a bucket of LIFEGUARD_SWEEP_OBJECTS objects (default 200000) of which the registry references a
// fifth; the first sweep is killed (SIGKILL) after it tagged a third of the orphans, the second
// resumes from the journal. A forwarding proxy counts what RGW answered, so the script checks that
// each orphan got exactly one PutObjectTagging and no referenced object any, and reports the time
// of each phase, objects tagged per second and the requests by operation, with the machine's load.
// LIFEGUARD_SWEEP_CONCURRENCY (default 16, the CLI's default) is passed as --concurrency;
// LIFEGUARD_SWEEP_CLI runs another copy of the bundle (e.g. one copied aside while dist/ is rebuilt).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { fillBucket, runSweep, sweepWorkspace, tagCountingProxy, tagCountProblems } from '../test/helpers/sweep-at-scale.ts';

const N = Number(process.env.LIFEGUARD_SWEEP_OBJECTS ?? 200_000);
const CONCURRENCY = process.env.LIFEGUARD_SWEEP_CONCURRENCY ?? '16';
const REPO = resolve(import.meta.dirname, '..');
const CLI = process.env.LIFEGUARD_SWEEP_CLI ?? join(REPO, 'dist/cli/index.js');
const dir = join(REPO, '.s3-bench');

const freePort = () =>
  new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
const env = {
  ...process.env,
  S3_DIR: dir,
  S3_PORT: String(await freePort()),
  S3_MON_PORT: String(await freePort()),
  RGW_LC_DEBUG_INTERVAL: '0',
};
const started = spawnSync(join(REPO, 'scripts/s3-server/start.sh'), { env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (started.status !== 0) throw new Error('scripts/s3-server/start.sh failed');
const server = Object.fromEntries(
  readFileSync(join(dir, 'endpoint.env'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

try {
  const endpoint = server.S3_ENDPOINT;
  const credentials = { accessKeyId: server.AWS_ACCESS_KEY_ID, secretAccessKey: server.AWS_SECRET_ACCESS_KEY };
  const region = server.AWS_REGION ?? 'us-east-1';
  const client = new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  console.log(`load average before: ${load()}`);
  let t = performance.now();
  const b = await fillBucket(client, `lg-sweep-${Date.now().toString(36)}`, N);
  console.log(
    `filled ${N.toLocaleString('en-US')} objects in ${((performance.now() - t) / 1000).toFixed(1)} s (${b.orphans.size.toLocaleString('en-US')} orphans)`,
  );

  const counter = await tagCountingProxy(endpoint);
  const ws = sweepWorkspace(b, counter.endpoint);
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_REGION: region,
  };
  const killAt = Math.floor(b.orphans.size / 3);
  const first = await runSweep(CLI, ws, childEnv, ['--concurrency', CONCURRENCY], counter, killAt);
  const before = [...counter.tagWrites.values()].reduce((n, c) => n + c, 0);
  console.log(
    `first run: killed (${first.signal}) after ${(first.ms / 1000).toFixed(1)} s, ${before.toLocaleString('en-US')} objects tagged; journal ${existsSync(join(ws, '.lifeguard/quarantine/arts.tagging.jsonl')) ? 'left' : 'MISSING'}; load ${load()}`,
  );
  const second = await runSweep(CLI, ws, childEnv, ['--concurrency', CONCURRENCY], counter);
  const report = JSON.parse(second.stdout || '{}');
  const tagged = [...counter.tagWrites.values()].reduce((n, c) => n + c, 0) - before;
  console.log(
    `second run: exit ${second.status} after ${(second.ms / 1000).toFixed(1)} s, resumed ${report.action?.resumed?.alreadyTagged?.toLocaleString('en-US')} from the journal, tagged ${tagged.toLocaleString('en-US')} (${Math.round(tagged / (second.ms / 1000))} objects/s end to end, listing included); load ${load()}`,
  );
  const problems = tagCountProblems(b, counter);
  console.log(
    `exactly once: ${problems.notOnce.length} orphans tagged other than once, ${problems.referencedTagged.length} referenced objects tagged; recorded ${report.action?.tagged?.toLocaleString('en-US')} of ${b.orphans.size.toLocaleString('en-US')}`,
  );
  console.log(`requests through the proxy: ${[...counter.requests].map(([op, n]) => `${op} ${n.toLocaleString('en-US')}`).join(', ')}`);
  await counter.close();
  if (problems.notOnce.length || problems.referencedTagged.length || report.action?.tagged !== b.orphans.size) process.exitCode = 1;
} finally {
  spawnSync(join(REPO, 'scripts/s3-server/stop.sh'), ['--wipe'], { env, stdio: 'inherit' });
}
