/**
 * The fixes lint rules attach to their findings, as plans of changes at pointers (src/fix makes
 * them edits). One place, so that what each fix writes (an ID's form, the abort rule's days) is
 * decided once. Safe fixes keep what S3 does, or only add what the finding asks for; suggestions
 * change what the rules do and are applied only when asked.
 */
import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import type { FixPlan } from '../../fix/types.js';
import type { StorageClassName } from '../../model/lifecycle.js';
import { MAX_LIFECYCLE_RULES } from '../../model/s3-limits.js';
import { configurationForm, ruleForm } from '../rule-form.js';
import type { LintContext } from '../types.js';
import { obj, str } from '../../model/values.js';
import type { RuleView } from '../view.js';

/** Days after which the added rule aborts an incomplete multipart upload (AWS's own examples use 7). */
export const ABORT_AFTER_DAYS = 7;
export const ABORT_RULE_ID = 'abort-incomplete-multipart-uploads';

/** A rule with neither Filter nor Prefix: the whole bucket, in the form the configuration uses. */
export function selectWholeBucket(ctx: LintContext, rule: RuleView): FixPlan {
  const v1 = configurationForm(ctx.rules)?.form === 'v1';
  return {
    kind: 'safe',
    description: v1 ? `add "Prefix": "" to ${rule.label} (the configuration is in the V1 form)` : `add "Filter": {} to ${rule.label}`,
    changes: [{ op: 'set', pointer: rule.at(v1 ? 'Prefix' : 'Filter'), value: v1 ? '' : {} }],
  };
}

/** Rule-level Prefixes (V1) into Filters (V2), each in the place the Prefix had. */
export function prefixesIntoFilters(rules: readonly RuleView[], subject: string): FixPlan | undefined {
  const v1 = rules.filter((r) => ruleForm(r) === 'v1' && typeof r.raw.Prefix === 'string');
  if (v1.length === 0) return undefined;
  return {
    kind: 'safe',
    description: `move the rule-level Prefix of ${subject} into "Filter": {"Prefix": …}`,
    changes: v1.map((r) => ({ op: 'rename', pointer: r.at('Prefix'), key: 'Filter', value: { Prefix: r.raw.Prefix } })),
  };
}

/** A rule with both a Filter and a rule-level Prefix: only when the Filter is empty or says the same prefix. */
export function prefixIntoFilter(rule: RuleView): FixPlan | undefined {
  const filter = obj(rule.raw.Filter);
  const prefix = str(rule.raw.Prefix);
  if (!filter || prefix === undefined) return undefined;
  const keys = Object.keys(filter);
  const same = keys.length === 1 && filter.Prefix === prefix;
  if (keys.length > 0 && !same) return undefined;
  return {
    kind: 'safe',
    description: same
      ? `remove the rule-level Prefix of ${rule.label} (its Filter has the same one)`
      : `move the rule-level Prefix of ${rule.label} into its Filter`,
    changes: [
      { op: 'remove', pointer: rule.at('Prefix') },
      ...(same ? [] : [{ op: 'set' as const, pointer: rule.at('Filter', 'Prefix'), value: prefix }]),
    ],
  };
}

/** A second rule with an ID already used: the first free `<id>-<n>`. */
export function uniqueId(ctx: LintContext, rule: RuleView, id: string): FixPlan {
  const fresh = freeId(ctx, id);
  return {
    kind: 'safe',
    description: `give ${`rule #${rule.index + 1}`} the ID '${fresh}'`,
    changes: [{ op: 'set', pointer: rule.at('ID'), value: fresh }],
  };
}

function freeId(ctx: LintContext, id: string): string {
  const used = new Set(ctx.rules.map((r) => str(r.raw.ID)));
  if (!used.has(id)) return id;
  for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** The rule abort-multipart-missing asks for, added at the end of Rules. */
export function addAbortRule(ctx: LintContext): FixPlan | undefined {
  if (ctx.rules.length >= MAX_LIFECYCLE_RULES || (ctx.ruleCount ?? 0) >= MAX_LIFECYCLE_RULES) return undefined;
  const v1 = configurationForm(ctx.rules)?.form === 'v1';
  const id = freeId(ctx, ABORT_RULE_ID);
  return {
    kind: 'safe',
    description: `add a rule '${id}' that aborts incomplete multipart uploads after ${ABORT_AFTER_DAYS} days`,
    changes: [
      {
        op: 'append',
        pointer: `${ctx.base}/Rules`,
        value: {
          ID: id,
          Status: 'Enabled',
          ...(v1 ? { Prefix: '' } : { Filter: {} }),
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORT_AFTER_DAYS },
        },
      },
    ],
  };
}

/** Write the setting S3 applies anyway, so the file says what happens to small objects. */
export function explicitTransitionDefault(): FixPlan {
  return {
    kind: 'safe',
    description:
      'write "TransitionDefaultMinimumObjectSize": "all_storage_classes_128K", the setting S3 applies when the file does not say',
    changes: [{ op: 'set', pointer: '/TransitionDefaultMinimumObjectSize', value: 'all_storage_classes_128K' }],
  };
}

/** Move an expiration (given in days) to the first day objects no longer owe `storageClass` its minimum stay. */
export function expireAfterMinimum(
  rule: RuleView,
  pointer: string,
  enteredAt: number,
  storageClass: StorageClassName,
  what: string,
): FixPlan {
  const day = enteredAt + Math.max(1, STORAGE_CLASSES[storageClass].minStorageDays);
  return {
    kind: 'suggestion',
    description: `move ${what} of ${rule.label} to day ${day}, after ${storageClass}'s minimum storage duration (this keeps objects longer)`,
    changes: [{ op: 'set', pointer, value: day }],
  };
}
