/** `.lifeguard.yml` targets: a bad file gives findings with file:line:column, and the CLI exits 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/config.js';
import { parseText } from '../../src/load/document.js';
import { resolveFindings } from '../../src/findings/resolve.js';

function problems(text: string): string[] {
  const doc = parseText('.lifeguard.yml', text);
  if (!doc.ok) throw new Error(doc.problem.message);
  const result = parseConfig(doc.doc, '/repo');
  if (result.ok) return [];
  return resolveFindings(result.findings, new Map([[doc.doc.file, doc.doc]])).map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('.lifeguard.yml targets', () => {
  it('accepts a complete target', () => {
    expect(
      problems(`targets:
  - name: logs
    bucket: acme-logs.eu
    region: eu-west-1
    expectedBucketOwner: "123456789012"
    stage: production
    immutable: true
    endpoint: http://127.0.0.1:7480
    forcePathStyle: true
    source:
      lifecycle: lifecycle/logs.json
`),
    ).toEqual([]);
  });

  it('says what is wrong with each field, where it is', () => {
    expect(
      problems(`targets:
  - name: -logs
    bucket: Acme_Logs
    region: EU West
    expectedBucketOwner: "12345"
    endpoint: s3.example.com
    source: {}
  - name: x
    bucket: ok-bucket
    sorce:
      lifecycle: a.json
`),
    ).toEqual([
      '2:11 targets[0].name must start with a letter or digit and hold only letters, digits, ".", "_" and "-".',
      '3:13 targets[0].bucket is not a valid S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.',
      '4:13 targets[0].region is not a region name such as "eu-west-1".',
      '5:26 targets[0].expectedBucketOwner must be a 12-digit AWS account id.',
      '6:15 targets[0].endpoint must be a URL starting with http:// or https://.',
      '7:5 targets[0].source needs "lifecycle" (a lifecycle configuration file), "policy" (a retention policy), or "terraform" / "cloudformation" with "resource".',
      '8:5 targets[1] needs "source".',
      '10:5 targets[1]: unknown key "sorce" (did you mean "source"?).',
    ]);
  });

  it('takes intelligentTieringAccess as a share from 0 to 1, and says so at its line otherwise', () => {
    const target = (share: string) =>
      `targets:\n  - name: a\n    bucket: bucket-one\n    intelligentTieringAccess: ${share}\n    source: { lifecycle: a.json }\n`;
    expect(problems(target('0.25'))).toEqual([]);
    expect(problems(target('1'))).toEqual([]);
    const said =
      '4:31 targets[0].intelligentTieringAccess must be a share from 0 to 1, such as 0.25 for a quarter of the objects read every 30 days.';
    expect(problems(target('1.5'))).toEqual([said]);
    expect(problems(target('-0.1'))).toEqual([said]);
    expect(problems(target('25%'))).toEqual([said]);
  });

  it('rejects two targets with one name', () => {
    expect(
      problems(
        `targets:\n  - { name: a, bucket: bucket-one, source: { lifecycle: a.json } }\n  - { name: a, bucket: bucket-two, source: { lifecycle: a.json } }\n`,
      ),
    ).toEqual(['3:13 targets: the name "a" is used twice; target names must be unique.']);
  });

  it('makes plan and apply exit 2 with file:line:column on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-config-'));
    writeFileSync(join(dir, '.lifeguard.yml'), 'targets:\n  - name: logs\n    bucket: BAD\n    source: { lifecycle: a.json }\n');
    for (const command of ['plan', 'apply']) {
      let stderr = '';
      const code = await main([command], { cwd: dir, color: false, env: {}, stdout: () => {}, stderr: (t) => void (stderr += t) });
      expect(code).toBe(2);
      expect(stderr).toBe(
        'lifeguard: .lifeguard.yml:3:13: targets[0].bucket is not a valid S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.\n',
      );
    }
  });
});
