/**
 * A target's rules as they were at a commit: that commit's .lifeguard.yml (the target found by name,
 * else by bucket), its lifecycle file, policy, Terraform module or CloudFormation template, read as
 * data through git (trust/file-at.ts), copied into a scratch folder and read by the same source
 * reader plan uses, so a policy compiles exactly as it did then. A target or source file the
 * commit lacks means "no rules" (as the drift guard has always read a missing base file).
 * Quarantine rules are not part of a version: they come from the quarantine file, and drift checks
 * leave them out on both sides.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseConfig, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { parseText } from '../load/document.js';
import { sourceConfiguration } from '../plan/source.js';
import type { LifecycleJson } from '../s3/convert.js';
import { iacSourceFiles } from '../load/source-files.js';
import { listFolderAt, readFileAt } from '../trust/file-at.js';
import { Workspace } from '../workspace/workspace.js';

/** null: the commit has no rules for the target; 'unreadable': its files did not parse or compile. */
export type Version = LifecycleJson | null | 'unreadable';

export class VersionReader {
  private readonly configs = new Map<string, Promise<{ config?: LifeguardConfig; scratch: string } | 'absent' | 'unreadable'>>();
  private readonly scratches: string[] = [];

  constructor(
    private readonly root: string,
    /** Repository-relative path of .lifeguard.yml. */
    private readonly configPath: string,
  ) {}

  async versionAt(commit: string, target: TargetConfig): Promise<Version> {
    const loaded = await this.configAt(commit);
    if (loaded === 'unreadable') return 'unreadable';
    if (loaded === 'absent' || !loaded.config) return null;
    const { config, scratch } = loaded;
    const then =
      config.targets.find((t) => t.name === target.name) ??
      config.targets.find((t) => t.bucket === target.bucket && t.endpoint === target.endpoint);
    if (!then) return null;
    const files = [then.source.lifecycle, then.source.policy]
      .filter((p): p is string => !!p)
      .map((p) => relative(scratch, resolve(config.dir, p)).split(sep).join('/'));
    if (files.some((f) => f.startsWith('..') || f.startsWith('/'))) return 'unreadable';
    const iac = then.source.terraform ?? then.source.cloudformation;
    if (iac !== undefined) {
      const path = relative(scratch, resolve(config.dir, iac)).split(sep).join('/');
      if (path.startsWith('..') || path.startsWith('/')) return 'unreadable';
      // A template or plan alone; a .tf file with the rest of its module; a module folder's own files.
      const found = await iacSourceFiles(path, then.source.terraform !== undefined ? 'terraform' : 'cloudformation', (p) =>
        listFolderAt({ root: this.root }, commit, p),
      );
      if (found.kind === 'absent') return null; // the commit lacks the file or module: no rules then
      if (found.kind === 'failed') return 'unreadable';
      files.push(...found.files);
    }
    for (const file of files) {
      const read = await readFileAt({ root: this.root }, commit, file);
      if (read.kind === 'failed') return 'unreadable';
      // The lifecycle file is what is applied; without it (or, for a policy alone, without the policy) there were no rules.
      if (read.kind === 'absent') {
        if (file === files[0]) return null;
        continue;
      }
      const path = join(scratch, ...file.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, read.text);
    }
    const source = await sourceConfiguration(then, config).catch(() => undefined);
    return source?.ok ? source.proposed.configuration : 'unreadable';
  }

  /** Removes the scratch folders. */
  async close(): Promise<void> {
    await Promise.all(this.scratches.map((d) => rm(d, { recursive: true, force: true })));
    this.scratches.length = 0;
  }

  private configAt(commit: string) {
    let entry = this.configs.get(commit);
    if (!entry) {
      entry = this.readConfig(commit);
      this.configs.set(commit, entry);
    }
    return entry;
  }

  private async readConfig(commit: string) {
    const read = await readFileAt({ root: this.root }, commit, this.configPath);
    if (read.kind === 'absent') return 'absent' as const;
    if (read.kind === 'failed') return 'unreadable' as const;
    const scratch = await mkdtemp(join(tmpdir(), `lifeguard-history-${commit.slice(0, 7)}-`));
    this.scratches.push(scratch);
    const parsed = parseText(this.configPath, read.text);
    if (!parsed.ok) return 'unreadable' as const;
    const dir = join(scratch, ...posix.dirname(this.configPath).split('/'));
    const loaded = parseConfig(parsed.doc, dir);
    // The scratch folder stands for the repository: paths resolve and stay inside it as in a checkout.
    return loaded.ok ? { config: { ...loaded.config, workspace: new Workspace(dir, scratch) }, scratch } : ('unreadable' as const);
  }
}
