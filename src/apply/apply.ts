/**
 * `apply` for one target, in two steps so that nothing is written before the user has seen it:
 * `decide` turns a plan into an action (put, delete, nothing) or a refusal; `execute` re-reads the
 * bucket, keeps a backup, writes, reads back and verifies semantic equality.
 */
import { configurationsEqual, diffConfigurations, type ConfigurationDiff } from '../diff/diff.js';
import type { PreparedTarget } from '../plan/plan.js';
import { failureText } from '../plan/plan.js';
import { plural } from '../lint/messages.js';
import type { LifecycleJson } from '../s3/convert.js';
import { readLifecycle } from '../s3/state.js';
import { deleteLifecycle, putLifecycle } from '../s3/write.js';
import { readBase, type BaseOption } from './base.js';
import { writeBackup, type Backup } from './backup.js';
import { withoutQuarantineRules } from '../quarantine/rules.js';

export interface ApplyOptions {
  onDrift: 'stop' | 'overwrite';
  base?: BaseOption;
  deleteAll: boolean;
  /** Folder of .lifeguard.yml (backups go under it). */
  dir: string;
  now: () => Date;
  /** Path as shown to the user. */
  display: (path: string) => string;
}

export type Decision =
  | { action: 'put' | 'delete'; notes: string[] }
  | { action: 'none'; reason: string; notes: string[] }
  /** Not applied, and the run fails: errors, drift, or a plan that could not be made. */
  | { action: 'refuse'; reason: string; drift?: ConfigurationDiff; notes: string[] };

export async function decide(p: PreparedTarget, options: ApplyOptions): Promise<Decision> {
  const notes: string[] = [];
  const { plan, proposed } = p;
  const owner = p.target.source.terraform !== undefined ? 'Terraform' : p.target.source.cloudformation !== undefined ? 'CloudFormation' : undefined;
  if (owner) {
    return { action: 'refuse', reason: `its rules come from ${owner} (${p.target.source.resource}), which owns the bucket's lifecycle configuration: apply them with ${owner === 'Terraform' ? 'terraform apply' : 'a stack deployment'}, not lifeguard apply`, notes };
  }
  if (plan.failure || !proposed || !p.state) return { action: 'refuse', reason: `could not be planned: ${plan.failure ?? 'no bucket state'}`, notes };
  const live = p.state.lifecycle;
  const empty = proposed.configuration.Rules.length === 0;
  if (empty && !options.deleteAll) {
    return { action: 'refuse', reason: `${proposed.file} has no rules; deleting the bucket's whole lifecycle configuration needs --delete-all`, notes };
  }
  if (empty) {
    if (!live) return { action: 'none', reason: 'the bucket has no lifecycle configuration already', notes };
  } else {
    const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors) return { action: 'refuse', reason: `${plural(errors, 'error finding')} in the plan; fix them before applying`, notes };
    if (plan.diff?.equal) return { action: 'none', reason: 'the bucket already has these rules', notes };
  }
  if (options.base) {
    let base;
    try {
      base = await readBase(options.base, proposed.path, proposed.file, proposed.configurationOf);
    } catch (err) {
      return { action: 'refuse', reason: `drift guard: ${failureText(err)}`, notes };
    }
    // Quarantine rules come from the quarantine file, not from the base version of the source: left out on both sides.
    const drift = diffConfigurations(withoutQuarantineRules(base.configuration), withoutQuarantineRules(live));
    if (!drift.equal) {
      const what = `the bucket's live rules differ from ${base.label}${base.configuration ? '' : ' (no such file there)'}, so something changed them outside git`;
      if (options.onDrift === 'stop') return { action: 'refuse', reason: `drift: ${what}; rerun with --on-drift overwrite to replace them`, drift, notes };
      notes.push(`drift: ${what}; overwriting (--on-drift overwrite)`);
    } else {
      notes.push(`drift guard: the live rules match ${base.label}`);
    }
  } else {
    notes.push('drift guard off (no --base or --base-ref)');
  }
  return { action: empty ? 'delete' : 'put', notes };
}

export interface Execution {
  ok: boolean;
  /** One sentence: what happened. */
  message: string;
  backup?: Backup;
  verified?: boolean;
}

export async function execute(p: PreparedTarget, action: 'put' | 'delete', options: ApplyOptions): Promise<Execution> {
  const s3 = p.s3!;
  const proposed = p.proposed!;
  const planned = p.state!.lifecycle;
  let backup: Backup | undefined;
  try {
    // What the user approved was a change from `planned`; anything else is not what they reviewed.
    const live = await readLifecycle(s3, p.ref);
    if (!configurationsEqual(live, planned)) {
      return { ok: false, message: 'the bucket\'s lifecycle configuration changed after the plan was made; nothing was written, run apply again' };
    }
    backup = await writeBackup(options.dir, p.ref, p.target, live, options.now(), options.display);
    let expected: LifecycleJson | undefined;
    if (action === 'delete') {
      await deleteLifecycle(s3, p.ref);
    } else {
      const sent = await putLifecycle(s3, p.ref, proposed.configuration);
      expected = { ...proposed.configuration, TransitionDefaultMinimumObjectSize: sent };
    }
    const after = await readLifecycle(s3, p.ref);
    const check = diffConfigurations(after, expected);
    if (!check.equal) {
      return { ok: false, backup, verified: false, message: `written, but reading it back differs from ${proposed.file}: ${check.sentences.join('; ')}` };
    }
    const message =
      action === 'delete'
        ? `deleted the lifecycle configuration of ${p.ref.bucket}; verified: the bucket now has none`
        : `applied to ${p.ref.bucket}; verified: its lifecycle configuration now equals ${proposed.file} (${plural(proposed.configuration.Rules.length, 'rule')}, TransitionDefaultMinimumObjectSize ${expected!.TransitionDefaultMinimumObjectSize})`;
    return { ok: true, backup, verified: true, message };
  } catch (err) {
    return { ok: false, backup, message: failureText(err) };
  }
}
