// npm run prices:refresh [-- --regions us-east-1,eu-west-1] [--out FILE]
// Regenerates src/cost/prices/snapshot.ts from the AWS Price List API (docs/prices.md). Needs AWS
// credentials allowed pricing:GetProducts; LIFEGUARD_PRICING_ENDPOINT points it at another endpoint.
import './lib/ts-source-hooks.mjs';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run prices:refresh [-- --regions r1,r2,...] [--out FILE]';
const root = new URL('..', import.meta.url);

function fail(message, status = 1) {
  process.stderr.write(`prices:refresh: ${message}\n`);
  process.exit(status);
}

let args;
try {
  args = parseArgs({ options: { regions: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } }).values;
} catch (e) {
  fail(`${e.message}\n${USAGE}`, 2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const { SNAPSHOT } = await import('../src/cost/prices/snapshot.ts');
const { fetchLiveFigures, describeLiveFailure, ENDPOINT_ENV } = await import('../src/cost/prices/live-source.ts');
const { refreshSnapshot } = await import('../src/cost/prices/refresh.ts');
const { renderSnapshot } = await import('../src/cost/prices/snapshot-write.ts');

const regions = args.regions
  ? args.regions
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean)
  : Object.keys(SNAPSHOT.regions);
if (regions.length === 0) fail(`no regions given\n${USAGE}`, 2);
const out = args.out ? resolve(args.out) : new URL('src/cost/prices/snapshot.ts', root).pathname;
const endpoint = process.env[ENDPOINT_ENV];
process.stderr.write(`prices:refresh: reading ${regions.join(', ')} from ${endpoint || 'the AWS Price List API (us-east-1)'}\n`);

const figures = [];
for (const region of regions) {
  try {
    figures.push(await fetchLiveFigures({ region }));
  } catch (e) {
    const reason = describeLiveFailure(e);
    const hint = /credentials|access denied/.test(reason)
      ? ' Configure AWS credentials for an identity allowed pricing:GetProducts (docs/prices.md) and run again.'
      : '';
    fail(`cannot read the Price List for ${region}: ${reason}. Nothing was written.${hint}`);
  }
}

let result;
try {
  result = refreshSnapshot(SNAPSHOT, figures, new Date().toISOString().slice(0, 10));
} catch (e) {
  fail(`${e.message}. Nothing was written.`);
}
for (const line of result.lines) process.stdout.write(`${line}\n`);
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
writeFileSync(out, renderSnapshot(result.snapshot));
process.stdout.write(`wrote ${out}: ${figures.length} region(s) refreshed, prices published ${result.snapshot.date}\n`);
