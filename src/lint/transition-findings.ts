/**
 * How order and gap faults between transitions read, shared by the rules for current-version
 * Transitions and for NoncurrentVersionTransitions so both say it the same way. Each rule spreads
 * `transitionMessages(…)` into its messages; these functions return the reports that name them.
 */
import type { StorageClassName } from '../model/lifecycle.js';
import { STORAGE_CLASSES } from '../model/storage-classes.js';
import { documented } from './report-message.js';
import { allowedTargets, colderOf, describeStep } from './transition-sequence.js';
import type { GapFault, ListKey, OrderFault, Repeat, Timeline } from './transition-sequence.js';
import type { AwsAnswer, MessageData, MessageSpec, Severity } from './types.js';
import type { RuleView } from './view.js';

export interface Located {
  pointer: string;
  messageId: string;
  data: MessageData;
  severity?: Severity;
}

/**
 * The messages of the shared findings. `aws`: how sure lifeguard is of AWS's answer for this list
 * (documented for Transitions, only emulators for NoncurrentVersionTransitions).
 */
export function transitionMessages(aws: AwsAnswer): Record<string, MessageSpec> {
  return {
    repeat: {
      message: '{{rule}}: {{list}}[{{index}}] moves {{what}} to {{class}} again ({{list}}[{{first}}] already does)',
      aws: { ...aws, code: 'InvalidRequest' },
      hint: 'Name each storage class once in {{list}}.',
    },
    sameDay: {
      message: '{{rule}}: {{later}} falls on the same day as {{earlier}}',
      aws: { ...aws, code: 'InvalidArgument' },
      hint: 'Each later transition must come strictly later.',
    },
    sameDayNoMove: {
      message: '{{rule}}: {{later}} falls on the same day as {{earlier}}',
      aws: documented(),
      hint: 'S3 cannot move objects between {{from}} and {{to}} in either direction: drop one.',
    },
    noMove: {
      message: '{{rule}}: {{later}} comes after {{earlier}}, but S3 cannot move {{from}} to {{to}}',
      aws: { ...aws, code: 'InvalidArgument' },
      hint: 'From {{from}}, objects go only to {{allowed}}.',
    },
    noMoveUncoded: {
      message: '{{rule}}: {{later}} comes after {{earlier}}, but S3 cannot move {{from}} to {{to}}',
      aws: documented(),
      hint: 'From {{from}}, objects go only to {{allowed}}.',
    },
    gap: {
      message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
      aws: { ...aws, code: 'InvalidArgument' },
      hint: 'Objects must stay {{gap}} days in {{label}} before moving on.',
    },
    gapUnconfirmed: {
      message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
      aws: { evidence: 'unconfirmed', code: 'InvalidArgument', since: '{{since}}' },
      hint: 'S3 wanted objects to stay {{gap}} days in {{label}} before moving on.',
    },
  };
}

/** A second transition to one storage class in the same list (3b.4, 3d.4). */
export function repeatFinding(rule: RuleView, list: ListKey, { step, first }: Repeat): Located {
  return {
    pointer: rule.at(list, step.index, 'StorageClass'),
    messageId: 'repeat',
    data: {
      rule: rule.label,
      list,
      index: step.index,
      first: first.index,
      what: list === 'Transitions' ? 'objects' : 'versions',
      class: step.storageClass,
    },
  };
}

export function orderFinding(rule: RuleView, timeline: Timeline, fault: OrderFault): Located {
  const { earlier, later } = fault;
  const pair = colderOf(earlier.storageClass, later.storageClass);
  const data = {
    rule: rule.label,
    earlier: describeStep(timeline, earlier),
    later: describeStep(timeline, later),
    from: earlier.storageClass,
    to: later.storageClass,
  };
  if (fault.kind === 'same-time')
    return { pointer: rule.at(timeline.list, later.index, timeline.key), messageId: pair ? 'sameDay' : 'sameDayNoMove', data };
  return {
    pointer: rule.at(timeline.list, later.index, 'StorageClass'),
    messageId: fault.kind === 'reversed' && pair ? 'noMove' : 'noMoveUncoded',
    data: { ...data, allowed: allowedTargets(earlier.storageClass) },
  };
}

/**
 * The date since which the gap after `cls` is not confirmed (storage-class table), or undefined when
 * AWS's rejection of a shorter stay is on record.
 */
export function gapUnconfirmedSince(cls: StorageClassName): string | undefined {
  return STORAGE_CLASSES[cls].limitsUnconfirmedSince;
}

/** A gap fault: a rejection when the gap is on record, a warning that says so when it is not (3b.6, 3d.4). */
export function gapFinding(rule: RuleView, timeline: Timeline, fault: GapFault): Located {
  const { earlier, later, gap } = fault;
  const since = gapUnconfirmedSince(earlier.storageClass);
  const data = {
    rule: rule.label,
    earlier: describeStep(timeline, earlier),
    later: describeStep(timeline, later),
    days: later.at - earlier.at,
    gap,
    label: STORAGE_CLASSES[earlier.storageClass].label,
    ...(since ? { since } : {}),
  };
  return {
    pointer: rule.at(timeline.list, later.index, timeline.key),
    messageId: since ? 'gapUnconfirmed' : 'gap',
    data,
    ...(since ? { severity: 'warning' as const } : {}),
  };
}
