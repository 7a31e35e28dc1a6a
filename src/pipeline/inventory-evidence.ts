/**
 * Whether a target's S3 Inventory report may serve as evidence: its manifest must describe the
 * target's bucket (`sourceBucket`; another bucket is an error and the report is not used), its age
 * is said in the comment and is a warning past `gates.inventory-max-age-days` (default 7), and a
 * report the pull request itself changes cannot judge that pull request's costs. Only the manifest
 * is read here.
 */
import { applySeverities } from '../config/apply-severities.js';
import { resolve, sep } from 'node:path';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { INVENTORY_BUCKET, INVENTORY_STALE } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { readSource } from '../load/read.js';
import { resolveFindings } from '../findings/resolve.js';
import type { Diagnostic } from '../findings/types.js';
import { DEFAULT_INVENTORY_MAX_AGE_DAYS } from '../trust/settings.js';
import { DAY_MS } from '../model/timing.js';

export interface InventoryEvidence {
  diagnostics: Diagnostic[];
  /** The report may be used for costs and deletions. */
  usable: boolean;
  /** Why it may not (the sentence the gates show). */
  reason?: string;
  /** The report's date (YYYY-MM-DD) and age in whole days. */
  asOf?: string;
  ageDays?: number;
}

export interface InventoryCheck {
  target: TargetConfig;
  config: LifeguardConfig;
  cwd: string;
  root: string;
  now: Date;
  /** Repository-relative paths the pull request changes, when known. */
  changed?: readonly string[];
}

/** undefined when the target names no local inventory. */
export async function inventoryEvidence(c: InventoryCheck): Promise<InventoryEvidence | undefined> {
  const path = c.target.inventory;
  if (!path || /^s3:\/\//i.test(path)) return undefined;
  const abs = resolve(c.config.dir, path);
  if (c.changed?.some((f) => within(resolve(c.root, f), abs))) {
    return { diagnostics: [], usable: false, reason: `the pull request changes the inventory ${path} that would judge it` };
  }
  let manifestPath: string;
  try {
    const { localSource } = await import('../cost/inventory/source.js');
    manifestPath = localSource(path, c.config.dir).manifestPath;
  } catch (err) {
    return { diagnostics: [], usable: false, reason: (err as Error).message };
  }
  const file = workspaceOf(c.config).display(manifestPath);
  const read = await readSource(manifestPath, file);
  if (!read.ok) return { diagnostics: [], usable: false, reason: `${file}: ${read.problem.message}` };
  const data = read.doc.data as { sourceBucket?: unknown; creationTimestamp?: unknown } | undefined;
  const findings: Finding[] = [];
  let usable = true;
  let reason: string | undefined;
  if (typeof data?.sourceBucket === 'string' && data.sourceBucket !== c.target.bucket) {
    usable = false;
    reason = `the inventory ${file} is of bucket ${data.sourceBucket}, not ${c.target.bucket}`;
    findings.push({
      ruleId: INVENTORY_BUCKET.id,
      severity: INVENTORY_BUCKET.defaultSeverity,
      file,
      pointer: '/sourceBucket',
      message: `target ${c.target.name}: the inventory is of bucket ${data.sourceBucket}, not ${c.target.bucket}; it is not used`,
    });
  }
  const created = Number(data?.creationTimestamp);
  let asOf: string | undefined;
  let ageDays: number | undefined;
  if (Number.isFinite(created) && created > 0) {
    asOf = new Date(created).toISOString().slice(0, 10);
    ageDays = Math.floor((c.now.getTime() - created) / DAY_MS);
    const max = c.config.gates['inventory-max-age-days'] ?? DEFAULT_INVENTORY_MAX_AGE_DAYS;
    if (ageDays > max) {
      findings.push({
        ruleId: INVENTORY_STALE.id,
        severity: INVENTORY_STALE.defaultSeverity,
        file,
        pointer: '/creationTimestamp',
        message: `target ${c.target.name}: the inventory is ${ageDays} days old (${asOf}), older than ${max} days; its objects may no longer be the bucket's`,
      });
    }
  }
  const docs = new Map([[file, read.doc]]);
  return {
    diagnostics: resolveFindings(applySeverities(findings, c.config.rules), docs),
    usable,
    ...(reason ? { reason } : {}),
    ...(asOf ? { asOf } : {}),
    ...(ageDays !== undefined ? { ageDays } : {}),
  };
}

function within(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
