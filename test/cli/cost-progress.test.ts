/**
 * Progress of `lifeguard cost` on standard error: the line's wording and pace (pure), rewritten in
 * place on a terminal, and never in a log: the built CLI run once under a pseudo-terminal (util-linux
 * `script`, standard error on the terminal, the report to a file) and once with pipes, as CI runs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/cli/cost-output.js';
import type { Io } from '../../src/cli/io.js';
import { inventoryProgress } from '../../src/pipeline/cost.js';
import { CLI, runCli, tempDir } from '../e2e/run.js';
import { GiB, obj } from '../cost/helpers.js';
import { writeInventory } from '../cost/inventory-fixture.js';

const CLEAR = '\r\x1b[2K';

function io(terminal: boolean): Io & { err: () => string } {
  let err = '';
  return {
    cwd: '/',
    color: false,
    env: {},
    stdout: () => undefined,
    stderr: (t) => void (err += t),
    stderrIsTerminal: terminal,
    err: () => err,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the progress line', () => {
  it('says files, rows and seconds, at most twice a second, and always on the last file', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T00:00:00Z'), toFake: ['Date'] });
    const lines: string[] = [];
    const tick = inventoryProgress((l) => lines.push(l))!;
    tick(4_120_000, 3, 8);
    vi.setSystemTime(Date.now() + 200);
    tick(4_500_000, 3, 8); // within half a second of the last line: dropped
    vi.setSystemTime(Date.now() + 400);
    tick(5_000_000, 4, 8);
    vi.setSystemTime(Date.now() + 100);
    tick(9_000_000, 8, 8); // the last file, whatever the pace
    expect(lines).toEqual([
      'reading inventory: 3 of 8 files, 4,120,000 rows (0 s)',
      'reading inventory: 4 of 8 files, 5,000,000 rows (1 s)',
      'reading inventory: 8 of 8 files, 9,000,000 rows (1 s)',
    ]);
    const one: string[] = [];
    inventoryProgress((l) => one.push(l))!(12, 1, 1);
    expect(one).toEqual(['reading inventory: 1 of 1 file, 12 rows (0 s)']);
    expect(inventoryProgress(undefined)).toBeUndefined();
  });

  it('on a terminal rewrites one line in place and clears it at the end, or keeps it (a listing)', () => {
    const t = io(true);
    const p = progressLine(t);
    p.line('reading inventory: 1 of 2 files, 10 rows (0 s)');
    p.line('reading inventory: 2 of 2 files, 20 rows (0 s)');
    p.end(false);
    expect(t.err()).toBe(
      `${CLEAR}reading inventory: 1 of 2 files, 10 rows (0 s)${CLEAR}reading inventory: 2 of 2 files, 20 rows (0 s)${CLEAR}`,
    );
    const kept = io(true);
    const l = progressLine(kept);
    l.line('listed 1,000 objects');
    l.end(true);
    expect(kept.err()).toBe(`${CLEAR}listed 1,000 objects\n`);
    const silent = io(true);
    progressLine(silent).end(false);
    expect(silent.err()).toBe('');
  });

  it('elsewhere (a CI log) writes nothing while it runs, and only the last line of a listing, once', () => {
    const log = io(false);
    const p = progressLine(log);
    p.line('reading inventory: 1 of 2 files, 10 rows (0 s)');
    p.line('reading inventory: 2 of 2 files, 20 rows (0 s)');
    p.end(false);
    expect(log.err()).toBe('');
    const listing = io(false);
    const l = progressLine(listing);
    l.line('listed 500 objects');
    l.line('listed 1,000 objects');
    l.end(true);
    expect(listing.err()).toBe('listed 1,000 objects\n');
  });
});

describe('lifeguard cost --inventory, end to end', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  function fixture(): { dir: string; args: string[] } {
    const dir = tempDir('lifeguard-progress-');
    writeFileSync(
      join(dir, 'rules.json'),
      JSON.stringify({ Rules: [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 30 } }] }),
    );
    const inv = writeInventory([obj('logs/a', GiB, '2026-10-01T00:00:00Z'), obj('logs/b', GiB, '2026-11-01T00:00:00Z')], {
      format: 'CSV',
      creation: '2026-12-01T00:00:00Z',
    });
    return { dir, args: ['cost', '--proposed', 'rules.json', '--inventory', inv, '--region', 'us-east-1'] };
  }

  it.skipIf(!hasScript)('shows the progress line when standard error is a terminal', () => {
    const { dir, args } = fixture();
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
    // script gives the command a terminal; standard output goes to a file, so only standard error is on it.
    const r = spawnSync('script', ['-qec', `${quoted} > report.txt`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`${CLEAR}reading inventory: 1 of 1 file, 2 rows (0 s)`);
    expect(r.stdout.endsWith(CLEAR)).toBe(true);
    expect(existsSync(join(dir, 'report.txt')) && readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('us-east-1');
  });

  it('writes no progress when standard error is not a terminal', () => {
    const { dir, args } = fixture();
    const r = runCli(args, dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('reading inventory');
  });
});
