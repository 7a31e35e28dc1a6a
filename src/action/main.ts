/**
 * The GitHub Action: read the run's context and the inputs once, then hand over to the command's
 * flow (check, plan, apply, comment). Every failure ends in one core.setFailed with one sentence,
 * never in a stack trace and never in a green step.
 */
import * as core from '@actions/core';
import { pullRequestOf } from '../github/pull-request.js';
import { applyCommand } from './apply.js';
import { checkCommand } from './check.js';
import { commentCommand } from './comment.js';
import { readContext } from './context.js';
import { readInputs } from './inputs.js';
import { deadlineWords, onDeadline, startRunDeadline } from '../net/deadline.js';

/** Time the flow gets after the deadline to publish the failures it caused. */
const DEADLINE_GRACE_MS = 10_000;
import { planCommand } from './pull-request.js';
import { trackCommand } from './track.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const context = readContext(env);
    const inputs = readInputs((name) => core.getInput(name), context.eventName);
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    startRunDeadline(inputs.deadlineMs);
    // Calls in flight fail at the deadline and the flow reports them; past a grace, the step ends here.
    onDeadline(() => {
      setTimeout(() => {
        core.setOutput('verdict', 'fail');
        core.setFailed(`lifeguard: stopped: ${deadlineWords()} passed and the run had not finished; what was still waiting was not done.`);
        process.exit(1);
      }, DEADLINE_GRACE_MS).unref();
    });
    switch (inputs.command) {
      case 'check':
        return await checkCommand(inputs, context);
      case 'plan':
        return await planCommand(inputs, context, pullRequestOf(context.eventName, context.payload));
      case 'apply':
        return await applyCommand(inputs, context);
      case 'comment':
        return await commentCommand(inputs, context);
      case 'track':
        return await trackCommand(inputs, context);
    }
  } catch (err) {
    if (process.env.LIFEGUARD_DEBUG) core.debug((err as Error)?.stack ?? String(err));
    // Whatever stopped the run, a workflow reading the verdict must not see a pass.
    core.setOutput('verdict', 'fail');
    core.setFailed(`lifeguard: ${(err as Error)?.message ?? String(err)}`);
  }
}
