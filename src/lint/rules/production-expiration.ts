import type { LifecycleRule, TargetFacts } from '../types.js';
import { int, obj, str } from '../../model/values.js';

/** Stages whose data is held to the immutability promise (case-insensitive). */
export const PRODUCTION_STAGES: readonly string[] = ['production', 'prod'];

export function isProductionStage(stage: string | undefined): boolean {
  return typeof stage === 'string' && PRODUCTION_STAGES.includes(stage.toLowerCase());
}

/**
 * What a target promises about the age its current versions reach: `days` when it names a
 * retention (minRetentionDays), none when it is production or immutable without one (then no
 * expiry of current versions is allowed at all); undefined when it promises nothing.
 */
export function retentionOf(t: TargetFacts): { days?: number; why: string } | undefined {
  if (typeof t.minRetentionDays === 'number' && t.minRetentionDays > 0)
    return { days: t.minRetentionDays, why: `keeps objects ${t.minRetentionDays} days` };
  if (t.immutable === true) return { why: 'is immutable' };
  if (isProductionStage(t.stage)) return { why: `is the ${t.stage} stage` };
  return undefined;
}

/**
 * Catalogue 6.4 and W5 for lifecycle files, Terraform and CloudFormation, as the policy rule
 * policy-expiry-before-retention does for policies: a target that promises to keep its data
 * (stage production, immutable, minRetentionDays) must not have its current versions expired
 * before that time, or at all when it names no time. Noncurrent expiry is left to plan, which
 * knows the bucket's Object Lock (expiration-shorter-than-object-lock).
 */
export const productionExpiration: LifecycleRule = {
  meta: {
    id: 'production-expiration',
    description:
      'No rule of a production, immutable or minRetentionDays target expires current versions before the retention ends (or at all, without one).',
    defaultSeverity: 'error',
    catalogue: ['6.4', 'W5'],
    messages: {
      noRetention: {
        message: '{{rule}} expires current versions after {{days}} days; target {{target}} {{why}}',
        hint: 'Expire only noncurrent versions here, or give the target minRetentionDays and expire after it.',
      },
      beforeRetention: {
        message: '{{rule}} expires current versions after {{days}} days; target {{target}} {{why}}',
        hint: 'Raise Expiration.Days to {{retention}} or more, or narrow the Filter to data the promise does not cover.',
      },
      byDate: {
        message: '{{rule}} expires current versions from {{date}}; target {{target}} {{why}}',
        hint: 'A Date expiry reaches every object created after it, however young: use Days, after the retention.',
      },
    },
  },
  check(ctx) {
    for (const target of ctx.targets) {
      const promise = retentionOf(target);
      if (!promise) continue;
      for (const rule of ctx.rules) {
        if (!rule.enabled) continue;
        const expiration = obj(rule.raw.Expiration);
        if (!expiration) continue;
        const base = { rule: rule.label, target: target.name, why: promise.why };
        const days = int(expiration.Days);
        const date = str(expiration.Date);
        if (days !== undefined && (promise.days === undefined || days < promise.days)) {
          const messageId = promise.days === undefined ? 'noRetention' : 'beforeRetention';
          ctx.report({
            pointer: rule.at('Expiration', 'Days'),
            messageId,
            data: { ...base, days, ...(promise.days !== undefined ? { retention: promise.days } : {}) },
          });
        } else if (date !== undefined) {
          ctx.report({ pointer: rule.at('Expiration', 'Date'), messageId: 'byDate', data: { ...base, date: date.slice(0, 10) } });
        }
      }
    }
  },
};
