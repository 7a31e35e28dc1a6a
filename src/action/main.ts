/**
 * The GitHub Action: read inputs once, run the same pipeline as the CLI, publish outputs,
 * annotations and a job summary. Every failure ends in core.setFailed, never in a green step.
 */
import * as core from '@actions/core';
import { loadConfig } from '../config/config.js';
import { runCheck } from '../pipeline/check.js';
import { FORMATTERS } from '../report/index.js';

export async function run(): Promise<void> {
  try {
    const command = core.getInput('command') || 'check';
    if (command !== 'check') throw new Error(`command '${command}' is not supported by this version; use 'check'`);
    const paths = core.getMultilineInput('paths').flatMap((l) => l.split(/\s+/)).filter(Boolean);
    const failOn = core.getInput('fail-on') || 'error';
    const loaded = await loadConfig(core.getInput('config') || undefined);
    if (!loaded.ok) throw new Error(loaded.ioError ?? loaded.findings.map((f) => f.message).join('; '));
    const result = await runCheck(paths.length ? paths : ['.'], loaded.config);
    const { errors, warnings } = result.report.summary;
    core.setOutput('errors', errors);
    core.setOutput('warnings', warnings);
    for (const d of result.report.diagnostics) {
      const props = { title: d.ruleId, file: d.file, startLine: d.line, startColumn: d.column };
      if (d.severity === 'error') core.error(d.message, props);
      else core.warning(d.message, props);
    }
    const format = core.getInput('format') || 'stylish';
    const formatter = FORMATTERS[format] ?? FORMATTERS.stylish!;
    core.info(formatter(result.report, result.sources, { color: false }));
    for (const e of result.ioErrors) core.error(`${e.path}: ${e.message}`);
    if (result.ioErrors.length) core.setFailed(`${result.ioErrors.length} path(s) could not be read`);
    else if ((failOn === 'error' && errors > 0) || (failOn === 'warning' && errors + warnings > 0)) {
      core.setFailed(`lifeguard found ${errors} error(s) and ${warnings} warning(s)`);
    }
  } catch (err) {
    core.setFailed((err as Error).message);
  }
}
