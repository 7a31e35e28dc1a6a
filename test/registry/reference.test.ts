import { describe, expect, it } from 'vitest';
import { entriesFromCsv, entriesFromDocument } from '../../src/registry/manifest.js';
import { referencesKey, toReference } from '../../src/registry/reference.js';
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

  it('decodes URL-encoded keys in URIs, but takes plain keys literally', () => {
    expect(ref('s3://ml-artifacts/models/run%2042/ckpt%2Bfinal.pt').reference!.path).toBe('models/run 42/ckpt+final.pt');
    expect(ref('models/run%2042/a.pt').reference!.path).toBe('models/run%2042/a.pt');
    expect(ref('s3://ml-artifacts/models/%ZZ.pt').problem!.severity).toBe('error');
  });

  it('keeps a pinned version id', () => {
    expect(ref('s3://ml-artifacts/models/v3/model.pt?versionId=3HL4kqtJlcpXroDTDmJ').reference).toMatchObject({ path: 'models/v3/model.pt', versionId: '3HL4kqtJlcpXroDTDmJ' });
  });

  it('reads JSON/YAML and CSV manifests with positions', () => {
    const doc = parseText('registry.yaml', 'artifacts:\n  - uri: s3://ml-artifacts/models/a/\n    model: fraud\n    version: "3"\n    stage: Production\n  - 42\n');
    if (!doc.ok) throw new Error('parse');
    const { entries, problems } = entriesFromDocument(doc.doc);
    expect(entries).toEqual([{ value: 's3://ml-artifacts/models/a/', kind: undefined, model: 'fraud', version: '3', stage: 'Production', pointer: '/artifacts/0' }]);
    expect(problems).toEqual([{ pointer: '/artifacts/1', message: expect.stringContaining('s3:// URI') }]);
    const csv = entriesFromCsv('uri,model,version,stage\n"s3://ml-artifacts/models/a,b/",m,1,Staging\n\n,,,\ns3://ml-artifacts/x.pt,m,2,None\n');
    expect(csv.entries.map((e) => [e.value, e.line])).toEqual([['s3://ml-artifacts/models/a,b/', 2], ['s3://ml-artifacts/x.pt', 5]]);
    expect(entriesFromCsv('name\nx\n').problems[0]!.message).toContain('"uri"');
  });
});
