/**
 * The gate thresholds as action inputs, and how they combine with `gates:` of .lifeguard.yml: an
 * input that is set wins over the file, an input left empty leaves the file's value. Pure.
 */
import type { GatesConfig } from '../config/config.js';
import { DEFAULT_DELETION_LABEL, type GateSettings } from '../gate/verdict.js';

export interface GateInputs {
  maxMonthlyIncreaseUsd?: number;
  maxMonthlyIncreasePercent?: number;
  maxDeletedBytes?: number;
  requireProductionImmutability?: boolean;
  deletionApprovalLabel?: string;
}

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** "10737418240", "10 GiB", "500MB": bytes, or undefined when it is not a size. */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? BYTE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const n = Math.round(Number(m[1]) * unit);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function readGateInputs(text: (name: string) => string, problems: string[], bool: (name: string) => boolean): GateInputs {
  const out: GateInputs = {};
  const amount = (name: string, what: string): number | undefined => {
    const v = text(name);
    if (!v) return undefined;
    const n = Number(v.replace(/^\$/, '').replace(/%$/, ''));
    if (!Number.isFinite(n) || n < 0) {
      problems.push(`input '${name}' is '${v}'; use ${what}`);
      return undefined;
    }
    return n;
  };
  const usd = amount('max-monthly-increase-usd', 'a number of US dollars, e.g. 50');
  if (usd !== undefined) out.maxMonthlyIncreaseUsd = usd;
  const percent = amount('max-monthly-increase-percent', 'a percentage, e.g. 10');
  if (percent !== undefined) out.maxMonthlyIncreasePercent = percent;
  const bytesText = text('max-deleted-bytes');
  if (bytesText) {
    const bytes = parseBytes(bytesText);
    if (bytes === undefined)
      problems.push(`input 'max-deleted-bytes' is '${bytesText}'; use a size in bytes, or with a unit such as 10GiB or 500MB`);
    else out.maxDeletedBytes = bytes;
  }
  if (text('require-production-immutability')) out.requireProductionImmutability = bool('require-production-immutability');
  const label = text('deletion-approval-label');
  if (label) out.deletionApprovalLabel = label;
  return out;
}

/** The settings the gates run with: inputs over .lifeguard.yml over the defaults. */
export function gateSettings(
  inputs: GateInputs,
  file: GatesConfig,
  failOn: GateSettings['failOn'],
  onError: GateSettings['onError'],
): GateSettings {
  const pick = <T>(input: T | undefined, fromFile: T | undefined) => (input !== undefined ? input : fromFile);
  const settings: GateSettings = {
    failOn,
    deletionApprovalLabel: pick(inputs.deletionApprovalLabel, file['deletion-approval-label']) ?? DEFAULT_DELETION_LABEL,
    onError,
  };
  const usd = pick(inputs.maxMonthlyIncreaseUsd, file['max-monthly-increase-usd']);
  if (usd !== undefined) settings.maxMonthlyIncreaseUsd = usd;
  const percent = pick(inputs.maxMonthlyIncreasePercent, file['max-monthly-increase-percent']);
  if (percent !== undefined) settings.maxMonthlyIncreasePercent = percent;
  const bytes = pick(inputs.maxDeletedBytes, file['max-deleted-bytes']);
  if (bytes !== undefined) settings.maxDeletedBytes = bytes;
  const immutability = pick(inputs.requireProductionImmutability, file['require-production-immutability']);
  if (immutability !== undefined) settings.requireProductionImmutability = immutability;
  return settings;
}
