/**
 * The action's `command: track` (run on a schedule): each target's inventory of today against the
 * baseline a plan run saved, posted to the job summary.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackCommand } from '../../src/action/track.js';
import { readInputs } from '../../src/action/inputs.js';
import { costCommand } from '../../src/cli/cost-command.js';
import type { Io } from '../../src/cli/io.js';
import { GiB, obj, testCatalog } from '../cost/helpers.js';
import { writeInventory } from '../cost/inventory-fixture.js';

describe('command: track', () => {
  it('writes projected against actual per target to the job summary', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'lifeguard-track-action-'));
    const rules = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 10 } }] };
    writeFileSync(join(ws, 'rules.json'), JSON.stringify(rules));
    const base = writeInventory([obj('logs/a', GiB, '2025-12-30T00:00:00Z'), obj('logs/b', GiB, '2025-11-01T00:00:00Z')], {
      format: 'CSV',
      creation: '2026-01-01T06:00:00Z',
    });
    // A month later: logs/b expired on 01-02, logs/a on 01-10; one new log arrived.
    const later = writeInventory([obj('logs/c', GiB, '2026-01-30T00:00:00Z')], { format: 'CSV', creation: '2026-02-01T06:00:00Z' });
    mkdirSync(join(ws, 'baselines'));
    let err = '';
    const io: Io = { cwd: ws, color: false, env: {}, stdout: () => undefined, stderr: (t) => void (err += t) };
    expect(
      await costCommand(
        ['--proposed', 'rules.json', '--inventory', base, '--region', 'us-east-1', '--baseline-out', 'baselines/logs.json'],
        io,
        { loadCatalog: async () => testCatalog() },
      ),
      err,
    ).toBe(0);
    // Paths in .lifeguard.yml stay inside the repository: the later report is copied into it.
    cpSync(join(later, '../../..'), join(ws, 'inventory'), { recursive: true });
    writeFileSync(
      join(ws, '.lifeguard.yml'),
      `targets:\n  - name: logs\n    bucket: acme-logs\n    region: us-east-1\n    inventory: inventory/src-bucket/cfg/${basename(later)}\n    source:\n      lifecycle: rules.json\n`,
    );
    const summary = join(ws, 'summary.md');
    writeFileSync(summary, '');
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      const inputs = readInputs((n) => ({ command: 'track', baselines: 'baselines' })[n] ?? '', 'schedule');
      await trackCommand(inputs, { eventName: 'schedule', payload: {}, apiUrl: '', serverUrl: '', cwd: ws, root: ws, env: {} });
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## lifeguard: tracking');
    expect(text).toContain('### logs · `acme-logs`');
    expect(text).toContain("- uploads outside the projection under 'logs/': 1 object (1.0 GiB) more than projected");
    expect(text).toContain('| total | 0 / 0 B / $0.00 | 1 / 1.0 GiB / $0.02 | +1.0 GiB, +$0.02/month |');
  });
});
