/**
 * What `lifeguard orphans` produces: the contract of `--format json` and the input of the text and
 * markdown formatters.
 */
import type { Diagnostic } from '../findings/types.js';
import type { Tally } from './classify.js';
import type { OrphanSummary } from './summary.js';

export interface BatchStatus {
  tag: string;
  expireOn: string;
  rules: string[];
  objects: number;
  bytes: number;
  /** Of the batch's objects, how many the listing or inventory still holds (undefined: not looked at). */
  present?: number;
  /** Objects of the batch the registry (or a protect entry) references again. */
  referencedAgain: number;
}

export interface ObjectProblem {
  key: string;
  reason: string;
}

export interface OrphanReport {
  version: 1;
  target: string;
  bucket: string;
  /** Where the objects came from. */
  objects: { source: 'live' } | { source: 'inventory'; path: string; asOf: string };
  now: string;
  minAgeDays: number;
  artifactPrefixes: { prefixes: string[]; derived: boolean };
  registry: { file: string; references: number; protectEntries: number };
  scanned: Tally;
  referenced: Tally;
  protected: Tally;
  young: Tally;
  quarantined: Tally;
  orphans: OrphanSummary & { sample: string[] };
  prices?: { source: string; date: string; region: string; notes: string[] };
  batches: BatchStatus[];
  /** Quarantined objects referenced again, not (yet) released. */
  releasable: Array<{ key: string; batch: string; by: string }>;
  action: {
    mode: 'dry-run' | 'quarantine' | 'release' | 'quarantine+release';
    tagged: number;
    released: number;
    /** Objects not tagged on purpose (a protect entry's tags, the tag limit, changed since the inventory). */
    skipped: ObjectProblem[];
    /** S3 calls that failed. */
    failed: ObjectProblem[];
    /** Set when the command wrote the quarantine file. */
    quarantineFile?: string;
    tag?: string;
    expireOn?: string;
    /** Why nothing was tagged although --quarantine was given. */
    refused?: string;
    /** In a dry run: why --quarantine would refuse. */
    wouldRefuse?: string;
    /** This run finished an interrupted quarantine: objects its journal listed (recorded without tagging them again), and those untagged because they are referenced by now. */
    resumed?: { tag: string; alreadyTagged: number; untagged: string[] };
  };
  /** Registry and quarantine-file findings, with positions. */
  diagnostics: Diagnostic[];
  notices: string[];
}

/** Keys shown in a report's sample of orphans. */
export const SAMPLE_KEYS = 20;
