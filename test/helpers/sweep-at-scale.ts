/**
 * An orphan sweep at bucket scale on the real RGW, interrupted once and resumed, shared by the
 * integration test (a few thousand objects) and `npm run bench:sweep` (200,000): a bucket filled
 * with objects of which the registry references a fifth, then the committed CLI bundle
 * (`lifeguard orphans --live --quarantine`) run as a child process against a forwarding proxy in
 * front of RGW. The proxy only forwards and counts: every PutObjectTagging RGW answered with 200,
 * per key, whether or not the client still listened. The first run is killed (SIGKILL, no chance
 * to clean up) once it has tagged a given number of objects; the second run is left to finish.
 * Imports only Node and the SDK, so a plain Node script can load it too (types stripped).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export interface TagCounter {
  endpoint: string;
  /** Successful PutObjectTagging calls per key. */
  tagWrites: Map<string, number>;
  /** Requests forwarded, by operation (method and sub-resource). */
  requests: Map<string, number>;
  /** Resolves once `n` tag writes have succeeded in total. */
  whenTagged(n: number): Promise<void>;
  close(): Promise<void>;
}

/** A forwarding proxy to `upstream` (path-style S3) that counts what RGW answered. */
export async function tagCountingProxy(upstream: string): Promise<TagCounter> {
  const target = new URL(upstream);
  const tagWrites = new Map<string, number>();
  const requests = new Map<string, number>();
  let total = 0;
  const waiting: Array<{ n: number; resolve: () => void }> = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const op = `${req.method} ${[...url.searchParams.keys()].filter((k) => ['tagging', 'list-type', 'versioning', 'lifecycle'].includes(k)).join('&') || 'object'}`;
    requests.set(op, (requests.get(op) ?? 0) + 1);
    // The Host header is forwarded as signed: RGW checks the signature against it, not its own port.
    const up = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer: IncomingMessage) => {
        if (req.method === 'PUT' && url.searchParams.has('tagging') && answer.statusCode === 200) {
          const key = decodeURIComponent(url.pathname.split('/').slice(2).join('/'));
          tagWrites.set(key, (tagWrites.get(key) ?? 0) + 1);
          total++;
          for (const w of waiting.filter((x) => total >= x.n)) {
            waiting.splice(waiting.indexOf(w), 1);
            w.resolve();
          }
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    // A client killed mid-request must not stop the count of what RGW did with it.
    res.on('error', () => undefined);
    req.pipe(up);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    tagWrites,
    requests,
    whenTagged: (n) => (total >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SweepBucket {
  bucket: string;
  keys: string[];
  /** The keys no registry entry references: exactly what the sweep must tag. */
  orphans: Set<string>;
  registryCsv: string;
}

/** `count` small objects under models/run-<n>/ (100 runs); the registry references runs 0-19. */
export async function fillBucket(client: S3Client, bucket: string, count: number, concurrency = 64): Promise<SweepBucket> {
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  const keys = Array.from({ length: count }, (_, i) => `models/run-${i % 100}/part-${String(i).padStart(7, '0')}.bin`);
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x' }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const referenced = Array.from({ length: 20 }, (_, i) => `models/run-${i}/`);
  const orphans = new Set(keys.filter((k) => !referenced.some((p) => k.startsWith(p))));
  const registryCsv = ['uri', ...referenced.map((p) => `s3://${bucket}/${p}`)].join('\n') + '\n';
  return { bucket, keys, orphans, registryCsv };
}

/** A workspace whose one target points at `endpoint` (the proxy). */
export function sweepWorkspace(b: SweepBucket, endpoint: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-sweep-'));
  writeFileSync(join(dir, 'registry.csv'), b.registryCsv);
  writeFileSync(
    join(dir, 'rules.json'),
    '{"Rules":[{"ID":"logs","Status":"Enabled","Filter":{"Prefix":"logs/"},"Expiration":{"Days":30}}]}\n',
  );
  writeFileSync(
    join(dir, '.lifeguard.yml'),
    `targets:\n  - name: arts\n    bucket: ${b.bucket}\n    endpoint: ${endpoint}\n    source: { lifecycle: rules.json }\n    registry: registry.csv\n    artifactPrefixes: [models/]\n`,
  );
  return dir;
}

export interface SweepRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI bundle; with `killAfterTags`, kills it (SIGKILL) once the proxy counted that many tag writes. */
export function runSweep(
  cli: string,
  dir: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  counter?: TagCounter,
  killAfterTags?: number,
): Promise<SweepRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'orphans', '--target', 'arts', '--live', '--min-age-days', '0', '--quarantine', '--format', 'json', ...args],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  if (counter && killAfterTags !== undefined) void counter.whenTagged(killAfterTags).then(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: performance.now() - started }));
  });
}

/** What the counts say: orphans tagged other than once, referenced objects tagged at all. */
export function tagCountProblems(b: SweepBucket, counter: TagCounter): { notOnce: string[]; referencedTagged: string[] } {
  const notOnce = [...b.orphans].filter((k) => counter.tagWrites.get(k) !== 1);
  const referencedTagged = b.keys.filter((k) => !b.orphans.has(k) && counter.tagWrites.has(k));
  return { notOnce, referencedTagged };
}
