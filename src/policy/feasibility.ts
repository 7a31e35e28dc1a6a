/**
 * What the compiler checks before it writes anything: every way a stage's numbers could compile to
 * a configuration AWS rejects. Each problem points at the policy value that causes it and names the
 * stage, the rule it would compile to and AWS's answer. Facts come from the storage-class table.
 * Transitions to STANDARD_IA or ONEZONE_IA compile from day 0 (AWS accepts them since 2026-07-16).
 */
import { MAX_LIFECYCLE_RULES } from '../model/s3-limits.js';
import { STORAGE_CLASSES, canTransition } from '../model/storage-classes.js';
import { plural } from '../lint/messages.js';
import { documented, emulated } from '../lint/report-message.js';
import type { MessageData, MessageSpec } from '../lint/types.js';
import { transitionsByDay, type Policy, type PolicyStage } from './model.js';
import { currentPurpose, stageRuleId } from './rule-ids.js';
import { conflictingTag } from './selection.js';

export interface CompileProblem {
  pointer: string;
  messageId: keyof typeof COMPILE_MESSAGES;
  data: MessageData;
  reportOnKey?: boolean;
}

/** The messages of policy-compile (its metadata in rules/registry.ts spreads them). */
export const COMPILE_MESSAGES = {
  tooManyRules: {
    message: "policy '{{policy}}': its {{stages}} compile to {{count}} rules, over the {{max}} one bucket may have",
    aws: documented('InvalidRequest'),
    hint: 'Merge stages, or split the bucket.',
  },
  archiveAndExpiry: {
    message: '{{stage}}: expireAfterDays {{days}} contradicts archive, which keeps current versions in {{class}}',
    hint: 'Remove one of them.',
  },
  classTwice: {
    message: "{{stage}}: {{class}} is named twice among the stage's transitions and archive",
    aws: emulated('InvalidRequest'),
    hint: "It would compile into rule '{{rule}}': name each class once.",
  },
  sameDay: {
    message: '{{stage}}: {{what}} to {{class}} and the transition to {{prev}} both happen on day {{day}}',
    aws: documented('InvalidArgument'),
    hint: "It would compile into rule '{{rule}}': each transition must come strictly later.",
  },
  noMove: {
    message: '{{stage}}: S3 cannot move objects from {{prev}} (day {{prevDay}}) to {{class}} (day {{day}})',
    aws: documented('InvalidArgument'),
    hint: "It would compile into rule '{{rule}}'; {{targets}}.",
  },
  gap: {
    message: '{{stage}}: {{what}} to {{class}} on day {{day}} comes {{after}} after the move to {{prev}}',
    aws: documented('InvalidArgument'),
    hint: "Objects must stay {{gap}} in {{prev}} first, so day {{earliest}} is the earliest (rule '{{rule}}').",
  },
  expiryNotAfter: {
    message: '{{stage}}: expireAfterDays {{days}} is not after the transition to {{class}} on day {{day}}',
    aws: documented('InvalidArgument'),
    hint: "Expiry must come strictly after every transition (rule '{{rule}}').",
  },
  tagClash: {
    message: '{{stage}}: failedRuns wants tag {{key}}={{want}} but the stage selects {{key}}={{has}}',
    aws: documented('InvalidRequest'),
    hint: "An object holds one value per key, and rule '{{rule}}' would name the key twice.",
  },
} satisfies Record<string, MessageSpec>;

export function feasibilityProblems(policy: Policy, stages: readonly PolicyStage[], ruleCount: number): CompileProblem[] {
  const out: CompileProblem[] = [];
  for (const stage of stages) out.push(...stageProblems(policy, stage));
  if (ruleCount > MAX_LIFECYCLE_RULES) {
    out.push({
      pointer: '/stages',
      reportOnKey: true,
      messageId: 'tooManyRules',
      data: { policy: policy.name, stages: plural(stages.length, 'stage'), count: ruleCount, max: MAX_LIFECYCLE_RULES },
    });
  }
  return out;
}

function stageProblems(policy: Policy, stage: PolicyStage): CompileProblem[] {
  const out: CompileProblem[] = [];
  const subject = `stage '${stage.name}'`;
  const purpose = currentPurpose(stage);
  const ruleId = purpose ? stageRuleId(policy.name, stage.name, purpose) : '';
  const base = { stage: subject, rule: ruleId };

  if (stage.archive && stage.expireAfterDays !== undefined) {
    out.push({
      pointer: stage.at('expireAfterDays'),
      messageId: 'archiveAndExpiry',
      data: { ...base, days: stage.expireAfterDays, class: stage.archive.storageClass },
    });
  }

  const byDay = transitionsByDay(stage);
  const seen = new Map<string, number>();
  byDay.forEach((t, i) => {
    const what = t.archive ? 'archive' : 'the transition';
    if (seen.has(t.storageClass)) {
      out.push({
        pointer: `${t.pointer}/storageClass`,
        messageId: 'classTwice',
        data: { ...base, class: t.storageClass },
      });
      return;
    }
    seen.set(t.storageClass, i);
    const prev = byDay[i - 1];
    if (!prev || prev.storageClass === t.storageClass) return;
    const step = { ...base, what, class: t.storageClass, day: t.afterDays, prev: prev.storageClass, prevDay: prev.afterDays };
    if (t.afterDays === prev.afterDays) {
      out.push({ pointer: `${t.pointer}/afterDays`, messageId: 'sameDay', data: step });
      return;
    }
    if (!canTransition(prev.storageClass, t.storageClass)) {
      out.push({ pointer: `${t.pointer}/afterDays`, messageId: 'noMove', data: { ...step, targets: describeTargets(prev.storageClass) } });
      return;
    }
    // A gap AWS's rejection of which is unconfirmed (after the IA classes, since 2026-07-16) compiles;
    // the lint of the compiled rules then warns about it (transition-gap), at this policy value.
    const { nextTransitionGapDays: gap, limitsUnconfirmedSince } = STORAGE_CLASSES[prev.storageClass];
    if (!limitsUnconfirmedSince && t.afterDays - prev.afterDays < gap) {
      out.push({
        pointer: `${t.pointer}/afterDays`,
        messageId: 'gap',
        data: { ...step, after: plural(t.afterDays - prev.afterDays, 'day'), gap: plural(gap, 'day'), earliest: prev.afterDays + gap },
      });
    }
  });

  const last = byDay[byDay.length - 1];
  if (stage.expireAfterDays !== undefined && last && !stage.archive && stage.expireAfterDays <= last.afterDays) {
    out.push({
      pointer: stage.at('expireAfterDays'),
      messageId: 'expiryNotAfter',
      data: { ...base, days: stage.expireAfterDays, class: last.storageClass, day: last.afterDays },
    });
  }

  if (stage.failedRuns) {
    const clash = conflictingTag(stage.select.tags, stage.failedRuns.tags);
    if (clash) {
      out.push({
        pointer: stage.at('failedRuns', 'tags', clash.key),
        reportOnKey: true,
        messageId: 'tagClash',
        data: { ...base, key: clash.key, want: clash.b, has: clash.a, rule: stageRuleId(policy.name, stage.name, 'failed-runs') },
      });
    }
  }
  return out;
}

function describeTargets(from: keyof typeof STORAGE_CLASSES): string {
  const to = STORAGE_CLASSES[from].transitionsTo;
  return to.length ? `from ${from} objects can only move to ${to.join(', ')}` : `${from} is the last class objects can move to`;
}
