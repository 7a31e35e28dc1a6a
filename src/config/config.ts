/**
 * `.lifeguard.yml`: rule severities, targets and gates. Read once, validated by its own JSON Schema
 * (schemas/lifeguard-config.schema.json); a bad file gives findings with positions, never a crash.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemaDocument, validateLifeguardConfig } from '../generated/lifeguard-config-validator.js';
import type { SourceDocument } from '../load/document.js';
import { joinPointer } from '../load/pointer.js';
import { readSource } from '../load/read.js';
import { describeSchemaErrors, subjectOf, type SchemaError } from '../lint/schema-errors.js';
import { allRuleMetas } from './known-rules.js';
import { unknownRuleMessage } from '../lint/retired.js';
import type { Finding, SeveritySetting } from '../lint/types.js';
import { isObj } from '../model/values.js';
import { CONFIG_SCHEMA_RULE } from '../lint/file-rules.js';
import { Workspace } from '../workspace/workspace.js';

export const DEFAULT_CONFIG_FILE = '.lifeguard.yml';

export interface TargetConfig {
  name: string;
  bucket: string;
  region?: string;
  /** A lifecycle file and/or a policy; or a Terraform or CloudFormation resource (docs/formats/). */
  source: { lifecycle?: string; policy?: string; terraform?: string; cloudformation?: string; resource?: string };
  expectedBucketOwner?: string;
  stage?: string;
  immutable?: boolean;
  /** Current versions are kept at least this many days (production-expiration). */
  minRetentionDays?: number;
  endpoint?: string;
  forcePathStyle?: boolean;
  inventory?: string;
  /** Share of Intelligent-Tiering objects read at least every 30 days, for cost projections (default 0). */
  intelligentTieringAccess?: number;
  registry?: string;
  /** Prefixes holding the registry's artifacts (lifeguard orphans); default: the entries' top-level folders. */
  artifactPrefixes?: string[];
  quarantine?: { file?: string; expireAfterDays?: number };
}

export interface GatesConfig {
  'fail-on'?: 'error' | 'warning' | 'never';
  'max-monthly-increase-usd'?: number;
  'max-monthly-increase-percent'?: number;
  'max-deleted-bytes'?: number;
  'require-production-immutability'?: boolean;
  'deletion-approval-label'?: string;
  'allow-incomplete'?: boolean;
  'inventory-max-age-days'?: number;
}

export interface LifeguardConfig {
  /** Path of the file it came from, or undefined for the built-in defaults. */
  file?: string;
  /** Folder relative paths in the file are resolved against. */
  dir: string;
  rules: Record<string, SeveritySetting>;
  targets: TargetConfig[];
  gates: GatesConfig;
  /** Logins and @org/team names that may approve besides people with write access. */
  approvers?: string[];
  /** Refs apply may run from besides the default branch. */
  apply?: { refs?: string[] };
  /** Resolves, confines and displays paths (workspace.ts); set by loadConfig. */
  workspace?: Workspace;
}

export type ConfigResult =
  { ok: true; config: LifeguardConfig; doc?: SourceDocument } | { ok: false; findings: Finding[]; doc?: SourceDocument; ioError?: string };

/**
 * Loads `file`, or `.lifeguard.yml` in the working directory when present, or the defaults. Every
 * path the file names must lead, after its links, inside the workspace's repository: one that does
 * not is an error at its line (the file may come from a pull request).
 */
export async function loadConfig(file: string | undefined, where: string | Workspace = process.cwd()): Promise<ConfigResult> {
  const workspace = typeof where === 'string' ? new Workspace(where) : where;
  const cwd = workspace.cwd;
  const path = file ? resolve(cwd, file) : resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!file && !existsSync(path)) return { ok: true, config: { ...defaults(cwd), workspace } };
  const display = file ?? DEFAULT_CONFIG_FILE;
  const read = await readSource(path, display);
  if (!read.ok) {
    if (read.kind === 'io') return { ok: false, findings: [], ioError: `${display}: ${read.problem.message}` };
    return {
      ok: false,
      findings: [configFinding(display, '', read.problem.message, { line: read.problem.line, column: read.problem.column })],
    };
  }
  const parsed = parseConfig(read.doc, resolve(path, '..'));
  if (!parsed.ok) return parsed;
  const outside = confinementFindings(parsed.config, workspace, read.doc.file);
  if (outside.length) return { ok: false, findings: outside, doc: read.doc };
  return { ...parsed, config: { ...parsed.config, workspace } };
}

