/**
 * What the compiler checks before it writes anything: every way a stage's numbers could compile to
 * a configuration AWS rejects. Each problem points at the policy value that causes it and names the
 * stage, the rule it would compile to and AWS's answer. Facts come from the storage-class table.
 * Transitions to STANDARD_IA or ONEZONE_IA compile from day 0 (AWS accepts them since 2026-07-16).
 */
import { MAX_LIFECYCLE_RULES } from '../model/s3-limits.js';
import { STORAGE_CLASSES, canTransition } from '../model/storage-classes.js';
import { plural, rejection } from '../lint/messages.js';
import { awsFilterText } from './filter.js';
import { transitionsByDay, type Policy, type PolicyStage } from './model.js';
import { currentPurpose, stageRuleId } from './rule-ids.js';
import { conflictingTag } from './selection.js';

export interface CompileProblem {
  pointer: string;
  message: string;
  reportOnKey?: boolean;
}

export function feasibilityProblems(policy: Policy, stages: readonly PolicyStage[], ruleCount: number): CompileProblem[] {
  const out: CompileProblem[] = [];
  for (const stage of stages) out.push(...stageProblems(policy, stage));
  if (ruleCount > MAX_LIFECYCLE_RULES) {
    out.push({
      pointer: '/stages',
      reportOnKey: true,
      message: rejection(
        `policy '${policy.name}'`,
        `its ${plural(stages.length, 'stage')} compile to ${ruleCount} rules, over the limit of ${MAX_LIFECYCLE_RULES} for one bucket; merge stages or split the bucket`,
        'InvalidRequest',
        `The number of lifecycle rules must not exceed the allowed limit of ${MAX_LIFECYCLE_RULES} rules.`,
      ),
    });
  }
  return out;
}

function stageProblems(policy: Policy, stage: PolicyStage): CompileProblem[] {
  const out: CompileProblem[] = [];
  const subject = `stage '${stage.name}'`;
  const purpose = currentPurpose(stage);
  const ruleId = purpose ? stageRuleId(policy.name, stage.name, purpose) : '';
  const into = `(compiled into rule '${ruleId}')`;
  const filter = awsFilterText(stage.select);

  if (stage.archive && stage.expireAfterDays !== undefined) {
    out.push({
      pointer: stage.at('expireAfterDays'),
      message: `${subject}: expireAfterDays ${stage.expireAfterDays} contradicts archive, which keeps current versions forever in ${stage.archive.storageClass}; remove one of them.`,
    });
  }

  const byDay = transitionsByDay(stage);
  const seen = new Map<string, number>();
  byDay.forEach((t, i) => {
    const what = t.archive ? 'archive' : 'the transition';
    if (seen.has(t.storageClass)) {
      out.push({
        pointer: `${t.pointer}/storageClass`,
        message: rejection(subject, `${t.storageClass} is named twice among the stage's transitions and archive ${into}`, 'InvalidRequest', `'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter '${filter}'`),
      });
      return;
    }
    seen.set(t.storageClass, i);
    const prev = byDay[i - 1];
    if (!prev || prev.storageClass === t.storageClass) return;
    const order = `'Days' in the Transition action for StorageClass '${t.storageClass}' for filter '${filter}' must be greater than 'Days' in the Transition action for StorageClass '${prev.storageClass}' for filter '${filter}'`;
    if (t.afterDays === prev.afterDays || !canTransition(prev.storageClass, t.storageClass)) {
      const fault =
        t.afterDays === prev.afterDays
          ? `${what} to ${t.storageClass} and the transition to ${prev.storageClass} both happen on day ${t.afterDays} ${into}`
          : `S3 cannot move objects from ${prev.storageClass} (day ${prev.afterDays}) to ${t.storageClass} (day ${t.afterDays}) ${into}; ${describeTargets(prev.storageClass)}`;
      out.push({ pointer: `${t.pointer}/afterDays`, message: rejection(subject, fault, 'InvalidArgument', order) });
      return;
    }
    // A gap AWS's rejection of which is unconfirmed (after the IA classes, since 2026-07-16) compiles;
    // the lint of the compiled rules then warns about it (transition-gap), at this policy value.
    const { nextTransitionGapDays: gap, limitsUnconfirmedSince } = STORAGE_CLASSES[prev.storageClass];
    if (!limitsUnconfirmedSince && t.afterDays - prev.afterDays < gap) {
      out.push({
        pointer: `${t.pointer}/afterDays`,
        message: rejection(
          subject,
          `${what} to ${t.storageClass} on day ${t.afterDays} comes ${plural(t.afterDays - prev.afterDays, 'day')} after the move to ${prev.storageClass} ${into}; objects must stay ${plural(gap, 'day')} in ${prev.storageClass} first, so day ${prev.afterDays + gap} is the earliest`,
          'InvalidArgument',
          `'Days' in the 'Transition' action for StorageClass '${t.storageClass}' for filter '${filter}' must be ${gap} days more than 'filter '${filter}'' in the 'Transition' action for StorageClass '${prev.storageClass}'`,
        ),
      });
    }
  });

  const last = byDay[byDay.length - 1];
  if (stage.expireAfterDays !== undefined && last && !stage.archive && stage.expireAfterDays <= last.afterDays) {
    out.push({
      pointer: stage.at('expireAfterDays'),
      message: rejection(
        subject,
        `expireAfterDays ${stage.expireAfterDays} is not after the transition to ${last.storageClass} on day ${last.afterDays} ${into}; expiry must come strictly after every transition`,
        'InvalidArgument',
        `'Days' in the Expiration action for filter '${filter}' must be greater than 'Days' in the Transition action`,
      ),
    });
  }

  if (stage.failedRuns) {
    const clash = conflictingTag(stage.select.tags, stage.failedRuns.tags);
    if (clash) {
      out.push({
        pointer: stage.at('failedRuns', 'tags', clash.key),
        reportOnKey: true,
        message: rejection(
          subject,
          `failedRuns wants tag ${clash.key}=${clash.b} but the stage selects ${clash.key}=${clash.a}; an object holds one value per key, and the rule '${stageRuleId(policy.name, stage.name, 'failed-runs')}' would name the key twice`,
          'InvalidRequest',
          'Duplicate Tag Keys are not allowed.',
        ),
      });
    }
  }
  return out;
}

function describeTargets(from: keyof typeof STORAGE_CLASSES): string {
  const to = STORAGE_CLASSES[from].transitionsTo;
  return to.length ? `from ${from} objects can only move to ${to.join(', ')}` : `${from} is the last class objects can move to`;
}
