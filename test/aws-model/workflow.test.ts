/**
 * The scheduled workflow that runs the tripwire against the newest SDK: it updates the SDK, runs
 * test/aws-model/, pins its one action by commit, reads nothing but the repository and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = '.github/workflows/aws-model-tripwire.yml';
const text = readFileSync(FILE, 'utf8');
const doc = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
};
const steps = Object.values(doc.jobs).flatMap((j) => j.steps);

describe(FILE, () => {
  it('runs weekly and on demand, with read-only access to the repository', () => {
    expect(Object.keys(doc.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(doc.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \d$/) }]);
    expect(doc.permissions).toEqual({ contents: 'read' });
  });

  it('pins every action by its full commit with the release named, and keeps no credentials', () => {
    const uses = steps.filter((s) => s.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const s of uses) {
      expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(text.split('\n').find((l) => l.includes(`uses: ${s.uses}`))).toMatch(/ # v\d+\.\d+\.\d+$/);
    }
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false);
  });

  it('updates the SDK to its newest release, then runs the tripwire, with no expression inside a script', () => {
    const runs = steps.map((s) => s.run ?? '');
    const update = runs.findIndex((r) => r.includes('npm install --no-save @aws-sdk/client-s3@latest'));
    const check = runs.findIndex((r) => /vitest run test\/aws-model\//.test(r));
    expect(update).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(check).toBeGreaterThan(update);
    expect(runs.every((r) => !r.includes('${{'))).toBe(true);
  });
});
