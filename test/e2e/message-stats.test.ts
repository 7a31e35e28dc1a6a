/**
 * Message statistics (issue 14): every message the built CLI gives on the examples, the fixtures
 * and each rule page's failing example, as `npm run stats:messages` measures them: median under
 * 120 characters, none over 200.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './run.js';

it('npm run stats:messages: median under 120 characters, none over 200', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/message-stats.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
  const figures = JSON.parse(run.stdout);
  expect(figures.messages).toBeGreaterThan(60);
  expect(figures.rules).toBeGreaterThan(50);
  expect(figures.median).toBeLessThan(120);
  expect(figures.over200).toBe(0);
  expect(run.status).toBe(0);
}, 60_000);
