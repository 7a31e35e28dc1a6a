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
export function uniqueId(ctx: LintContext, rule: RuleView): FixPlan {
  return giveId(rule, idPlan(ctx).byRule.get(rule.index)!);
}

/** A rule without an ID (or with a blank one): its prefix as a name, else `rule-<n>`. */
export function addId(ctx: LintContext, rule: RuleView): FixPlan {
  return giveId(rule, idPlan(ctx).byRule.get(rule.index)!);
}

function giveId(rule: RuleView, id: string): FixPlan {
  return {
    kind: 'safe',
    description: `give rule #${rule.index + 1} the ID '${id}'`,
    changes: [{ op: 'set', pointer: rule.at('ID'), value: id }],
  };
}

/** Characters of a prefix kept in an ID made from it. */
const MAX_ID_FROM_PREFIX = 48;

interface IdPlan {
  /** The ID each fix gives a rule that has none, a blank one, or one an earlier rule has. */
  byRule: Map<number, string>;
  /** The ID of the abort rule a fix adds. */
  abortRule: string;
}

const idPlans = new WeakMap<object, IdPlan>();

/**
 * Every ID the fixes of one configuration give, decided in one walk over Rules so that no two fixes
 * (nor a fix and a rule) share one and all of them can be applied together: a rule without an ID
 * gets its prefix as a name (`checkpoints/` → `checkpoints`) or `rule-<n>` (its place in Rules); a
 * repeated ID becomes `<id>-<n>`; each in the first form not yet used.
 */
function idPlan(ctx: LintContext): IdPlan {
  const cached = idPlans.get(ctx.config);
  if (cached) return cached;
  const used = new Set<string>();
  for (const r of ctx.rules) {
    const id = str(r.raw.ID);
    if (id !== undefined) used.add(id);
  }
  const free = (base: string, from: number): string => {
    if (from === 1 && !used.has(base)) return base;
    for (let n = Math.max(from, 2); ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  };
  const byRule = new Map<number, string>();
  const seen = new Set<string>();
  for (const r of ctx.rules) {
    const id = str(r.raw.ID);
    let given: string | undefined;
    if (r.raw.ID === undefined || id?.trim() === '') {
      const named = r.selector.prefix
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_ID_FROM_PREFIX);
      given = free(named || `rule-${r.index + 1}`, 1);
    } else if (id !== undefined && id !== '') {
      if (seen.has(id)) given = free(id, 2);
      else seen.add(id);
    }
    if (given === undefined) continue;
    used.add(given);
    byRule.set(r.index, given);
  }
  const plan = { byRule, abortRule: free(ABORT_RULE_ID, 1) };
  idPlans.set(ctx.config, plan);
  return plan;
}

/** The rule abort-multipart-missing asks for, added at the end of Rules. */
export function addAbortRule(ctx: LintContext): FixPlan | undefined {
  if (ctx.rules.length >= MAX_LIFECYCLE_RULES || (ctx.ruleCount ?? 0) >= MAX_LIFECYCLE_RULES) return undefined;
  const v1 = configurationForm(ctx.rules)?.form === 'v1';
  const id = idPlan(ctx).abortRule;
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
