/** The cost report: the JSON contract of `lifeguard cost --format json` (version 1). */
import type { StorageClassName } from '../../model/lifecycle.js';

export interface MonthCost {
  storageUsd: number;
  transitionUsd: number;
  earlyDeleteUsd: number;
  totalUsd: number;
  /** Storage by class (classes with a charge only); Intelligent-Tiering includes its tiers and monitoring. */
  storageByClassUsd: Partial<Record<StorageClassName, number>>;
}

export interface RuleReport {
  configuration: 'current' | 'proposed';
  /** Index in the configuration's Rules array. */
  index: number;
  id: string | null;
  /** "rule 'logs'" or "rule #4 (no ID)". */
  rule: string;
  /** Objects and bytes in the inventory the rule selects (tag conditions aside). */
  matched: { objects: number; bytes: number };
  transitions: { objects: number; usd: number };
  deleted: { objects: number; bytes: number };
  deleteMarkers: number;
  earlyDeleteUsd: number;
}

export interface Unknown {
  kind: 'tags' | 'prices' | 'input' | 'model';
  message: string;
  /** model: what it is about (requests, retrievals, multipart-uploads, volume-bands). */
  topic?: string;
  /** model: what would be needed to price it. */
  needs?: string;
  configuration?: 'current' | 'proposed';
  rule?: string;
  objects?: number;
  bytes?: number;
}

export interface CostReport {
  version: 1;
  region: string;
  /** ISO 8601 time the projection starts from. */
  asOf: string;
  months: number;
  prices: { source: 'bundled' | 'live'; date: string };
  monthly: Array<{ month: number; current: MonthCost; proposed: MonthCost }>;
  totals: { currentUsd: number; proposedUsd: number; savingsUsd: number };
  deleted: { current: { objects: number; bytes: number }; proposed: { objects: number; bytes: number } };
  byRule: RuleReport[];
  /** Choices the projection rests on that the user can change (e.g. Intelligent-Tiering access). */
  assumptions: Assumption[];
  unknowns: Unknown[];
}

export interface Assumption {
  kind: 'intelligent-tiering-access';
  /** Share of monitored Intelligent-Tiering objects read at least every 30 days. */
  accessedShare: number;
  message: string;
}
