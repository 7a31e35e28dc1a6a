/**
 * Lifecycle configurations between the S3 API's JSON shape (what files hold and backups keep) and
 * the SDK's objects, which differ only in dates (Date objects) and in undefined members.
 */
import type { LifecycleRule as SdkRule } from '@aws-sdk/client-s3';
import { isObj } from '../model/values.js';

/** A lifecycle configuration as JSON: `{Rules, TransitionDefaultMinimumObjectSize?}`. */
export interface LifecycleJson {
  Rules: unknown[];
  TransitionDefaultMinimumObjectSize?: string;
}

/** SDK output to plain JSON: Dates become ISO strings, undefined members and $metadata go. */
export function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isObj(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && k !== '$metadata') out[k] = toJson(v);
    return out;
  }
  return value;
}

/** JSON rules to SDK input: the serializer wants Date objects where the API has timestamps. */
export function toSdkRules(rules: readonly unknown[]): SdkRule[] {
  return rules.map((r) => datesIn(r, false) as SdkRule);
}

const DATE_KEYS = new Set(['Date']);

function datesIn(value: unknown, dateKey: boolean): unknown {
  if (dateKey && typeof value === 'string') {
    const t = Date.parse(value);
    return Number.isNaN(t) ? value : new Date(t);
  }
  if (Array.isArray(value)) return value.map((v) => datesIn(v, false));
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesIn(v, DATE_KEYS.has(k))]));
  return value;
}
