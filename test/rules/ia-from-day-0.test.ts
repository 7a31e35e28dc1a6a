/**
 * AWS's change of 2026-07-16 (catalogue 3b.3): transitions to STANDARD_IA and ONEZONE_IA are
 * accepted from day 0. With the whole rule registry, no such transition is an error any more, and the
 * costs that remain (30 days of minimum storage, 128 KiB of minimum billable size) are still
 * reported; seed 000's tiered configuration, rejected before that day, has no error as a whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

/** A rule moving `ckpt/` objects to `cls` on `day`, with the rest of a sound configuration around it. */
function config(cls: string, day: number, extra: { expireAfter?: number; sizeFilter?: boolean } = {}): string {
  const filter = extra.sizeFilter ? { And: { Prefix: 'ckpt/', ObjectSizeGreaterThan: 0 } } : { Prefix: 'ckpt/' };
  const rule: Record<string, unknown> = { ID: 'ckpt', Filter: filter, Status: 'Enabled', Transitions: [{ Days: day, StorageClass: cls }] };
  if (extra.expireAfter !== undefined) rule.Expiration = { Days: day + extra.expireAfter };
  const abort = { ID: 'abort-uploads', Filter: {}, Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } };
  return JSON.stringify({ TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K', Rules: [rule, abort] }, null, 2);
}

const summary = (code: string, file?: string) => lintText(undefined, code, file).map((f) => `${f.severity} ${f.ruleId} ${f.line}`);

describe('transitions to STANDARD_IA and ONEZONE_IA from day 0 (AWS, 2026-07-16)', () => {
  for (const cls of ['STANDARD_IA', 'ONEZONE_IA']) {
    for (const day of [0, 7, 14, 29]) {
      it(`${cls} at day ${day}: no finding at all from the whole registry`, () => {
        expect(summary(config(cls, day))).toEqual([]);
      });

      it(`${cls} at day ${day}, expired 10 days later: no error; the 30 days of minimum storage are billed (early-deletion-charge)`, () => {
        const findings = lintText(undefined, config(cls, day, { expireAfter: 10 }));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['early-deletion-charge', 'warning']]);
        expect([findings[0]!.messageId, findings[0]!.data]).toMatchObject([
          'early',
          { class: cls, stay: '10 days', min: 30, moved: `objects move to ${cls} on day ${day}`, out: `are deleted on day ${day + 10}` },
        ]);
      });

      it(`${cls} at day ${day}, with a size filter that lets small objects through: no error; the 128 KiB minimum is billed (small-object-transition)`, () => {
        const findings = lintText(undefined, config(cls, day, { sizeFilter: true }));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['small-object-transition', 'warning']]);
        expect([findings[0]!.messageId, findings[0]!.data]).toMatchObject([
          'sizeFilter',
          { classes: cls, costs: `${cls} bills each object as at least 128 KiB` },
        ]);
      });
    }
  }

  it("seed 000's tiered configuration as a whole (Standard-IA at 14 days): no error, and the findings that still apply", () => {
    const file = 'examples/seed-000-tiered-storage.yaml';
    const findings = lintText(undefined, readFileSync(file, 'utf8'), file);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // No rule aborts abandoned uploads; the file leaves the 128 KiB transition default unsaid.
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['abort-multipart-missing', 'warning'],
      ['small-objects-not-transitioned', 'info'],
    ]);
  });

  it("seed 000's tiered configuration with its checkpoints expired at 30 days: the early Standard-IA stay is a cost, not an error", () => {
    const file = 'examples/seed-000-tiered-storage.yaml';
    const text = readFileSync(file, 'utf8')
      .replace('    Expiration:\n      Days: 180', '    Expiration:\n      Days: 30')
      .replace('      - Days: 60\n        StorageClass: GLACIER_IR\n', '');
    const findings = lintText(undefined, text, file);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.ruleId === 'early-deletion-charge')?.data).toMatchObject({
      class: 'STANDARD_IA',
      stay: '16 days',
      min: 30,
      moved: 'objects move to STANDARD_IA on day 14',
      out: 'are deleted on day 30',
    });
  });
});
