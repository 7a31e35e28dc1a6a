/** `--deadline DURATION` of the commands that talk to the network: parsed, and the run's clock started. */
import { DEFAULT_DEADLINE_MS, parseDuration, startRunDeadline } from '../net/deadline.js';
import { UsageError } from './usage.js';

export function startDeadline(value: string | undefined): void {
  if (value === undefined) return startRunDeadline(DEFAULT_DEADLINE_MS);
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) throw new UsageError(`--deadline takes a duration such as 90s, 10m or 1h, not '${value}'`);
  startRunDeadline(ms);
}
