/**
 * How order and gap faults between transitions read, shared by the rules for current-version
 * Transitions and for NoncurrentVersionTransitions so both speak AWS's words the same way.
 */
import type { StorageClassName } from '../model/lifecycle.js';
import { STORAGE_CLASSES } from '../model/storage-classes.js';
import { rejection, rejectionUncoded, unconfirmedSince } from './messages.js';
import { allowedTargets, colderOf, describeStep } from './transition-sequence.js';
import type { GapFault, ListKey, OrderFault, Repeat, Timeline } from './transition-sequence.js';
import { type RuleView } from './view.js';
import { renderFilter } from '../model/selector.js';

export interface Located {
  pointer: string;
  message: string;
}

/** A second transition to one storage class in the same list (3b.4, 3d.4). */
export function repeatFinding(rule: RuleView, list: ListKey, { step, first }: Repeat): Located {
  const action = list === 'Transitions' ? 'Transition' : 'NoncurrentVersionTransition';
  return {
    pointer: rule.at(list, step.index, 'StorageClass'),
    message: rejection(
      rule.label,
      `${list}[${step.index}] moves ${list === 'Transitions' ? 'objects' : 'versions'} to ${step.storageClass} again (${list}[${first.index}] already does)`,
      'InvalidRequest',
      `'StorageClass' must be different for '${action}' actions in same 'Rule' with filter '${renderFilter(rule.selector)}'`,
    ),
  };
}

export function orderFinding(rule: RuleView, timeline: Timeline, fault: OrderFault): Located {
  const { earlier, later } = fault;
  const list = timeline.list;
  const action = list === 'Transitions' ? 'Transition' : 'NoncurrentVersionTransition';
  const filter = renderFilter(rule.selector);
  const awsText = (colder: string, warmer: string) =>
    `'${timeline.key}' in the ${action} action for StorageClass '${colder}' for filter '${filter}' must be greater than '${timeline.key}' in the ${action} action for StorageClass '${warmer}' for filter '${filter}'`;
  const pair = colderOf(earlier.storageClass, later.storageClass);
  if (fault.kind === 'same-time') {
    const sentence = `${describeStep(timeline, earlier)} and ${describeStep(timeline, later)} fall on the same day; each later transition must come strictly later`;
    return {
      pointer: rule.at(list, later.index, timeline.key),
      message: pair
        ? rejection(rule.label, sentence, 'InvalidArgument', awsText(pair.colder, pair.warmer))
        : rejectionUncoded(rule.label, `${sentence}, and S3 cannot move objects between ${earlier.storageClass} and ${later.storageClass} in either direction`),
    };
  }
  const sentence = `${describeStep(timeline, later)} comes after ${describeStep(timeline, earlier)}, but S3 cannot move objects from ${earlier.storageClass} to ${later.storageClass} (from ${earlier.storageClass} only to ${allowedTargets(earlier.storageClass)})`;
  return {
    pointer: rule.at(list, later.index, 'StorageClass'),
    message: fault.kind === 'reversed' && pair
      ? rejection(rule.label, sentence, 'InvalidArgument', awsText(pair.colder, pair.warmer))
      : rejectionUncoded(rule.label, sentence),
  };
}

export function gapSentence(timeline: Timeline, { earlier, later, gap }: GapFault): string {
  const stay = gapUnconfirmedSince(earlier.storageClass) ? 'S3 wanted objects to stay' : 'objects must stay';
  return `${describeStep(timeline, later)} is only ${later.at - earlier.at} days after ${describeStep(timeline, earlier)}; ${stay} ${gap} days in ${STORAGE_CLASSES[earlier.storageClass].label} before moving on`;
}

/**
 * The date since which the gap after `cls` is not confirmed (storage-class table), or undefined when
 * AWS's rejection of a shorter stay is on record.
 */
export function gapUnconfirmedSince(cls: StorageClassName): string | undefined {
  return STORAGE_CLASSES[cls].limitsUnconfirmedSince;
}

/** A gap fault: a rejection when the gap is on record, a warning that says so when it is not (3b.6, 3d.4). */
export function gapFinding(rule: RuleView, timeline: Timeline, fault: GapFault): Located & { severity?: 'warning' } {
  const since = gapUnconfirmedSince(fault.earlier.storageClass);
  if (since) {
    return { pointer: rule.at(timeline.list, fault.later.index, timeline.key), severity: 'warning', message: unconfirmedSince(rule.label, gapSentence(timeline, fault), since) };
  }
  const filter = renderFilter(rule.selector);
  const { earlier, later, gap } = fault;
  const awsText = timeline.list === 'Transitions'
    // AWS's own wording, including its odd "'filter '…''" where the earlier Days should be.
    ? `'Days' in the 'Transition' action for StorageClass '${later.storageClass}' for filter '${filter}' must be ${gap} days more than 'filter '${filter}'' in the 'Transition' action for StorageClass '${earlier.storageClass}'`
    : `'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '${later.storageClass}' for filter '${filter}' must be ${gap} days more than 'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '${earlier.storageClass}' for filter '${filter}'`;
  return {
    pointer: rule.at(timeline.list, later.index, timeline.key),
    message: rejection(rule.label, gapSentence(timeline, fault), 'InvalidArgument', awsText),
  };
}
