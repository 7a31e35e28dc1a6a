// Regenerates test/fixtures/reports/{check-report.json,rules.json} with the real pipeline: the
// committed CLI bundle run over test/fixtures/reports/input. The formatter snapshots are taken from
// these files, so they change only when this script is run (after `npm run build`), not whenever a
// rule lands. Usage: node scripts/update-report-fixture.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const dir = 'test/fixtures/reports';
const run = (format) => {
  const r = spawnSync(process.execPath, ['../../../dist/cli/index.js', 'check', 'input', '--config', 'lifeguard.yml', '--format', format], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`lifeguard exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

const report = run('json');
writeFileSync(`${dir}/check-report.json`, JSON.stringify(report, null, 2) + '\n');

// Rule metadata as of this run, so the SARIF snapshot does not move when a description is reworded.
const levels = { error: 'error', warning: 'warning', note: 'info' };
const rules = run('sarif').runs[0].tool.driver.rules.map((r) => ({
  id: r.id,
  description: r.fullDescription.text,
  defaultSeverity: levels[r.defaultConfiguration.level],
  catalogue: r.properties.catalogue ?? [],
}));
writeFileSync(`${dir}/rules.json`, JSON.stringify(rules, null, 2) + '\n');
console.log(`${dir}: ${report.diagnostics.length} diagnostics in ${report.files.length} files, ${rules.length} rules`);
