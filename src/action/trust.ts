/**
 * The trust context of a pull-request run, built at the edge and passed down: the base commit's
 * settings (what decides the verdict), the head's .lifeguard.yml judged against them (it may only
 * add targets and name sources), and the settings-loosened findings for what the head loosens. The
 * pipeline never reads the environment or the base commit itself.
 */
import { severityFor } from '../lint/severity.js';
import { relative, resolve, sep } from 'node:path';
import type { LifeguardConfig } from '../config/config.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { SETTINGS_LOOSENED } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import type { SourceDocument } from '../load/document.js';
import { resolveFindings } from '../findings/resolve.js';
import type { Diagnostic } from '../findings/types.js';
import { readBaseSettings } from '../trust/base-settings.js';
import { protectLoosenings } from '../trust/protect-loosening.js';
import { registryLoosenings } from '../trust/registry-loosening.js';
import { judgeSettings, type Loosening } from '../trust/settings.js';

export interface PullRequestTrust {
  /** The configuration the run uses. */
  config: LifeguardConfig;
  /** Where the deciding settings came from, for the comment. */
  source: string;
  /** The base settings could not be read: the run fails (the defaults are used meanwhile). */
  failures: string[];
  loosened: { settings: Loosening[]; diagnostics: Diagnostic[] };
}

export interface TrustRequest {
  /** The head's configuration (from the checkout, or from a commit copied as data). */
  head: { config: LifeguardConfig; doc?: SourceDocument };
  baseSha: string | undefined;
  /** Where the base commit is read: the checkout (git), else the API. */
  root?: string;
  cwd: string;
  configFile?: string;
  client?: GitHubClient;
  repo?: RepoRef;
}

export async function pullRequestTrust(r: TrustRequest): Promise<PullRequestTrust> {
  const failures: string[] = [];
  let base: LifeguardConfig | undefined;
  let source: string;
  if (!r.baseSha) {
    source = 'defaults (the event names no base commit)';
    failures.push('the pull request names no base commit, so its trusted settings could not be read; the defaults were used');
  } else {
    const read = await readBaseSettings({
      files: { ...(r.root ? { root: r.root } : {}), ...(r.client ? { client: r.client } : {}), ...(r.repo ? { repo: r.repo } : {}) },
      cwd: r.cwd,
      root: r.root ?? r.cwd,
      ...(r.configFile ? { configFile: r.configFile } : {}),
      commit: r.baseSha,
    });
    source = read.source;
    if (read.failure) failures.push(`${read.failure}; the defaults were used`);
    base = read.config;
  }
  const judged = judgeSettings(base, r.head.config);
  const file = r.head.doc?.file ?? r.configFile ?? '.lifeguard.yml';
  const docs = new Map(r.head.doc ? [[r.head.doc.file, r.head.doc]] : []);
  const all: Array<Loosening & { file: string }> = judged.loosened.map((l) => ({ ...l, file }));
  if (base && r.baseSha) {
    // A policy's protect entries and a registry manifest's references are trusted settings of their target too.
    const files = { ...(r.root ? { root: r.root } : {}), ...(r.client ? { client: r.client } : {}), ...(r.repo ? { repo: r.repo } : {}) };
    const check = { base, head: judged.config, files, baseSha: r.baseSha, root: r.root ?? r.cwd, cwd: r.cwd };
    for (const found of [await protectLoosenings(check), await registryLoosenings(check)]) {
      for (const l of found.loosened) {
        all.push(l);
        if (l.doc) docs.set(l.file, l.doc);
      }
      failures.push(...found.problems);
    }
  }
  const severity = severityFor(SETTINGS_LOOSENED, SETTINGS_LOOSENED.defaultSeverity, judged.config.rules[SETTINGS_LOOSENED.id]);
  const findings: Finding[] =
    severity === undefined
      ? []
      : all.map((l) => ({
          ruleId: SETTINGS_LOOSENED.id,
          severity,
          file: l.file,
          pointer: l.pointer,
          message: `${l.setting} is loosened from ${l.from} to ${l.to}; the base commit's value decides until someone with write access approves`,
        }));
  return {
    config: judged.config,
    source,
    failures,
    loosened: {
      settings: severity === 'error' ? all.map(({ setting, from, to, pointer }) => ({ setting, from, to, pointer })) : [],
      diagnostics: resolveFindings(findings, docs),
    },
  };
}

/** Repository-relative path of the configuration file. */
export function configRepoPath(cwd: string, root: string, configFile = '.lifeguard.yml'): string {
  return relative(root, resolve(cwd, configFile)).split(sep).join('/');
}
