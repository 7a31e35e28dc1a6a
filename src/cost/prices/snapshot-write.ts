/**
 * Renders a PriceSnapshot as the TypeScript module src/cost/prices/snapshot.ts. A module rather
 * than a .json file so that every bundler and Node's type stripping load it the same way; one
 * figure per line so that a refresh reads as a short diff.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { PriceSnapshot } from './snapshot-format.js';

const HEADER = `/**
 * The bundled S3 price snapshot: what lifeguard prices with when live prices are not asked for or
 * cannot be had. Data only; the loader (bundled.ts) fills figures a region lacks from the fallback
 * region and marks them. Regenerate with \`npm run prices:refresh\` (docs/prices.md).
 *
 * Units: storage in USD per binary GB-month, bands in GB; requests in USD per request (not per 1,000).
 */
import type { PriceSnapshot } from './snapshot-format.js';

`;

const json = (v: unknown): string => JSON.stringify(v);

/** One figure per line: `{ ...fields }` with the keys in a fixed order. */
function leaf(v: object): string {
  const parts = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${k}: ${json(x)}`);
  return `{ ${parts.join(', ')} }`;
}

function block<T>(indent: string, entries: [string, T][], line: (v: T) => string): string {
  if (entries.length === 0) return '{}';
  const inner = entries.map(([k, v]) => `${indent}  ${key(k)}: ${line(v)},`).join('\n');
  return `{\n${inner}\n${indent}}`;
}

/** Classes in the storage-class table's order, whatever order they were merged in. */
const byClass = <T>(r: Partial<Record<StorageClassName, T>>): [string, T][] =>
  STORAGE_CLASS_NAMES.flatMap((n) => (r[n] === undefined ? [] : [[n, r[n]] as [string, T]]));

const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : json(k));

export function renderSnapshot(s: PriceSnapshot): string {
  const regions = Object.entries(s.regions).map(([name, r]) => {
    const lines = [`sources: ${json(r.sources)},`];
    if (r.fallbackRegion !== undefined) lines.push(`fallbackRegion: ${json(r.fallbackRegion)},`);
    lines.push(`storage: ${block('      ', byClass(r.storage), (v) => leaf(v))},`);
    lines.push(`transitionPerRequest: ${block('      ', byClass(r.transitionPerRequest), (v) => leaf(v))},`);
    if (r.itMonitoringPerObject) lines.push(`itMonitoringPerObject: ${leaf(r.itMonitoringPerObject)},`);
    if (r.itInfrequentPerGb) lines.push(`itInfrequentPerGb: ${leaf(r.itInfrequentPerGb)},`);
    if (r.itArchiveInstantPerGb) lines.push(`itArchiveInstantPerGb: ${leaf(r.itArchiveInstantPerGb)},`);
    return `    ${json(name)}: {\n${lines.map((l) => `      ${l}`).join('\n')}\n    },`;
  });
  return (
    HEADER +
    `export const SNAPSHOT: PriceSnapshot = {\n` +
    `  format: ${s.format},\n` +
    `  date: ${json(s.date)},\n` +
    `  description:\n    ${json(s.description)},\n` +
    `  fallbackRegion: ${json(s.fallbackRegion)},\n` +
    `  sources: ${block('  ', Object.entries(s.sources), json)},\n` +
    `  regions: {\n${regions.join('\n')}\n  },\n` +
    `};\n`
  );
}
