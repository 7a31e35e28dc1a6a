/**
 * The example policy (shared seed 001's Example 1 plus seed 000's tiers), its committed compiled
 * output, and what issue #3 asks it to show.
 */
import { describeAws } from '../../src/lint/report-message.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { lintLifecycle } from '../../src/lint/engine.js';
import type { S3LifecycleRule } from '../../src/model/lifecycle.js';
import { STORAGE_CLASSES } from '../../src/model/storage-classes.js';
import { runCheck } from '../../src/pipeline/check.js';
import { renderRequest } from '../../src/policy/compile.js';
import { checkText } from '../helpers/policy.js';

const POLICY = 'examples/retention/ml-artifacts.yaml';
const COMPILED = 'examples/retention/ml-artifacts.lifecycle.json';
const result = checkText(readFileSync(POLICY, 'utf8'), {}, POLICY);
const rules = result.compilation!.request.LifecycleConfiguration.Rules;

/** Rules that act on an object with this key and these tags (prefix and tag filters, as S3 matches). */
function applying(key: string, tags: Record<string, string> = {}): S3LifecycleRule[] {
  return rules.filter((r) => {
    const f = r.Filter ?? {};
    const prefix = f.Prefix ?? f.And?.Prefix ?? '';
    const wanted = [...(f.Tag ? [f.Tag] : []), ...(f.And?.Tags ?? [])];
    return key.startsWith(prefix) && wanted.every((t) => tags[t.Key] === t.Value);
  });
}
const expiryDays = (rs: S3LifecycleRule[]) => rs.flatMap((r) => (r.Expiration?.Days !== undefined ? [r.Expiration.Days] : []));

