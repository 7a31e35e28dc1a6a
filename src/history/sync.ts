/**
 * Where a bucket stands against the default branch: in sync (its rules are the target's rules at the
 * commit being applied), lagging (they are the rules of an earlier commit of the branch: an apply
 * was skipped, cancelled or failed, and applying moves it forward), drifted (they match no version
 * of the target's rules in the branch's history: something changed the bucket outside git), or
 * unknown (the history could not be searched: no git checkout, a shallow one; or not one version
 * in it could be read). The search is bounded: the `depth` newest commits of the branch (first
 * parent) that changed the target's files or .lifeguard.yml (docs/plan-apply.md, ADR 0140).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { configurationsEqual } from '../diff/diff.js';
import { isTerraformFile } from '../load/source-files.js';
import { withoutQuarantineRules } from '../quarantine/rules.js';
import type { LifecycleJson } from '../s3/convert.js';
import { commitsTouching, GitHistoryError, isShallow, resolveCommit, type CommitInfo } from './git-log.js';
import type { SyncState } from '../model/sync-state.js';

export { commitWords, describeSync, type SyncState } from '../model/sync-state.js';
import { VersionReader, type Version } from './versions.js';

/** Commits per target searched when nothing else is asked for. */
export const DEFAULT_HISTORY_DEPTH = 50;

export interface HistorySearch {
  /** The repository checkout. */
  root: string;
  /** The commit whose rules are applied (the pushed commit, GITHUB_SHA, or HEAD). */
  head: string;
  /** Commits searched per target at most. */
  depth: number;
}

/** One search per run: the checkout's facts are read once, versions cached per commit. */
export class History {
  private constructor(
    private readonly search: HistorySearch,
    private readonly config: LifeguardConfig,
    private readonly head: string | undefined,
    private readonly shallow: boolean,
    private readonly reader: VersionReader | undefined,
    private readonly problem?: string,
  ) {}

  static async open(search: HistorySearch, config: LifeguardConfig): Promise<History> {
    const head = await resolveCommit(search.root, search.head);
    if (!head) {
      return new History(
        search,
        config,
        undefined,
        false,
        undefined,
        `${search.root} holds no git history of ${search.head} (not a git checkout, or the commit is not in it), so a bucket behind the branch cannot be told from one changed outside git`,
      );
    }
    const configPath = config.file ? repoRelative(search.root, resolve(config.dir, baseName(config.file))) : '.lifeguard.yml';
    return new History(search, config, head, await isShallow(search.root), new VersionReader(search.root, configPath));
  }

  /** `desired`: the target's rules at the head (the proposed configuration); `live`: the bucket's (undefined: none). */
  async syncOf(target: TargetConfig, desired: LifecycleJson | undefined, live: LifecycleJson | undefined): Promise<SyncState> {
    const equal = (a: LifecycleJson | undefined | null, b: LifecycleJson | undefined | null) =>
      configurationsEqual(withoutQuarantineRules(a ?? undefined), withoutQuarantineRules(b ?? undefined));
    if (equal(desired, live)) return { state: 'in-sync' };
    if (!this.head || !this.reader) return { state: 'unknown', reason: this.problem ?? 'no git history' };
    let commits: CommitInfo[];
    try {
      commits = await commitsTouching(this.search.root, this.head, this.pathsOf(target), this.search.depth);
    } catch (err) {
      if (err instanceof GitHistoryError) return { state: 'unknown', reason: err.message };
      throw err;
    }
    let desiredSince: CommitInfo | undefined;
    let leading = true;
    let unreadable = 0;
    for (const commit of commits) {
      const version: Version = await this.reader.versionAt(commit.sha, target);
      if (version === 'unreadable') {
        unreadable++;
        continue;
      }
      if (leading && equal(version, desired)) {
        desiredSince = commit;
        continue;
      }
      leading = false;
      if (equal(version, live))
        return { state: 'lagging', since: commit, ...(desiredSince ? { desiredSince } : {}), searched: commits.indexOf(commit) + 1 };
    }
    // Drift is a claim that no version matches: with not one version read, nothing was compared.
    if (commits.length && unreadable === commits.length) {
      return {
        state: 'unknown',
        reason: `none of the ${commits.length} versions of target ${target.name}'s rules in the history could be read (files that do not parse, or values known only at plan time), so the live rules were compared with none`,
      };
    }
    if (this.shallow) {
      return {
        state: 'unknown',
        reason: `the live rules match none of the ${commits.length} versions this shallow checkout holds, and older ones are not in it: check out the whole history (actions/checkout with fetch-depth: 0) so that lifeguard can tell a bucket behind the branch from one changed outside git`,
      };
    }
    return {
      state: 'drifted',
      searched: commits.length,
      complete: commits.length < this.search.depth,
      ...(desiredSince ? { desiredSince } : {}),
    };
  }

  async close(): Promise<void> {
    await this.reader?.close();
  }

  /**
   * .lifeguard.yml and the target's sources as the head names them, relative to the checkout; for a
   * Terraform .tf or .tf.json file, its module's folder (the other files give it its variables and locals).
   */
  private pathsOf(target: TargetConfig): string[] {
    const tf = target.source.terraform;
    const files = [
      this.config.file ? resolve(this.config.dir, baseName(this.config.file)) : undefined,
      target.source.lifecycle,
      target.source.policy,
      tf !== undefined && isTerraformFile(tf) ? dirname(tf) : tf,
      target.source.cloudformation,
    ]
      .filter((p): p is string => !!p)
      .map((p) => repoRelative(this.search.root, resolve(this.config.dir, p)) || '.');
    return [...new Set(files)].filter((p) => !p.startsWith('..'));
  }
}

function repoRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop()!;
}
