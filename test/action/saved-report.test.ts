/** The fork split's artifact is untrusted: schema and size are checked, and only the pull request and commit are read. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SAVED_REPORT_BYTES, readSavedReport } from '../../src/action/saved-report.js';
import { tempDir } from '../e2e/run.js';

const file = (content: string) => {
  const path = join(tempDir('lifeguard-saved-'), 'report.json');
  writeFileSync(path, content);
  return path;
};
const HEAD = 'f'.repeat(40);

describe('readSavedReport', () => {
  it('reads the pull request and head commit of a plan or check report, ignoring the rest', async () => {
    const path = file(
      JSON.stringify({
        version: 1,
        command: 'check',
        pullRequest: { number: 31, headSha: HEAD, fromFork: true },
        verdict: 'pass',
        comment: { markdown: '<img src=x>' },
      }),
    );
    expect(await readSavedReport(path)).toEqual({ number: 31, headSha: HEAD });
  });

  it("refuses what is not lifeguard's report, saying where", async () => {
    await expect(
      readSavedReport(file('{"version":1,"command":"apply","pullRequest":{"number":1,"headSha":"' + HEAD + '"}}')),
    ).rejects.toThrow(/\/command must be equal to one of the allowed values/);
    await expect(
      readSavedReport(file(JSON.stringify({ version: 1, command: 'plan', pullRequest: { number: 1, headSha: 'HEAD' } }))),
    ).rejects.toThrow(/\/pullRequest\/headSha must match pattern/);
    await expect(readSavedReport(file('{"version":1,'))).rejects.toThrow(/is not JSON/);
    await expect(readSavedReport(file('[]'))).rejects.toThrow(/\(top level\) must be object/);
  });

  it(`refuses a file over ${MAX_SAVED_REPORT_BYTES / 1024 / 1024} MiB without parsing it`, async () => {
    const path = file('');
    writeFileSync(path, Buffer.alloc(MAX_SAVED_REPORT_BYTES + 1, 0x20));
    await expect(readSavedReport(path)).rejects.toThrow(/over the 32 MiB a lifeguard report can be/);
  });
});
