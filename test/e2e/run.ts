/**
 * Runs the committed bundles the way users and the runner do: a child process of the Node that runs
 * the tests (24, the runtime the action declares), in a folder of our choosing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/index.js');
export const ACTION = join(ROOT, 'dist/action/index.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'lifeguard-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The environment of a child without the runner's own variables, so tests see only what they set. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k) && k !== 'FORCE_COLOR' && k !== 'LIFEGUARD_DEBUG') env[k] = v;
  }
  return env;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Run as another user (root can: permissions do not stop root's reads, but they stop nobody's). */
  user?: { uid: number; gid: number };
  /**
   * As root, run without the capabilities that let root read through permissions (CAP_DAC_OVERRIDE,
   * CAP_DAC_READ_SEARCH), staying root: a file of mode 000 is then unreadable, while the checkout,
   * its Node and its bundle stay reachable even in a folder only root may enter (util-linux setpriv).
   */
  withoutReadOverride?: boolean;
}

const NO_READ_OVERRIDE = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];

export function runCli(args: string[], cwd: string, options: RunOptions = {}): Run {
  const [command, ...prefix] = options.withoutReadOverride ? ['setpriv', ...NO_READ_OVERRIDE, process.execPath] : [process.execPath];
  const r = spawnSync(command!, [...prefix, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...options.user,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ActionRun extends Run {
  outputs: Record<string, string>;
  summary: string;
}

/** The runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP) and the child's environment. */
function runnerSetup(inputs: Record<string, string>, workspace: string, env: NodeJS.ProcessEnv) {
  const files = tempDir('lifeguard-runner-');
  const outputFile = join(files, 'output.txt');
  const summaryFile = join(files, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return {
    env: {
      ...cleanEnv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: files,
      ...inputEnv,
      ...env,
    },
    result: (r: Run): ActionRun => ({
      ...r,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    }),
  };
}

/** The action with inputs as the runner passes them (INPUT_<NAME>, hyphens kept) and its files. */
export function runAction(inputs: Record<string, string>, workspace: string, env: NodeJS.ProcessEnv = {}): ActionRun {
  const setup = runnerSetup(inputs, workspace, env);
  const r = spawnSync(process.execPath, [ACTION], { cwd: workspace, encoding: 'utf8', env: setup.env, maxBuffer: 64 * 1024 * 1024 });
  return setup.result({ status: r.status, stdout: r.stdout, stderr: r.stderr });
}

/**
 * The same, without blocking this process: needed when the test itself serves HTTP the action
 * talks to (the GitHub stand-in), which a synchronous child would starve.
 */
export async function runActionAsync(inputs: Record<string, string>, workspace: string, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const setup = runnerSetup(inputs, workspace, env);
  const child = spawn(process.execPath, [ACTION], { cwd: workspace, env: setup.env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  return setup.result({ status, stdout, stderr });
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

/** No stack trace and no raw error dump, whatever went wrong. */
export function expectNoTrace(text: string): string | undefined {
  if (/^\s{4}at /m.test(text)) return 'a stack frame ("    at ...")';
  if (/^(\w*Error|Error):/m.test(text) || /\bError: /.test(text)) return 'an "Error:" dump';
  if (/node:internal|file:\/\/\/.*\.js:\d+/.test(text)) return 'a Node internals path';
  return undefined;
}

/** The CLI bundle without blocking this process: needed when the test itself serves what the CLI talks to. */
export async function runCliAsync(args: string[], cwd: string, options: RunOptions = {}): Promise<Run & { ms: number }> {
  const start = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...cleanEnv(), NO_COLOR: '1', ...options.env }, ...options.user });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  return { status, stdout, stderr, ms: Date.now() - start };
}
