// ADR 0080's measurement: csv-parse (the well-kept streaming CSV library) against lifeguard's
// byte-level reader, on the same generated CSV.gz inventory. Both gunzip the same way; csv-parse
// only splits fields here (no cohort folding), so its time is a lower bound for a library path.
// Usage: node bench/csv-parsers.mjs <inventory folder> <lifeguard bench entry>
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';

const [dir, entry] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
let t0 = performance.now();
let rows = 0;
for (const f of manifest.files) {
  const parser = pipeline(
    createReadStream(join(dir, f.key), { highWaterMark: 1 << 20 }),
    createGunzip({ chunkSize: 1 << 18 }),
    parse({ relax_quotes: false }),
    () => undefined,
  );
  for await (const record of parser) if (record[1].length > 0) rows++;
}
const lib = (performance.now() - t0) / 1000;
console.log(`csv-parse: ${rows} rows in ${lib.toFixed(2)} s = ${(rows / lib / 1e6).toFixed(2)} M rows/s (fields only)`);
t0 = performance.now();
execFileSync(
  process.execPath,
  [entry, 'cost', '--proposed', join(dir, '..', 'proposed.json'), '--inventory', dir, '--region', 'us-east-1', '--format', 'json'],
  { stdio: ['ignore', 'ignore', 'ignore'] },
);
const own = (performance.now() - t0) / 1000;
console.log(`lifeguard cost (whole command): ${rows} rows in ${own.toFixed(2)} s = ${(rows / own / 1e6).toFixed(2)} M rows/s`);
