/**
 * One resource's lifecycle rules, named the way `.lifeguard.yml` targets and `lifeguard cost` name
 * them: a Terraform address (`aws_s3_bucket_lifecycle_configuration.ml_data`, or the full address
 * in a plan) in a .tf file, a module folder or a plan JSON; a CloudFormation logical ID in a
 * template. Its rules are what will be sent only if every value is known: otherwise the caller is
 * told which value is missing, never given a guess.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isIacKind } from '../load/detect.js';
import { detectKind } from '../load/detect.js';
import { readSource } from '../load/read.js';
import type { LifecycleJson } from '../s3/convert.js';
import { fromDocument, readTerraform, type IacSource } from './source.js';
import type { LifecycleUnit } from './types.js';

export type ResourceResult =
  { ok: true; source: IacSource; unit: LifecycleUnit; index: number; path: string } | { ok: false; message: string; source?: IacSource };

/** `path` is absolute, `display` as shown; `address` may be left out when the file holds one resource. */
export async function loadResource(path: string, display: string, address: string | undefined): Promise<ResourceResult> {
  let file = path;
  let shown = display;
  try {
    if (statSync(path).isDirectory()) {
      const found = fileDeclaring(path, address);
      if (!found) return { ok: false, message: `no .tf file in ${display} declares ${address ?? 'a lifecycle resource'}` };
      file = join(path, found);
      shown = `${display.replace(/\/$/, '')}/${found}`;
    }
  } catch {
    return { ok: false, message: `${display}: no such file or folder` };
  }
  let source: IacSource;
  if (file.endsWith('.tf')) {
    const read = await readTerraform(file, shown);
    if (!read.ok) return { ok: false, message: `${shown}:${read.problem.line}:${read.problem.column}: ${read.problem.message}` };
    source = read.source;
  } else {
    const read = await readSource(file, shown);
    if (!read.ok) return { ok: false, message: `${shown}:${read.problem.line}:${read.problem.column}: ${read.problem.message}` };
    const kind = detectKind(read.doc.data);
    if (!isIacKind(kind)) return { ok: false, message: `${shown} is not a Terraform file, plan JSON or CloudFormation template` };
    source = await fromDocument(file, read.doc, kind);
  }
  const index = address === undefined && source.units.length === 1 ? 0 : source.units.findIndex((u) => u.address === address);
  if (index < 0) {
    const known = source.units.map((u) => u.address).join(', ') || 'none';
    const what =
      address === undefined ? `several lifecycle resources (${known}); name one` : `no lifecycle resource ${address} (it has: ${known})`;
    return { ok: false, message: `${shown} has ${what}`, source };
  }
  return { ok: true, source, unit: source.units[index]!, index, path: file };
}

/** The request of a unit whose every value is known, or why it cannot be known before plan/deploy. */
export function exactConfiguration(unit: LifecycleUnit): { ok: true; configuration: LifecycleJson } | { ok: false; message: string } {
  if (unit.unknown.size || unit.incomplete.size) {
    const what = unit.findings
      .filter((f) => f.ruleId === 'iac-unknown-value')
      .map((f) => f.message.replace(/^[^:]*: /, '').replace(/; lifeguard checks.*$/, ''));
    return {
      ok: false,
      message: `the rules of ${unit.subject} are known only at plan or deploy time (${what.join('; ')}); name a plan JSON (terraform show -json) or give the values literally`,
    };
  }
  const configuration: LifecycleJson = { Rules: unit.request.Rules };
  if (unit.request.TransitionDefaultMinimumObjectSize !== undefined)
    configuration.TransitionDefaultMinimumObjectSize = unit.request.TransitionDefaultMinimumObjectSize;
  return { ok: true, configuration };
}

function fileDeclaring(dir: string, address: string | undefined): string | undefined {
  const [type, name] = (address ?? '').replace(/^(module\.[^.]+\.)+/, '').split('.');
  const pattern =
    type && name
      ? new RegExp(`resource\\s+"${escapeRe(type)}"\\s+"${escapeRe(name.replace(/\[.*\]$/, ''))}"`)
      : /resource\s+"aws_s3_bucket(_lifecycle_configuration)?"/;
  for (const n of readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .sort()) {
    if (pattern.test(readFileSync(join(dir, n), 'utf8'))) return n;
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
