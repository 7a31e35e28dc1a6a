/**
 * Paths a pull request brings stay inside the repository: a source given as an absolute path, by
 * `../` or through a symbolic link that leads out is refused at its line of .lifeguard.yml; files
 * found in a folder that link out are named, never read; a change made through a symlinked folder
 * is matched to its target by real path and checked.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';
import { touchedTargets } from '../../src/pipeline/targets.js';
import { resolveFindings } from '../../src/findings/resolve.js';
import { Workspace } from '../../src/workspace/workspace.js';

const RULES = '{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "tmp/"}, "Expiration": {"Days": 1}}]}';

function repo(): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'lifeguard-ws-'));
  const root = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.json'), '{"Rules": [{"ID": "root:x:0:0:root:/root:/bin/bash"}]}');
  return { root, outside };
}

describe('paths in .lifeguard.yml', () => {
  it('refuses an absolute path, a ../ path and a link that leads out, each at its line', async () => {
    const { root, outside } = repo();
    mkdirSync(join(root, 'lifecycle'));
    symlinkSync(outside, join(root, 'lifecycle', 'linked'));
    writeFileSync(
      join(root, '.lifeguard.yml'),
      [
        'targets:',
        '  - name: abs',
        '    bucket: acme-abs',
        '    source:',
        `      lifecycle: ${join(outside, 'secret.json')}`,
        '  - name: up',
        '    bucket: acme-up',
        '    source:',
        '      lifecycle: ../outside/secret.json',
        '  - name: link',
        '    bucket: acme-link',
        '    source: {lifecycle: lifecycle/linked/secret.json}',
        '    registry: lifecycle/linked/registry.json',
        '',
      ].join('\n'),
    );
    const loaded = await loadConfig(undefined, root);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const where = resolveFindings(loaded.findings, new Map([[loaded.doc!.file, loaded.doc!]])).map((d) => [d.line, d.message]);
    expect(where.map(([line]) => line)).toEqual([5, 9, 12, 13]);
    expect(where[0]![1]).toMatch(
      /^targets\[0\] \(abs\): source\.lifecycle ".*secret\.json" leads to .*outside\/secret\.json, outside the repository \(.*repo\); lifeguard reads only files inside it\.$/,
    );
    expect(where[2]![1]).toContain('targets[2] (link): source.lifecycle "lifecycle/linked/secret.json" leads to');
  });

  it('takes paths inside, links within the repository included', async () => {
    const { root } = repo();
    mkdirSync(join(root, 'real'));
    writeFileSync(join(root, 'real', 'logs.json'), RULES);
    symlinkSync(join(root, 'real'), join(root, 'data'));
    writeFileSync(
      join(root, '.lifeguard.yml'),
      'targets:\n  - name: logs\n    bucket: acme-logs\n    source:\n      lifecycle: data/logs.json\n',
    );
    const loaded = await loadConfig(undefined, root);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // The pull request changed the file; git lists it by its real path, not through the link.
    expect(touchedTargets(loaded.config, ['real/logs.json'], root).map((t) => t.target.name)).toEqual(['logs']);
    expect(touchedTargets(loaded.config, ['other.json'], root)).toEqual([]);
  });
});

describe('files found in a folder or changed by a pull request', () => {
  it('a link that leads out of the repository is named, not read', async () => {
    const { root, outside } = repo();
    mkdirSync(join(root, 'lifecycle'));
    writeFileSync(join(root, 'lifecycle', 'ok.json'), RULES);
    symlinkSync(join(outside, 'secret.json'), join(root, 'lifecycle', 'passwd.json'));
    const ws = new Workspace(root);
    const loaded = await loadConfig(undefined, ws);
    if (!loaded.ok) throw new Error('config');
    const walked = await runCheck(['lifecycle'], loaded.config, root);
    expect(walked.ioErrors).toEqual([
      {
        path: 'lifecycle/passwd.json',
        message: expect.stringMatching(/^is a symbolic link that leads to .*outside\/secret\.json, outside the repository/),
      },
    ]);
    expect([...walked.sources.values()].join('\n')).not.toContain('root:x:0:0');
    const changed = await runCheck([], loaded.config, root, { implicit: ['lifecycle/passwd.json'] });
    expect(changed.ioErrors).toHaveLength(1);
    expect(changed.report.files).toEqual([]);
  });

  it('a folder named on the command line is walked wherever it is; a link in it that leads elsewhere is still refused', async () => {
    const { root, outside } = repo();
    const named = join(outside, 'rules');
    mkdirSync(named);
    writeFileSync(join(named, 'logs.json'), RULES);
    symlinkSync(join(outside, 'secret.json'), join(named, 'passwd.json'));
    const loaded = await loadConfig(undefined, new Workspace(root));
    if (!loaded.ok) throw new Error('config');
    const walked = await runCheck([named], loaded.config, root);
    expect([...walked.sources.keys()].map((f) => f.split('/').pop())).toEqual(['logs.json']);
    expect(walked.ioErrors).toEqual([
      {
        path: join(named, 'passwd.json'),
        message: expect.stringMatching(/^is a symbolic link that leads to .*outside\/secret\.json, outside the repository/),
      },
    ]);
  });
});
