/**
 * Vitest global setup of the integration project: makes sure a Ceph RADOS Gateway answers for the
 * S3 tests. A server this checkout already runs (started by .ci/run or by hand with
 * scripts/s3-server/start.sh) is reused; otherwise one is started here, on free ports when the
 * default ones are taken by another checkout's server, and stopped again at the end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export interface S3TestServer {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Seconds one lifecycle "day" lasts on this server (0: real days). */
  lcDaySeconds: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    s3: S3TestServer;
  }
}

const REPO = resolve(import.meta.dirname, '../..');
const SCRIPTS = join(REPO, 'scripts/s3-server');

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const dir = process.env.S3_DIR ?? join(REPO, '.s3-test');
  const running = readEndpointFile(dir);
  if (running && (await answers(running.endpoint))) {
    project.provide('s3', running);
    return undefined;
  }
  const env = {
    ...process.env,
    S3_DIR: dir,
    S3_PORT: process.env.S3_PORT ?? String(await freePort(7480)),
    S3_MON_PORT: process.env.S3_MON_PORT ?? String(await freePort(3300)),
  };
  const started = spawnSync(join(SCRIPTS, 'start.sh'), { env, stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000, encoding: 'utf8' });
  const server = started.status === 0 ? readEndpointFile(dir) : undefined;
  if (!server)
    throw new Error(
      `the test S3 server did not start (scripts/s3-server/start.sh exited ${started.status ?? started.signal}); see ${dir}/log/`,
    );
  project.provide('s3', server);
  return () => {
    spawnSync(join(SCRIPTS, 'stop.sh'), ['--wipe'], { env, stdio: 'inherit' });
  };
}

function readEndpointFile(dir: string): S3TestServer | undefined {
  const file = join(dir, 'endpoint.env');
  if (!existsSync(file)) return undefined;
  const vars = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  if (!vars.S3_ENDPOINT || !vars.AWS_ACCESS_KEY_ID || !vars.AWS_SECRET_ACCESS_KEY) return undefined;
  return {
    endpoint: vars.S3_ENDPOINT,
    region: vars.AWS_REGION ?? 'us-east-1',
    accessKeyId: vars.AWS_ACCESS_KEY_ID,
    secretAccessKey: vars.AWS_SECRET_ACCESS_KEY,
    lcDaySeconds: Number(vars.RGW_LC_DEBUG_INTERVAL ?? 0),
  };
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** `preferred` when nothing listens there, else a port the kernel picks. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((ok) => {
      const srv = createServer();
      srv.once('error', () => ok(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        srv.close(() => ok(typeof addr === 'object' && addr ? addr.port : undefined));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}
