/**
 * `command: track`, for a scheduled workflow: for every target of .lifeguard.yml with an inventory,
 * its S3 Inventory report of today against the tracking baseline a plan run saved (`baselines`
 * folder, <target>.json), posted to the job summary. Tracking informs, it does not gate: the step
 * fails only when nothing could be tracked at all.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { Workspace } from '../workspace/workspace.js';
import { loadConfig } from '../config/config.js';
import { baselineFile } from '../cost/track/baseline.js';
import { formatTrack } from '../cost/track/format.js';
import { loadPriceCatalog } from '../cost/prices/load.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { fitSummary } from './publish.js';

export async function trackCommand(inputs: ActionInputs, run: RunContext): Promise<void> {
  if (!inputs.baselines)
    throw new Error("command 'track' needs the input 'baselines': the folder a plan run wrote the targets' baselines to");
  const loaded = await loadConfig(inputs.config, new Workspace(run.cwd, run.root));
  if (!loaded.ok) throw new Error(`the configuration has problems; run command 'check' for them`);
  const { runTrack } = await import('../pipeline/track.js');
  const sections: string[] = [];
  let tracked = 0;
  const problems: string[] = [];
  for (const t of loaded.config.targets) {
    if (!t.inventory) continue;
    const file = baselineFile(resolve(run.cwd, inputs.baselines), t.name);
    if (!existsSync(file)) {
      problems.push(`${t.name}: no baseline at ${file}`);
      continue;
    }
    try {
      const report = await runTrack({
        baseline: { kind: 'file', path: file },
        inventory: {
          path: /^s3:\/\//i.test(t.inventory) ? t.inventory : resolve(loaded.config.dir, t.inventory),
          endpoint: t.endpoint,
          forcePathStyle: t.forcePathStyle,
        },
        catalog: (region) => loadPriceCatalog(inputs.prices, region),
        region: t.region,
        cwd: run.cwd,
      });
      sections.push(`### ${t.name.replace(/[<>|`]/g, '_')} · \`${t.bucket}\`\n\n${formatTrack(report, 'markdown')}`);
      tracked++;
    } catch (err) {
      problems.push(`${t.name}: ${(err as Error).message}`);
    }
  }
  for (const p of problems) core.warning(`lifeguard track: ${p}`);
  const body = [
    `## lifeguard: tracking`,
    '',
    ...sections,
    ...(problems.length ? ['', '**Not tracked**', '', ...problems.map((p) => `- ${p.replace(/[<>]/g, '_')}`)] : []),
  ].join('\n');
  await core.summary.addRaw(fitSummary(body, 'the step log (run lifeguard cost --track for each target)')).write();
  core.setOutput('verdict', tracked ? 'pass' : 'fail');
  if (!tracked) core.setFailed(`lifeguard: nothing could be tracked (${problems.join('; ') || 'no target has an inventory'})`);
}
