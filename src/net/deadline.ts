/**
 * The run's deadline: one clock for every network call of a run (S3, the Price List API, GitHub),
 * set by the entry point (`--deadline`, input `deadline`). When it passes, the signal aborts every
 * call in flight and every call after, each of which then fails with a sentence that names its
 * endpoint; the flows turn that into a target not planned, a write not made, a gate failed. Edge
 * state, read by the edges that talk to the network, never by the core (ADR 0134).
 */

/** Long enough for a plan of many targets with listings and live prices; short of a stuck runner. */
export const DEFAULT_DEADLINE_MS = 15 * 60_000;

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

interface Deadline {
  ms: number;
  start: number;
  controller: AbortController;
  timer: NodeJS.Timeout;
}

let current: Deadline | undefined;
const listeners: Array<() => void> = [];

/** Starts the run's clock (a new one replaces the old: tests run many commands in one process). */
export function startRunDeadline(ms: number = DEFAULT_DEADLINE_MS): void {
  if (current) clearTimeout(current.timer);
  const controller = new AbortController();
  const d: Deadline = { ms, start: Date.now(), controller, timer: setTimeout(() => expire(d), ms) };
  // The clock alone never keeps the process alive.
  d.timer.unref();
  current = d;
}

function expire(d: Deadline): void {
  d.controller.abort(new DeadlineError(`the run deadline of ${formatDuration(d.ms)} passed`));
  for (const l of listeners) l();
}

/** Aborted when the deadline passes; undefined when no deadline was started. */
export function runSignal(): AbortSignal | undefined {
  return current?.controller.signal;
}

export function deadlinePassed(): boolean {
  return current?.controller.signal.aborted ?? false;
}

/** "the run deadline (4 s)", for sentences. */
export function deadlineWords(): string {
  return `the run deadline (${formatDuration(current?.ms ?? DEFAULT_DEADLINE_MS)})`;
}

/** Called whenever a deadline passes (the entry points' last resort against work that ignores the signal). */
export function onDeadline(listener: () => void): void {
  listeners.push(listener);
}

/** Milliseconds left, or Infinity without a deadline. */
export function remainingMs(now = Date.now()): number {
  if (!current) return Infinity;
  return current.controller.signal.aborted ? 0 : Math.max(0, current.start + current.ms - now);
}

/** "90s", "10m", "1h30m", "45" (seconds): milliseconds, or undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (!m || t === '' || !(m[1] || m[2] || m[3])) return undefined;
  return Math.round(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0 && ms >= 60_000) return `${ms / 60_000} min`;
  return `${+(ms / 1000).toFixed(1)} s`;
}
