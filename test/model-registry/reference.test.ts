import { describe, expect, it } from 'vitest';
import { entriesFromCsv, entriesFromDocument } from '../../src/model-registry/manifest.js';
import fc from 'fast-check';
import { referenceIndex, referenceLookup, referencesKey, toReference } from '../../src/model-registry/reference.js';
import { parseText } from '../../src/load/document.js';

const ref = (value: string, kind?: string) => toReference({ value, kind, pointer: '/0' }, 'ml-artifacts');

describe('registry entries to references', () => {
  it('strips s3://bucket/ and keeps the trailing slash meaning a folder', () => {
    expect(ref('s3://ml-artifacts/models/fraud/v3/').reference).toMatchObject({ path: 'models/fraud/v3/', match: 'prefix' });
    expect(ref('s3://ml-artifacts/models/fraud/v3/model.pt').reference).toMatchObject({ path: 'models/fraud/v3/model.pt', match: 'key' });
    expect(ref('arn:aws:s3:::ml-artifacts/models/x.onnx').reference).toMatchObject({ path: 'models/x.onnx', match: 'key' });
  });

  it('reports an entry without slash or extension as ambiguous and protects it both ways', () => {
    const r = ref('s3://ml-artifacts/models/fraud/v3');
    expect(r.reference!.match).toBe('both');
    expect(r.problem!.severity).toBe('warning');
    expect(r.problem!.message).toContain('write "models/fraud/v3/" for a folder');
    expect(referencesKey(r.reference!, 'models/fraud/v3')).toBe(true);
    expect(referencesKey(r.reference!, 'models/fraud/v3/weights.bin')).toBe(true);
    expect(referencesKey(r.reference!, 'models/fraud/v30/weights.bin')).toBe(false);
    expect(ref('models/fraud/v3', 'key').problem).toBeUndefined();
  });

  it('refuses entries from another bucket instead of applying them here', () => {
    const r = ref('s3://other-bucket/models/v1/');
    expect(r.reference).toBeUndefined();
    expect(r.problem!.message).toContain('is in bucket "other-bucket", not "ml-artifacts"');
  });

  it('takes the key of an s3:// URI literally, as the AWS CLI writes it: ?, # and % are part of the key', () => {
    expect(ref('s3://ml-artifacts/models/run%2042/ckpt%2Bfinal.pt').reference!.path).toBe('models/run%2042/ckpt%2Bfinal.pt');
    expect(ref('models/run%2042/a.pt').reference!.path).toBe('models/run%2042/a.pt');
    expect(ref('s3://ml-artifacts/models/what?.pt').reference).toMatchObject({ path: 'models/what?.pt', match: 'key' });
    expect(ref('s3://ml-artifacts/models/a.pt?versionId=3HL4').reference).toMatchObject({ path: 'models/a.pt?versionId=3HL4' });
    expect(ref('s3://ml-artifacts/models/run#1/x.pt').reference!.path).toBe('models/run#1/x.pt');
    expect(ref('s3://ml-artifacts/models/%ZZ.pt').reference!.path).toBe('models/%ZZ.pt');
  });

  it('keeps a pinned version id given in its own field', () => {
    expect(
      toReference({ value: 's3://ml-artifacts/models/v3/model', versionId: '3HL4kqtJlcpXroDTDmJ', pointer: '/0' }, 'ml-artifacts')
        .reference,
    ).toMatchObject({ path: 'models/v3/model', match: 'key', versionId: '3HL4kqtJlcpXroDTDmJ' });
    const csv = entriesFromCsv('uri,versionId\ns3://ml-artifacts/m.pt,abc\n');
    expect(csv.entries[0]).toMatchObject({ value: 's3://ml-artifacts/m.pt', versionId: 'abc' });
  });

  it('never trims a key: spaces at either end protect both readings, with a warning', () => {
    const trailing = ref('models/trail.pt ');
    expect([trailing.reference!.path, trailing.also!.path]).toEqual(['models/trail.pt ', 'models/trail.pt']);
    expect(trailing.problem).toMatchObject({ severity: 'warning', message: expect.stringContaining('spaces at its start or end') });
    const leading = ref('s3://ml-artifacts/ models/lead.pt');
    expect([leading.reference!.path, leading.also!.path]).toEqual([' models/lead.pt', 'models/lead.pt']);
    const csv = entriesFromCsv('key\n"models/trail.pt "\n models/lead.pt\n');
    expect(csv.entries.map((e) => e.value)).toEqual(['models/trail.pt ', ' models/lead.pt']);
  });

  it('reads JSON/YAML and CSV manifests with positions', () => {
    const doc = parseText(
      'registry.yaml',
      'artifacts:\n  - uri: s3://ml-artifacts/models/a/\n    model: fraud\n    version: "3"\n    stage: Production\n  - 42\n',
    );
    if (!doc.ok) throw new Error('parse');
    const { entries, problems } = entriesFromDocument(doc.doc);
    expect(entries).toEqual([
      { value: 's3://ml-artifacts/models/a/', kind: undefined, model: 'fraud', version: '3', stage: 'Production', pointer: '/artifacts/0' },
    ]);
    expect(problems).toEqual([{ pointer: '/artifacts/1', message: expect.stringContaining('s3:// URI') }]);
    const csv = entriesFromCsv(
      'uri,model,version,stage\n"s3://ml-artifacts/models/a,b/",m,1,Staging\n\n,,,\ns3://ml-artifacts/x.pt,m,2,None\n',
    );
    expect(csv.entries.map((e) => [e.value, e.line])).toEqual([
      ['s3://ml-artifacts/models/a,b/', 2],
      ['s3://ml-artifacts/x.pt', 5],
    ]);
    expect(entriesFromCsv('name\nx\n').problems[0]!.message).toContain('"uri"');
  });
});

