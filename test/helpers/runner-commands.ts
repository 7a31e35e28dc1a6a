/**
 * What the GitHub Actions runner would execute from a step's output, as the runner reads it
 * (actions/runner ActionCommandManager and ActionCommand): lines split at CR, LF or CRLF; a line is a
 * command when, after leading white space, it starts with `::name …::` (V2) or holds `##[name …]`
 * anywhere (V1); names are case-insensitive; between `::stop-commands::TOKEN` and `::TOKEN::`
 * nothing else runs. Used to prove that no file-derived text became a command.
 */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

const REGISTERED = [
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'echo',
  'stop-commands',
];

function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  const trimmed = line.replace(/^\s+/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name.toLowerCase())) {
        const properties: Record<string, string> = {};
        if (space > 0)
          for (const p of info.slice(space + 1).split(',')) {
            const eq = p.indexOf('=');
            if (eq > 0)
              properties[p.slice(0, eq)] = p
                .slice(eq + 1)
                .replace(/%3A/g, ':')
                .replace(/%2C/g, ',')
                .replace(/%0D/g, '\r')
                .replace(/%0A/g, '\n')
                .replace(/%25/g, '%');
          }
        return {
          command: name.toLowerCase(),
          properties,
          data: trimmed
            .slice(end + 2)
            .replace(/%0D/g, '\r')
            .replace(/%0A/g, '\n')
            .replace(/%25/g, '%'),
          line,
        };
      }
    }
  }
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const name = info.split(' ')[0]!;
  if (!registered.has(name.toLowerCase())) return undefined;
  return { command: name.toLowerCase(), properties: {}, data: line.slice(rb + 1), line };
}

export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  const out: RunnerCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const cmd = parse(line, registered);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      if (cmd.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    if (cmd.command === 'stop-commands') {
      stopToken = cmd.data.toLowerCase();
      registered.add(stopToken);
      continue;
    }
    out.push(cmd);
  }
  return out;
}

/**
 * Commands a hostile file could have planted: marked FORGED, pointing at README.md, or changing the
 * run's state; `ours` are lines lifeguard itself writes (the token's add-mask).
 */
export function forgedCommands(output: string, ours: readonly string[] = []): RunnerCommand[] {
  return runnerCommands(output).filter(
    (c) =>
      !ours.includes(c.line) &&
      (/^FORGED/.test(c.data) ||
        c.properties.file === 'README.md' ||
        ['add-mask', 'set-output', 'save-state', 'set-env', 'add-path', 'add-matcher', 'echo', 'debug'].includes(c.command)),
  );
}
