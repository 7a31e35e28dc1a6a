/** Tolerant readers for untrusted values: a rule never throws on a malformed file. */

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): Record<string, unknown> | undefined {
  return isObj(v) ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function has(o: Record<string, unknown> | undefined, key: string): boolean {
  return o !== undefined && Object.hasOwn(o, key) && o[key] !== undefined && o[key] !== null;
}
