/** The plan formatters over one plan built from real diff and projection results. */
import { describe, expect, it } from 'vitest';
import { diffConfigurations } from '../../src/diff/diff.js';
import { normalizeConfiguration } from '../../src/model/canonical.js';
import { projectExpiry } from '../../src/plan/expiry.js';
import { summarize, type PlanReport, type TargetPlan } from '../../src/plan/types.js';
import { formatPlanMarkdown } from '../../src/report/plan-markdown.js';
import { formatPlanText } from '../../src/report/plan-text.js';

const LIVE = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
    { ID: 'tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
  ],
};
const PROPOSED = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } }] };
const at = (key: string, iso: string) => ({
  key,
  size: 2048,
  lastModified: new Date(iso),
  storageClass: 'STANDARD',
  isLatest: true,
  deleteMarker: false,
});

function report(): PlanReport {
  const keys = ['logs/1', 'logs/2', 'logs/3', 'logs/4', 'logs/5', 'logs/6'].map((k) => at(k, '2026-11-01T00:00:00Z'));
  const expiry = projectExpiry(
    normalizeConfiguration(PROPOSED),
    { objects: [...keys, at('data/<x>', '2026-11-01T00:00:00Z')], truncated: false, versions: false },
    () => undefined,
    new Date('2026-11-22T00:00:00Z'),
    false,
  );
  const changed: TargetPlan = {
    target: 'logs',
    bucket: 'acme-logs',
    source: 'lifecycle/logs.json',
    bucketState: {
      versioning: 'Never',
      mfaDelete: false,
      objectLock: { enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 5 } },
      liveRules: 2,
    },
    live: LIVE,
    proposed: PROPOSED,
    diff: diffConfigurations(LIVE, PROPOSED),
    expiry,
    diagnostics: [
      {
        ruleId: 'expiration-shorter-than-object-lock',
        severity: 'warning',
        message: "rule 'x': too short | really",
        file: 'lifecycle/logs.json',
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 10,
        pointer: '/Rules/0',
        docsUrl: 'https://example.com/r.md',
      },
    ],
    notices: ['a note'],
  };
  const same: TargetPlan = {
    target: 'same',
    bucket: 'b2',
    source: 'same.json',
    live: PROPOSED,
    proposed: PROPOSED,
    diff: diffConfigurations(PROPOSED, PROPOSED),
    diagnostics: [],
    notices: [],
  };
  const failed: TargetPlan = { target: 'gone', bucket: 'b3', failure: 'bucket b3 does not exist', diagnostics: [], notices: [] };
  const targets = [changed, same, failed];
  return { version: 1, targets, summary: summarize(targets) };
}

describe('plan formats', () => {
  it('stylish: bucket state, changes, expiry, findings, notes and a summary line', () => {
    const text = formatPlanText(report());
    expect(text.split('\n')).toEqual([
      'target logs: bucket acme-logs from lifecycle/logs.json',
      '  bucket: never versioned, MFA delete off, Object Lock on (GOVERNANCE, 5 days); lifecycle: 2 rules',
      '  changes:',
      '    ~ expire-logs: Expiration 30 → 14 days',
      '    - rule tmp-cleanup removed (was: prefix tmp/: expire after 7 days)',
      '  expiry, from a listing of 7 objects:',
      '    expire-logs expires 6 objects (12.0 KiB), all due now: logs/1, logs/2, logs/3, logs/4, logs/5 and 1 more',
      '    no rule expires 1 object (2.0 KiB): data/<x>',
      '  findings:',
      "    lifecycle/logs.json:7:9  warning  rule 'x': too short | really  expiration-shorter-than-object-lock",
      '  note: a note',
      '',
      'target same: bucket b2 from same.json',
      '  no change: the bucket already has these rules',
      '',
      'target gone: bucket b3',
      '  could not be planned: bucket b3 does not exist',
      '',
      '3 targets: 1 to change, 1 unchanged, 1 failed; 0 errors, 1 warning.',
      '',
    ]);
  });

  it('markdown: one section per target, escaped, with a findings table linking the rule page', () => {
    const md = formatPlanMarkdown(report());
    expect(md).toContain('## lifeguard plan\n\n3 targets: 1 to change, 1 unchanged, 1 failed; 0 errors, 1 warning.');
    expect(md).toContain('### logs · `acme-logs`');
    expect(md).toContain(
      '**Changes**:\n\n- expire-logs: Expiration 30 → 14 days\n- rule tmp-cleanup removed (was: prefix tmp/: expire after 7 days)',
    );
    // A code span shows its text verbatim: no entity is needed (or rendered) inside it.
    expect(md).toContain('- no rule expires 1 object (2.0 KiB): `data/<x>`');
    expect(md).toContain(
      "| ⚠️ | rule 'x': too short \\| really | `lifecycle/logs.json:7:9` | [expiration-shorter-than-object-lock](https://example.com/r.md) |",
    );
    expect(md).toContain('**No change**: the bucket already has these rules.');
    expect(md).toContain('**Could not be planned:** bucket b3 does not exist');
  });
});
