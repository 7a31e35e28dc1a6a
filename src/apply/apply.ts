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
import { driftGuard, type GuardOptions } from './drift-guard.js';
import { isNoAnswer } from '../s3/errors.js';
import { deleteLifecycle, putLifecycle, transitionDefaultFor } from '../s3/write.js';
import { writeBackup, type Backup } from './backup.js';
import type { SyncState } from '../model/sync-state.js';
import type { TargetConfig } from '../config/config.js';

export interface ApplyOptions extends GuardOptions {
  deleteAll: boolean;
  /** Folder of .lifeguard.yml (backups go under it). */
  dir: string;
  now: () => Date;
  /** Path as shown to the user. */
  display: (path: string) => string;
}

export type Decision =
  /** `sync`: where the bucket stood against the branch's history, when it was searched. */
  | { action: 'put' | 'delete'; sync?: SyncState; notes: string[] }
  | { action: 'none'; reason: string; notes: string[] }
  /** Not applied, and the run fails: errors, drift, or a plan that could not be made. */
  | { action: 'refuse'; reason: string; drift?: ConfigurationDiff; sync?: SyncState; notes: string[] };

/** The tool that owns a target's lifecycle configuration when its rules come from Terraform or CloudFormation. */
export function rulesOwner(target: TargetConfig): 'Terraform' | 'CloudFormation' | undefined {
  return target.source.terraform !== undefined ? 'Terraform' : target.source.cloudformation !== undefined ? 'CloudFormation' : undefined;
}

export async function decide(p: PreparedTarget, options: ApplyOptions): Promise<Decision> {
  const notes: string[] = [];
  const { plan, proposed } = p;
  const owner = rulesOwner(p.target);
  if (owner) {
    return {
      action: 'refuse',
      reason: `its rules come from ${owner} (${p.target.source.resource}), which owns the bucket's lifecycle configuration: apply them with ${owner === 'Terraform' ? 'terraform apply' : 'a stack deployment'}, not lifeguard apply`,
      notes,
    };
  }
  if (plan.failure || !proposed || !p.state)
    return { action: 'refuse', reason: `could not be planned: ${plan.failure ?? 'no bucket state'}`, notes };
  const live = p.state.lifecycle;
  const empty = proposed.configuration.Rules.length === 0;
  if (empty && !options.deleteAll) {
    return {
      action: 'refuse',
      reason: `${proposed.file} has no rules; deleting the bucket's whole lifecycle configuration needs --delete-all`,
      notes,
    };
  }
  if (empty) {
    if (!live) return { action: 'none', reason: 'the bucket has no lifecycle configuration already', notes };
  } else {
    const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors) return { action: 'refuse', reason: `${plural(errors, 'error finding')} in the plan; fix them before applying`, notes };
    if (plan.diff?.equal) return { action: 'none', reason: 'the bucket already has these rules', notes };
  }
  const guard = await driftGuard(p, live, options);
  notes.push(...guard.notes);
  const sync = guard.sync ? { sync: guard.sync } : {};
  if (guard.refusal) return { action: 'refuse', reason: guard.refusal, ...(guard.drift ? { drift: guard.drift } : {}), ...sync, notes };
  return { action: empty ? 'delete' : 'put', ...sync, notes };
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
      return {
        ok: false,
        message: "the bucket's lifecycle configuration changed after the plan was made; nothing was written, run apply again",
      };
    }
    backup = await writeBackup(options.dir, p.ref, p.target, live, options.now(), options.display);
    let expected: LifecycleJson | undefined =
      action === 'delete'
        ? undefined
        : { ...proposed.configuration, TransitionDefaultMinimumObjectSize: transitionDefaultFor(proposed.configuration) };
    try {
      if (action === 'delete') await deleteLifecycle(s3, p.ref);
      else
        expected = { ...proposed.configuration, TransitionDefaultMinimumObjectSize: await putLifecycle(s3, p.ref, proposed.configuration) };
    } catch (err) {
      // No answer is not a refusal: the write may have landed. Only the bucket can say (ADR 0135).
      if (!isNoAnswer(err)) throw err;
      return { ...(await afterLostAnswer(p, action, expected, live, failureText(err))), backup };
    }
    const after = await readLifecycle(s3, p.ref);
    const check = diffConfigurations(after, expected);
    if (!check.equal) {
      return {
        ok: false,
        backup,
        verified: false,
        message: `written, but reading it back differs from ${proposed.file}: ${check.sentences.join('; ')}`,
      };
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

/**
 * The write's answer was lost (the connection dropped, the request timed out): read the bucket back
 * and say what it holds. The new rules, verified: applied. The old ones: nothing changed. Anything
 * else, or no answer to the read either: the state is unknown, and the run fails saying so.
 */
async function afterLostAnswer(
  p: PreparedTarget,
  action: 'put' | 'delete',
  expected: LifecycleJson | undefined,
  before: LifecycleJson | undefined,
  why: string,
): Promise<Execution> {
  const file = p.proposed!.file;
  let after: LifecycleJson | undefined;
  try {
    after = await readLifecycle(p.s3!, p.ref);
  } catch (err) {
    return {
      ok: false,
      verified: false,
      message: `the write got no answer (${why}), and reading the bucket back failed too (${failureText(err)}); whether ${p.ref.bucket} has the new rules is unknown: run lifeguard plan to see`,
    };
  }
  if (diffConfigurations(after, expected).equal) {
    const landed =
      action === 'delete'
        ? `the bucket now has no lifecycle configuration`
        : `its lifecycle configuration equals ${file} (${plural(p.proposed!.configuration.Rules.length, 'rule')})`;
    return {
      ok: true,
      verified: true,
      message: `${action === 'delete' ? 'deleted the lifecycle configuration of' : 'applied to'} ${p.ref.bucket}, though the write got no answer (${why}): read back and verified, ${landed}`,
    };
  }
  if (diffConfigurations(after, before).equal) {
    return {
      ok: false,
      verified: false,
      message: `the write got no answer (${why}); read back: ${p.ref.bucket} still has its previous configuration, so nothing was changed; run apply again`,
    };
  }
  return {
    ok: false,
    verified: false,
    message: `the write got no answer (${why}); read back: ${p.ref.bucket} holds neither the previous configuration nor ${file}; run lifeguard plan to see what it has`,
  };
}