/** The paths of each target, where they sit in the file. */
function targetPaths(t: TargetConfig, i: number): Array<[string, string]> {
  const at = (...s: string[]) => joinPointer(`/targets/${i}`, ...s);
  const out: Array<[string, string]> = [];
  if (t.source.lifecycle !== undefined) out.push([at('source', 'lifecycle'), t.source.lifecycle]);
  if (t.source.policy !== undefined) out.push([at('source', 'policy'), t.source.policy]);
  if (t.source.terraform !== undefined) out.push([at('source', 'terraform'), t.source.terraform]);
  if (t.source.cloudformation !== undefined) out.push([at('source', 'cloudformation'), t.source.cloudformation]);
  if (t.registry !== undefined) out.push([at('registry'), t.registry]);
  if (t.inventory !== undefined && !/^s3:\/\//i.test(t.inventory)) out.push([at('inventory'), t.inventory]);
  if (t.quarantine?.file !== undefined) out.push([at('quarantine', 'file'), t.quarantine.file]);
  return out;
}

/** A finding for each path of a target that leads, after its links, outside the workspace's repository. */
export function confinementFindings(config: LifeguardConfig, workspace: Workspace, file: string): Finding[] {
  const out: Finding[] = [];
  config.targets.forEach((t, i) => {
    for (const [pointer, value] of targetPaths(t, i)) {
      const confined = workspace.confine(resolve(config.dir, value));
      if (!confined.ok)
        out.push(
          configFinding(
            file,
            pointer,
            `targets[${i}] (${t.name}): ${pointer.split('/').slice(3).join('.')} "${value}" ${confined.reason}.`,
          ),
        );
    }
  });
  return out;
}

export function parseConfig(doc: SourceDocument, dir: string): ConfigResult {
  const data = doc.data ?? {};
  const findings: Finding[] = [];
  if (!validateLifeguardConfig(data)) {
    const errors = validateLifeguardConfig.errors ?? [];
    const own = errors.filter(ownWords);
    for (const e of own) findings.push(configFinding(doc.file, e.instancePath, `${subjectOf(e.instancePath, data)} ${ownWords(e)}`));
    for (const p of describeSchemaErrors(
      errors.filter((e) => !own.includes(e)),
      data,
      { schema: schemaDocument, rootDef: '' },
    )) {
      findings.push(configFinding(doc.file, p.pointer, p.message, undefined, p.reportOnKey));
    }
  }
  const known = new Set(allRuleMetas().map((m) => m.id));
  const rules = isObj(data) && isObj(data.rules) ? data.rules : {};
  for (const id of Object.keys(rules)) {
    if (!known.has(id)) findings.push(configFinding(doc.file, joinPointer('/rules', id), unknownRuleMessage(id), undefined, true));
  }
  const targets = isObj(data) && Array.isArray(data.targets) ? (data.targets as TargetConfig[]) : [];
  const names = new Set<string>();
  targets.forEach((t, i) => {
    if (isObj(t) && isObj(t.source)) {
      const src = t.source;
      const iac = ['terraform', 'cloudformation'].filter((k) => k in src);
      const files = ['lifecycle', 'policy'].filter((k) => k in src);
      if (iac.length && (files.length || iac.length > 1)) {
        findings.push(
          configFinding(
            doc.file,
            `/targets/${i}/source`,
            `targets: a source names one of terraform or cloudformation (with its resource), or lifecycle/policy files, not ${[...iac, ...files].join(' and ')}.`,
            undefined,
            true,
          ),
        );
      } else if ('resource' in src && !iac.length) {
        findings.push(
          configFinding(
            doc.file,
            `/targets/${i}/source/resource`,
            'targets: "resource" names a Terraform address or CloudFormation logical ID, so it needs "terraform" or "cloudformation" beside it.',
            undefined,
            true,
          ),
        );
      }
    }
    if (isObj(t) && typeof t.name === 'string') {
      if (names.has(t.name))
        findings.push(
          configFinding(doc.file, `/targets/${i}/name`, `targets: the name "${t.name}" is used twice; target names must be unique.`),
        );
      names.add(t.name);
    }
  });
  if (findings.length) return { ok: false, findings, doc };
  const d = data as Record<string, unknown>;
  return {
    ok: true,
    doc,
    config: {
      file: doc.file,
      dir,
      rules: (d.rules ?? {}) as Record<string, SeveritySetting>,
      targets,
      gates: (d.gates ?? {}) as GatesConfig,
      ...(Array.isArray(d.approvers) ? { approvers: d.approvers as string[] } : {}),
      ...(isObj(d.apply) ? { apply: d.apply as { refs?: string[] } } : {}),
    },
  };
}

/** What a target's fields must look like, said the way a person would (ajv shows the regex). */
const FIELD_RULES: Record<string, string> = {
  name: 'must start with a letter or digit and hold only letters, digits, ".", "_" and "-".',
  bucket:
    'is not a valid S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.',
  region: 'is not a region name such as "eu-west-1".',
  expectedBucketOwner: 'must be a 12-digit AWS account id.',
  endpoint: 'must be a URL starting with http:// or https://.',
};

function ownWords(e: SchemaError): string | undefined {
  const field = e.instancePath.split('/').pop() ?? '';
  if (e.keyword === 'pattern' && /^\/targets\/\d+\//.test(e.instancePath)) return FIELD_RULES[field];
  // One sentence for out of range and for the CLI's percentage form, which the file does not take.
  if (field === 'intelligentTieringAccess' && ['minimum', 'maximum', 'type'].includes(e.keyword))
    return 'must be a share from 0 to 1, such as 0.25 for a quarter of the objects read every 30 days.';
  if (e.keyword === 'minProperties' && field === 'source')
    return 'needs "lifecycle" (a lifecycle configuration file), "policy" (a retention policy), or "terraform" / "cloudformation" with "resource".';
  if (e.keyword === 'dependentRequired' && field === 'source')
    return 'names a Terraform or CloudFormation file but not the "resource" (address or logical ID) that holds the rules.';
  return undefined;
}

/** The workspace a configuration's paths belong to (one made from its folder for hand-built configurations). */
export function workspaceOf(config: LifeguardConfig): Workspace {
  return config.workspace ?? new Workspace(config.dir);
}

export function defaults(cwd: string): LifeguardConfig {
  return { dir: cwd, rules: {}, targets: [], gates: {} };
}

function configFinding(
  file: string,
  pointer: string,
  message: string,
  position?: { line: number; column: number },
  reportOnKey = false,
): Finding {
  return { ruleId: CONFIG_SCHEMA_RULE.id, severity: 'error', message, file, pointer, position, reportOnKey };
}
