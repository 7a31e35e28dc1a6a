/**
 * Runs every registered lifecycle rule over one document and applies the configured severities.
 * Pure: a document in, findings out.
 */
import { fixerFor, type Fixer } from '../fix/materialize.js';
import { severityFor } from './severity.js';
import type { SourceDocument } from '../load/document.js';
import { locateConfiguration } from '../model/extract.js';
import { boundedDocument } from './bounds.js';
import { LIFECYCLE_RULES } from './registry.js';
import { findingOf } from './report-message.js';
import type { Finding, LifecycleRule, LintContext, SeveritySetting, TargetFacts } from './types.js';
import { ruleViews } from './view.js';

export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

export interface LintOptions {
  severities?: SeverityOverrides;
  /** The time dates are judged against (default: now). */
  now?: Date;
  /** Rules to run instead of the registry (tests run one rule at a time). */
  rules?: readonly LifecycleRule[];
  /** Source text of a scalar, for rules that judge how a value was written (lintLifecycleDocument sets it). */
  literal?: (pointer: string) => string | undefined;
  /** Turns a rule's fix plans into edits on the file (lintLifecycleDocument sets it when `fixes` is on). */
  fixer?: Fixer;
  /** Make the findings' fixes: only for what shows or applies them (--fix, JSON, SARIF, the action), as they cost a pass over the text. */
  fixes?: boolean;
  /** The `.lifeguard.yml` targets whose rules the document holds (production-expiration reads them). */
  targets?: readonly TargetFacts[];
}

/**
 * Fixes made per file and run: each costs a pass over the text, and `--fix` runs again for the
 * rest, so a file with thousands of fixable findings stays linear per pass.
 */
export const MAX_FIXES_PER_FILE = 100;

export function lintLifecycle(file: string, fileData: unknown, options: LintOptions = {}): Finding[] {
  // A file far beyond S3's limits is checked up to them (bounds.ts); rules-limit reports the count.
  const data = boundedDocument(fileData);
  const ruleCount = countRules(fileData);
  const located = locateConfiguration(data);
  const findings: Finding[] = [];
  const rules = options.rules ?? Object.values(LIFECYCLE_RULES);
  // One set of views for every rule: they are read-only.
  const views = ruleViews(located.config, located.base);
  const now = options.now ?? new Date();
  let fixesLeft = MAX_FIXES_PER_FILE;
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id];
    if (setting === 'off') continue;
    const ctx: LintContext = {
      file,
      targets: options.targets ?? [],
      base: located.base,
      document: data,
      config: located.config,
      rules: views,
      bucket: located.bucket,
      transitionDefaultMinimumObjectSize: located.transitionDefaultMinimumObjectSize,
      ...(ruleCount !== undefined ? { ruleCount } : {}),
      ...(options.literal ? { literal: options.literal } : {}),
      now,
      report: (r) => {
        const severity = severityFor(rule.meta, r.severity ?? rule.meta.defaultSeverity, setting);
        if (!severity) return;
        const finding = findingOf(rule.meta, r, file, severity);
        if (r.fixes?.length && options.fixer && fixesLeft > 0) {
          const fixes = r.fixes.map(options.fixer).filter((f) => f !== undefined);
          fixesLeft -= fixes.length;
          if (fixes.length) finding.fixes = fixes;
        }
        findings.push(finding);
      },
    };
    rule.check(ctx);
  }
  return findings;
}

export function lintLifecycleDocument(doc: SourceDocument, options: LintOptions = {}): Finding[] {
  return lintLifecycle(doc.file, doc.data, {
    ...options,
    ...(doc.literal ? { literal: doc.literal } : {}),
    ...(options.fixes || options.fixer ? { fixer: options.fixer ?? fixerFor(doc) } : {}),
  });
}

/** Rules in the file before bounding, for the rule that judges the count. */
function countRules(data: unknown): number | undefined {
  const rules = locateConfiguration(data).config.Rules;
  return Array.isArray(rules) ? rules.length : undefined;
}
