/**
 * What lifeguard sends that Ceph RGW ignores, checked on the wire: ExpectedBucketOwner on every
 * call, TransitionDefaultMinimumObjectSize on the PUT, and retries with backoff when S3 answers
 * 503 SlowDown or 500. A small HTTP stand-in answers with S3's XML shapes and records requests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openS3 } from '../../src/s3/client.js';
import { readBucketState } from '../../src/s3/state.js';

interface Seen {
  method: string;
  query: string;
  headers: IncomingMessage['headers'];
}

const xmlError = (code: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message></Message><RequestId>r</RequestId></Error>`;

let server: Server;
let endpoint: string;
const seen: Seen[] = [];
let lifecycle: string | undefined;
/** Answers queued per query before the normal one (status, S3 error code). */
const failures = new Map<string, Array<[number, string]>>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = [...url.searchParams.keys()].join('&');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', query, headers: req.headers });
      const fail = failures.get(query)?.shift();
      const send = (status: number, body = '') => {
        res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': 'r' });
        res.end(body);
      };
      if (fail) return send(fail[0], xmlError(fail[1]));
      if (query === 'versioning')
        return send(
          200,
          '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>',
        );
      if (query === 'object-lock') return send(404, xmlError('ObjectLockConfigurationNotFoundError'));
      if (query === 'lifecycle' && req.method === 'GET')
        return lifecycle ? send(200, lifecycle) : send(404, xmlError('NoSuchLifecycleConfiguration'));
      if (query === 'lifecycle' && req.method === 'PUT') {
        lifecycle = Buffer.concat(chunks).toString('utf8');
        return send(200);
      }
      return send(400, xmlError('NotImplemented'));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  endpoint = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  process.env.AWS_ACCESS_KEY_ID = 'STANDINKEY';
  process.env.AWS_SECRET_ACCESS_KEY = 'stand-in-secret';
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('on the wire', () => {
  it('sends ExpectedBucketOwner on every call and TransitionDefaultMinimumObjectSize on the PUT', async () => {
    seen.length = 0;
    lifecycle = undefined;
    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-standin-'));
    writeFileSync(
      join(dir, '.lifeguard.yml'),
      `targets:\n  - name: t\n    bucket: owned-bucket\n    expectedBucketOwner: "123456789012"\n    endpoint: ${endpoint}\n    source: { lifecycle: r.json }\n`,
    );
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify({
        Rules: [
          {
            ID: 'e',
            Status: 'Enabled',
            Filter: { Prefix: 'tmp/' },
            Expiration: { Days: 7 },
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          },
        ],
      }),
    );
    let out = '';
    const code = await main(['apply', '--yes'], {
      cwd: dir,
      color: false,
      env: process.env,
      stdout: (t) => void (out += t),
      stderr: (t) => void (out += t),
    });
    expect(code, out).toBe(0);
    expect(out).toContain('verified');
    expect(seen.length).toBeGreaterThanOrEqual(6);
    for (const r of seen) expect(r.headers['x-amz-expected-bucket-owner'], `${r.method} ?${r.query}`).toBe('123456789012');
    const put = seen.filter((r) => r.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0]!.headers['x-amz-transition-default-minimum-object-size']).toBe('all_storage_classes_128K');
    // No streaming checksum trailers (RGW answers those with 411).
    expect(put[0]!.headers['content-encoding'] ?? '').not.toContain('aws-chunked');
  });

  it('retries 503 SlowDown and 500 with backoff, and gives up after the attempt limit with a sentence', async () => {
    const s3 = await openS3({ endpoint });
    seen.length = 0;
    failures.set('versioning', [
      [503, 'SlowDown'],
      [500, 'InternalError'],
    ]);
    const state = await readBucketState(s3, { bucket: 'b' });
    expect(state.versioning).toBe('Enabled');
    expect(seen.filter((r) => r.query === 'versioning')).toHaveLength(3);

    seen.length = 0;
    failures.set(
      'versioning',
      Array.from({ length: 10 }, () => [500, 'InternalError'] as [number, string]),
    );
    await expect(readBucketState(s3, { bucket: 'b' })).rejects.toThrow(
      'GetBucketVersioning on bucket b: S3 kept failing after retries (InternalError)',
    );
    expect(seen.filter((r) => r.query === 'versioning')).toHaveLength(5);
    failures.clear();
  });
});