describe('path normalization, the cases a garbage collector gets wrong', () => {
  it('decides folder or key on the literal key: an escaped slash is not a slash', () => {
    expect(ref('s3://ml-artifacts/models%2Ffraud%2Fv3%2F').reference).toMatchObject({ path: 'models%2Ffraud%2Fv3%2F', match: 'both' });
    expect(ref('S3://ml-artifacts/models/fraud/v3/model.pt').reference).toMatchObject({ path: 'models/fraud/v3/model.pt', match: 'key' });
    expect(ref('s3a://ml-artifacts/models/fraud/v3/').reference).toMatchObject({ path: 'models/fraud/v3/', match: 'prefix' });
  });

  it('never lets a folder cover its siblings, nor a key its look-alikes', () => {
    const folder = ref('s3://ml-artifacts/models/fraud/v3/').reference!;
    expect(
      ['models/fraud/v3/a.pt', 'models/fraud/v3/', 'models/fraud/v30/a.pt', 'models/fraud/v3'].map((k) => referencesKey(folder, k)),
    ).toEqual([true, true, false, false]);
    const key = ref('s3://ml-artifacts/models/a.pt').reference!;
    expect(['models/a.pt', 'models/a.pt.bak', 'models/a.pt/x'].map((k) => referencesKey(key, k))).toEqual([true, false, false]);
  });

  it('refuses the bucket root and another bucket written with only a trailing slash', () => {
    expect(ref('s3://ml-artifacts/').problem!.message).toContain('names the whole bucket');
    expect(ref('s3://ml-artifacts').problem!.message).toContain('names the whole bucket');
    expect(ref('s3://ml-artifacts-old/').problem!.message).toContain('is in bucket "ml-artifacts-old"');
  });

  it('finds, through the index, the same references a linear search finds, in the same order', () => {
    const paths = fc.constantFrom(
      'models/',
      'models/a/',
      'models/a',
      'models/a/x.pt',
      'logs/',
      'x.pt',
      'x',
      'models/b/',
      'ckpt/r1/',
      'models/a/x',
    );
    const kinds = fc.constantFrom('key', 'prefix', undefined);
    const keys = fc.constantFrom(
      'models/a',
      'models/a/x.pt',
      'models/a/y',
      'models/b/z',
      'x.pt',
      'x',
      'x/y',
      'logs/l',
      'ckpt/r1/s',
      'other',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(paths, kinds), { maxLength: 8 }), fc.array(keys, { maxLength: 10 }), (entries, ks) => {
        const refs = entries.map(([value, kind]) => toReference({ value, kind, pointer: '' }, 'ml-artifacts').reference!).filter(Boolean);
        const index = referenceIndex(refs);
        const lookup = referenceLookup(refs);
        for (const k of ks) {
          expect(lookup(k)).toEqual(refs.filter((r) => referencesKey(r, k)));
          expect(index(k)).toBe(refs.find((r) => referencesKey(r, k)));
        }
      }),
    );
  });
});
