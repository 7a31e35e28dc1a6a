/**
 * The orphan sweep's promise as a property: over arbitrary S3 keys (spaces at either end, unicode,
 * `?`, `#`, `%`, `+`, keys that are prefixes of other keys), written into registry manifests in
 * every form lifeguard reads (CSV uri/key columns, JSON strings and objects, s3:// URIs and bare
 * keys) and into protect entries, no referenced or protected key is ever an orphan, so none is
 * ever tagged. A manifest with an error finding is refused as a whole (the sweep tags nothing then).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { classify, type StoredObject } from '../../src/orphans/classify.js';
import { entriesFromCsv, entriesFromDocument, type RawEntry } from '../../src/model-registry/manifest.js';
import { toReference, type Reference } from '../../src/model-registry/reference.js';

const BUCKET = 'ml-artifacts';
const NOW = new Date('2026-11-20T12:00:00Z');
const OLD = new Date('2026-01-01T00:00:00Z');

/** Key material: the characters that broke garbage collectors, and whole look-alike pieces. */
const piece = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'b', '/', ' ', '?', '#', '%', '+', '.', '-', 'é', '日', '🙂', '2', '0', '=', '&'),
    minLength: 1,
    maxLength: 6,
  }),
  fc.constantFrom('models/', 'models', 'a.pt', ' ', 'what?.pt', '%20', '%2F', 'a+b', '#x', '?versionId=1', 'v3/', 'v3', '.pt '),
);
const key = fc
  .array(piece, { minLength: 1, maxLength: 5 })
  .map((p) => p.join(''))
  .filter((k) => k.length > 0 && k.length <= 200);

type Form = 'csv-uri' | 'csv-key' | 'json-string-uri' | 'json-string-key' | 'json-uri' | 'json-key' | 'json-prefix';
const FORMS: Form[] = ['csv-uri', 'csv-key', 'json-string-uri', 'json-string-key', 'json-uri', 'json-key', 'json-prefix'];

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** Registry manifests (CSV and JSON) naming each key in its form; what lifeguard reads back from them. */
function read(refs: Array<{ key: string; form: Form }>): { references: Reference[]; errors: number } {
  const entries: RawEntry[] = [];
  const byUri = refs.filter((r) => r.form === 'csv-uri');
  const byKey = refs.filter((r) => r.form === 'csv-key');
  if (byUri.length) entries.push(...entriesFromCsv(`uri\n${byUri.map((r) => csvCell(`s3://${BUCKET}/${r.key}`)).join('\n')}\n`).entries);
  if (byKey.length) entries.push(...entriesFromCsv(`key\n${byKey.map((r) => csvCell(r.key)).join('\n')}\n`).entries);
  const json = refs
    .filter((r) => r.form.startsWith('json'))
    .map((r) => {
      switch (r.form) {
        case 'json-string-uri':
          return `s3://${BUCKET}/${r.key}`;
        case 'json-string-key':
          return r.key;
        case 'json-uri':
          return { uri: `s3://${BUCKET}/${r.key}` };
        case 'json-key':
          return { key: r.key };
        default:
          return { prefix: r.key };
      }
    });
  if (json.length) {
    const doc = parseText('registry.json', JSON.stringify({ artifacts: json }));
    if (!doc.ok) throw new Error(doc.problem.message);
    entries.push(...entriesFromDocument(doc.doc).entries);
  }
  const references: Reference[] = [];
  let errors = 0;
  for (const e of entries) {
    const { reference, also, problem } = toReference(e, BUCKET);
    if (reference) references.push(reference);
    if (also) references.push(also);
    if (problem?.severity === 'error') errors++;
  }
  return { references, errors };
}

describe('orphans never include a referenced or protected key', () => {
  it('holds for arbitrary keys in every manifest form', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMS)), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (keys, picks, protectPicks) => {
          const refs = picks.map(([i, form]) => ({ key: keys[i % keys.length]!, form }));
          const protectedPrefixes = protectPicks.map((i) => keys[i % keys.length]!);
          const { references, errors } = read(refs);
          const protect: Reference[] = protectedPrefixes.map((p, i) => ({
            path: p,
            match: 'prefix',
            protectedBy: `protect[${i}]`,
            written: p,
            pointer: `/protect/${i}`,
          }));
          const objects: StoredObject[] = keys.map((k) => ({ key: k, size: 1, lastModified: OLD, storageClass: 'STANDARD' }));
          const c = classify(objects, { prefixes: [''], registry: references, protect, minAgeDays: 7, now: NOW });
          // The sweep refuses to tag anything when the manifest has an error finding.
          const tagged = errors > 0 || references.length === 0 ? [] : c.orphans.map((o) => o.key);
          for (const k of tagged) {
            for (const r of refs) {
              const covered = r.form === 'json-prefix' ? k.startsWith(r.key) : k === r.key;
              expect(covered, `${JSON.stringify(k)} is referenced by ${r.form} ${JSON.stringify(r.key)}`).toBe(false);
            }
            for (const p of protectedPrefixes)
              expect(k.startsWith(p), `${JSON.stringify(k)} is under the protect prefix ${JSON.stringify(p)}`).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads the keys that were tagged before: trailing and leading spaces, ? in an s3:// URI', () => {
    const { references, errors } = read([
      { key: 'models/trail.pt ', form: 'csv-key' },
      { key: ' models/lead.pt', form: 'csv-key' },
      { key: 'models/what?.pt', form: 'csv-uri' },
    ]);
    expect(errors).toBe(0);
    const objects = ['models/trail.pt ', ' models/lead.pt', 'models/what?.pt', 'models/what', 'models/orphan.pt'].map((k) => ({
      key: k,
      size: 1,
      lastModified: OLD,
      storageClass: 'STANDARD',
    }));
    const c = classify(objects, { prefixes: [''], registry: references, protect: [], minAgeDays: 7, now: NOW });
    expect(c.orphans.map((o) => o.key)).toEqual(['models/orphan.pt', 'models/what']);
  });
});