describe('examples/retention/ml-artifacts.yaml', () => {
  it('compiles with no error finding', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('matches the committed ml-artifacts.lifecycle.json byte for byte', () => {
    expect(renderRequest(result.compilation!.request)).toBe(readFileSync(COMPILED, 'utf8'));
  });

  it('dev: objects expire at 14 days, noncurrent versions beyond the 5 newest go, failed runs expire at 3 days', () => {
    expect(expiryDays(applying('ml/dev/run-1/model.pt'))).toEqual([14]);
    const nce = applying('ml/dev/run-1/model.pt').flatMap((r) => (r.NoncurrentVersionExpiration ? [r.NoncurrentVersionExpiration] : []));
    expect(nce).toEqual([{ NoncurrentDays: 7, NewerNoncurrentVersions: 5 }]);
    // S3 honours the shortest of overlapping expiries: 3 days for a failed run.
    expect(Math.min(...expiryDays(applying('ml/dev/run-2/model.pt', { status: 'failed' })))).toBe(3);
  });

  it('staging: 60 days and 10 versions', () => {
    const staging = applying('ml/staging/fraud/model.onnx');
    expect(expiryDays(staging)).toEqual([60]);
    expect(staging.flatMap((r) => (r.NoncurrentVersionExpiration ? [r.NoncurrentVersionExpiration.NewerNoncurrentVersions] : []))).toEqual([
      10,
    ]);
  });

  it('production: current versions never expire and move to an archive class at 365 days', () => {
    const prod = applying('ml/prod/fraud/v3/model.pt', { status: 'failed' });
    expect(prod.filter((r) => r.Expiration?.Days !== undefined || r.Expiration?.Date !== undefined)).toEqual([]);
    const moves = prod.flatMap((r) => r.Transitions ?? []);
    expect(moves).toEqual([{ Days: 365, StorageClass: 'DEEP_ARCHIVE' }]);
    expect(STORAGE_CLASSES[moves[0]!.StorageClass].minStorageDays).toBeGreaterThanOrEqual(90);
  });

  it("checkpoints and models follow seed 000's hot → warm → cold tiers", () => {
    const tiers = (key: string) => applying(key).flatMap((r) => (r.Transitions ?? []).map((t) => `${t.StorageClass}@${t.Days}`));
    expect(tiers('models/fraud/v3.pt')).toEqual(['STANDARD_IA@30', 'GLACIER_IR@90']);
    expect(expiryDays(applying('models/fraud/v3.pt'))).toEqual([365]);
    expect(tiers('checkpoints/step-100.pt')).toEqual(['STANDARD_IA@14', 'GLACIER_IR@60']);
  });

  it('aborts incomplete multipart uploads everywhere it selects, on prefix-only rules', () => {
    const aborts = rules.filter((r) => r.AbortIncompleteMultipartUpload);
    expect(aborts.map((r) => [r.Filter?.Prefix, r.AbortIncompleteMultipartUpload!.DaysAfterInitiation])).toEqual([
      ['ml/dev/', 7],
      ['ml/staging/', 7],
      ['ml/prod/', 7],
      ['checkpoints/', 7],
      ['models/', 7],
    ]);
  });

  it('the committed file, linted as a lifecycle configuration, has no error', () => {
    const data = JSON.parse(readFileSync(COMPILED, 'utf8'));
    expect(lintLifecycle(COMPILED, data).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lifeguard check on the folder reports no error for the policy or the compiled file', async () => {
    const loaded = await loadConfig(undefined, process.cwd());
    if (!loaded.ok) throw new Error('config');
    const { report } = await runCheck(['examples/retention'], loaded.config);
    expect(report.files).toEqual([
      { file: 'examples/retention/ml-artifacts.lifecycle.json', kind: 'lifecycle' },
      { file: 'examples/retention/ml-artifacts.lifecycle.tf', kind: 'terraform' },
      { file: 'examples/retention/ml-artifacts.template.yaml', kind: 'cloudformation' },
      { file: 'examples/retention/ml-artifacts.yaml', kind: 'policy' },
    ]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('docs/retention-policy.md', () => {
  const page = readFileSync('docs/retention-policy.md', 'utf8');
  const yamlBlock = /```yaml\n(apiVersion[\s\S]*?)```/.exec(page)![1]!;
  const jsonBlock = /```json\n([\s\S]*?)```/.exec(page)![1]!;

  it('shows a policy that compiles to the committed example output', () => {
    const shown = checkText(yamlBlock, {}, 'doc.yaml');
    expect(renderRequest(shown.compilation!.request)).toBe(readFileSync(COMPILED, 'utf8'));
  });

  it('shows rules exactly as the compiler writes them', () => {
    const shown = JSON.parse(jsonBlock) as S3LifecycleRule[];
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) expect(rules.find((x) => x.ID === r.ID)).toEqual(r);
  });

  it('quotes the compile error the example would get with Deep Archive 30 days after Glacier IR in the models tier', () => {
    const bad = readFileSync(POLICY, 'utf8').replace(
      '      - { afterDays: 90, storageClass: GLACIER_IR }\n    expireAfterDays: 365',
      '      - { afterDays: 90, storageClass: GLACIER_IR }\n      - { afterDays: 120, storageClass: DEEP_ARCHIVE }\n    expireAfterDays: 365',
    );
    expect(bad).toContain('afterDays: 120');
    const error = checkText(bad, {}, 'retention/ml-artifacts.yaml').located.find((f) => f.severity === 'error')!;
    const quoted =
      /```\n {2}retention\/ml-artifacts\.yaml\n {4}(\d+):(\d+) {2}error {2}([\s\S]*?) {2}policy-compile\n {8}answer: (.*)\n {8}fix: (.*)\n/.exec(
        page,
      )!;
    expect([error.line, error.column]).toEqual([Number(quoted[1]), Number(quoted[2])]);
    expect(error.message).toBe(quoted[3]!.replace(/\s*\n\s*/g, ' '));
    expect(describeAws(error.aws!)).toBe(quoted[4]);
    expect(error.hint).toBe(quoted[5]);
    expect([error.messageId, error.data]).toMatchObject(['gap', { class: 'DEEP_ARCHIVE', day: 120, prev: 'GLACIER_IR', earliest: 180 }]);
  });
});
