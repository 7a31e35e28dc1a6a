/**
 * Docs for every flag: each flag a command's `--help` (of the built CLI) lists is written in that
 * command's section of its reference page, so the docs cannot fall behind the help. The help is the
 * source: a flag added to it without a line in the docs fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run.js';

/**
 * Where each command's flags are documented: the page and the heading its section starts with;
 * `others` are flags the help names that are not lifeguard's (compile's output is for the AWS CLI).
 */
const SECTIONS: Array<{ command: string; page: string; heading: string; others?: string[] }> = [
  { command: 'check', page: 'docs/cli.md', heading: '## `lifeguard check`' },
  { command: 'compile', page: 'docs/cli.md', heading: '## `lifeguard compile --emit`', others: ['--cli-input-json'] },
  { command: 'cost', page: 'docs/cli.md', heading: '## `lifeguard cost`' },
  { command: 'plan', page: 'docs/plan-apply.md', heading: '## lifeguard plan' },
  { command: 'apply', page: 'docs/plan-apply.md', heading: '## lifeguard apply' },
  { command: 'orphans', page: 'docs/orphans.md', heading: '## lifeguard orphans' },
];

/** The long flags a help text names (`--inventory-format` inside a sentence counts too). */
export function helpFlags(help: string): string[] {
  return [...new Set([...help.matchAll(/(?<![\w-])--[a-z][a-z-]*[a-z]/g)].map((m) => m[0]))].sort();
}

/** The text from a level-2 heading to the next one. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Flags of `flags` that the text does not name (`--fix` is not named by `--fix-type` alone). */
export function undocumented(flags: string[], text: string): string[] {
  return flags.filter((f) => !new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(text));
}

describe('every flag of --help is documented', () => {
  const cwd = tempDir();
  for (const { command, page, heading, others = [] } of SECTIONS) {
    it(`${command}: each flag of 'lifeguard ${command} --help' is in ${page}, ${heading}`, () => {
      const run = runCli([command, '--help'], cwd);
      expect(run.status).toBe(0);
      const flags = helpFlags(run.stdout).filter((f) => !others.includes(f));
      expect(flags).toContain('--help');
      const text = section(readFileSync(join(ROOT, page), 'utf8'), heading);
      expect(text).not.toBe('');
      expect([command, undocumented(flags, text)]).toEqual([command, []]);
    });
  }

  it('cost: the help lists the flags the docs must carry, tracking and inventory location included', () => {
    const flags = helpFlags(runCli(['cost', '--help'], cwd).stdout);
    for (const f of ['--track', '--baseline', '--baseline-inventory', '--baseline-out', '--endpoint', '--path-style', '--it-access'])
      expect(flags).toContain(f);
  });

  it('a flag missing from the section is reported, and a longer flag does not stand in for it', () => {
    const text = '## `lifeguard x`\n\n| `--fix-type TYPE` | … |\n| `--format NAME` | … |\n\n## next\n\n`--fix`';
    expect(undocumented(['--fix', '--fix-type', '--format'], section(text, '## `lifeguard x`'))).toEqual(['--fix']);
    expect(helpFlags('  --fix-dry-run   print\n  --endpoint URL  with --path-style for …')).toEqual([
      '--endpoint',
      '--fix-dry-run',
      '--path-style',
    ]);
  });
});
