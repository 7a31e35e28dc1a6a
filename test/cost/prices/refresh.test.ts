/**
 * `npm run prices:refresh` (scripts/prices-refresh.mjs) run as a user runs it, against the local
 * Price List stand-in through LIFEGUARD_PRICING_ENDPOINT; and without credentials, where it must
 * stop with a clear message and write nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPriceCatalog } from '../../../src/cost/prices/catalog.js';
import type { PriceSnapshot } from '../../../src/cost/prices/snapshot-format.js';
import { SNAPSHOT } from '../../../src/cost/prices/snapshot.js';
import { startPricingServer, type PricingServer } from '../../helpers/pricing-server.js';

const SCRIPT = new URL('../../../scripts/prices-refresh.mjs', import.meta.url).pathname;
let server: PricingServer;
let dir: string;

beforeEach(async () => {
  server = await startPricingServer();
  dir = mkdtempSync(join(tmpdir(), 'lifeguard-refresh-'));
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script with a clean environment: no AWS settings but the ones given. */
function refresh(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(dir, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
        LIFEGUARD_PRICING_ENDPOINT: server.url,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'AKIDLIFEGUARDTEST', AWS_SECRET_ACCESS_KEY: 'not-a-secret' };

describe('prices:refresh', () => {
  it('regenerates the listed regions from the API and keeps everything else', async () => {
    const out = join(dir, 'snapshot.ts');
    const run = await refresh(['--regions', 'us-east-1,eu-west-1', '--out', out], CREDENTIALS);
    expect(run.stderr).not.toMatch(/Error|at .*\.ts:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'us-east-1 storage STANDARD: 0-51200 GB $0.023, 51200-512000 GB $0.022, 512000-Inf GB $0.021 (PriceList:WP9ANXZGBYYSGJEA)',
    );
    expect(run.stdout).toMatch(/^eu-west-1 transition into GLACIER_IR: \$0\.00002 \(PriceList:\w+\)$/m);
    expect(run.stderr).toContain(
      'warning: us-east-1 storage REDUCED_REDUNDANCY: not in the Price List response; the previous snapshot figure is kept',
    );
    expect(new Set(server.requests.map((r) => (r.body.Filters as { Value: string }[])[0]!.Value))).toEqual(
      new Set(['us-east-1', 'eu-west-1']),
    );

    const fresh = ((await import(out)) as { SNAPSHOT: PriceSnapshot }).SNAPSHOT;
    expect(fresh.date).toBe('2026-02-23');
    expect(fresh.sources.PriceList).toMatch(/publicationDate 2026-02-23/);
    expect(fresh.regions['us-east-1']!.storage.STANDARD!.src).toBe('PriceList:WP9ANXZGBYYSGJEA');
    expect(fresh.regions['us-east-1']!.storage.REDUCED_REDUNDANCY).toEqual(SNAPSHOT.regions['us-east-1']!.storage.REDUCED_REDUNDANCY);
    expect(fresh.regions['us-east-1']!.sources).toEqual(['PriceList', 'S1']);
    for (const region of Object.keys(SNAPSHOT.regions).filter((r) => r !== 'us-east-1' && r !== 'eu-west-1')) {
      expect(fresh.regions[region], region).toEqual(SNAPSHOT.regions[region]);
    }

    // The refreshed snapshot prices eu-west-1 exactly as live prices do.
    const fromFile = (await loadPriceCatalog({ source: 'bundled', region: 'eu-west-1', snapshot: fresh })).region('eu-west-1');
    const fromApi = (
      await loadPriceCatalog({
        source: 'live',
        region: 'eu-west-1',
        endpoint: server.url,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      })
    ).region('eu-west-1');
    expect(fromFile).toEqual(fromApi);
  });

  it('without credentials, stops before any request and writes nothing', async () => {
    const out = join(dir, 'snapshot.ts');
    const run = await refresh(['--regions', 'us-east-1', '--out', out], {});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^prices:refresh: cannot read the Price List for us-east-1: no AWS credentials were found \(the Price List API takes signed requests\)\. Nothing was written\. Configure AWS credentials for an identity allowed pricing:GetProducts \(docs\/prices\.md\) and run again\.$/m,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
    expect(existsSync(out)).toBe(false);
  });

  it('stops on a region the API cannot price, and writes nothing', async () => {
    const out = join(dir, 'snapshot.ts');
    const run = await refresh(['--regions', 'eu-west-1,ap-northeast-1', '--out', out], CREDENTIALS);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'prices:refresh: cannot read the Price List for ap-northeast-1: the Price List response could not be read: no S3 Standard storage SKU (TimedStorage-ByteHrs) for ap-northeast-1. Nothing was written.',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown option with its usage', async () => {
    const run = await refresh(['--region', 'us-east-1'], CREDENTIALS);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^prices:refresh: Unknown option '--region'[^\n]*\nusage: npm run prices:refresh/);
  });
});
