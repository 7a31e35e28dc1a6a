/**
 * SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it: one run, the tool's rules with help
 * and a docs link, results with a stable ruleId, repository-relative artifact URIs and 1-based
 * regions. Pure: the report and rule metadata in, JSON text out.
 */
import { detailLines } from './details.js';
import type { Fix, Log, ReportingDescriptor, Result, Region } from 'sarif';
import type { LocatedFix } from '../fix/lines.js';
import { REPOSITORY_URL, docsUrl } from '../lint/docs-url.js';
import { ruleMeta } from '../config/known-rules.js';
import type { RuleMeta, Severity } from '../lint/types.js';
import { VERSION } from '../version.js';
import { artifactUri, type PathBase } from './locations.js';
import type { CheckReport, Diagnostic } from '../findings/types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** Code scanning ignores results past 25,000 per run; the cut keeps the most severe ones. */
export const MAX_SARIF_RESULTS = 25_000;
/** Code scanning truncates fullDescription beyond 1,000 characters. */
const MAX_FULL_DESCRIPTION = 1_000;

export interface SarifOptions extends PathBase {
  /** Rule metadata by id; defaults to the registry (tests pass their own to stay stable). */
  describeRule?: (id: string) => RuleMeta | undefined;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function formatSarif(report: CheckReport, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}

/** Typed against the SARIF 2.1.0 object model (@types/sarif), so a misspelt property fails to compile. */
export function buildSarif(report: CheckReport, options: SarifOptions = {}): Log {
  const describe = options.describeRule ?? ruleMeta;
  const kept = keepMostSevere(report.diagnostics, MAX_SARIF_RESULTS);
  // Only the rules that have results: the log stays small and does not change when rules are added.
  const ruleIds = [...new Set(kept.map((d) => d.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const omitted = report.diagnostics.length - kept.length;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'lifeguard',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: ruleIds.map((id) => reportingDescriptor(id, describe(id), kept)),
          },
        },
        // Columns count UTF-16 code units, as the YAML parser's offsets into a JS string do.
        columnKind: 'utf16CodeUnits',
        results: kept.map((d) => result(d, index.get(d.ruleId)!, options)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: omitted
              ? [
                  {
                    level: 'warning',
                    message: { text: `${omitted} more results were left out: code scanning reads at most ${MAX_SARIF_RESULTS} per run.` },
                  },
                ]
              : [],
          },
        ],
      },
    ],
  };
}

function reportingDescriptor(id: string, meta: RuleMeta | undefined, diagnostics: readonly Diagnostic[]): ReportingDescriptor {
  // A rule unknown to the registry (a newer finding in an older log) still gets a valid descriptor.
  const severity = meta?.defaultSeverity ?? diagnostics.find((d) => d.ruleId === id)?.severity ?? 'warning';
  const description = meta?.description ?? `lifeguard rule ${id}.`;
  const url = docsUrl(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description.slice(0, MAX_FULL_DESCRIPTION) },
    help: {
      text: `${description}\n\nDocumentation, with a failing and a passing example: ${url}`,
      markdown: `${description}\n\n[Documentation for \`${id}\`](${url}), with a failing and a passing example.`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['s3', 'lifecycle'], ...(meta?.catalogue.length ? { catalogue: [...meta.catalogue] } : {}) },
  };
}

function result(d: Diagnostic, ruleIndex: number, base: PathBase): Result {
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    // Code scanning shows only the text: AWS's answer and the fix follow the message, one line each.
    message: { text: [d.message, ...detailLines(d).map((x) => `${x.label}: ${x.text}`)].join('\n') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(d.file, base) },
          region: regionOf(d),
        },
        ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}),
      },
    ],
    properties: {
      pointer: d.pointer,
      docsUrl: d.docsUrl,
      ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
      ...(d.data !== undefined ? { data: { ...d.data } } : {}),
      ...(d.aws !== undefined ? { aws: { ...d.aws } } : {}),
      ...(d.hint !== undefined ? { hint: d.hint } : {}),
    },
    ...(d.fixes?.length ? { fixes: d.fixes.map((f) => sarifFix(f, base)) } : {}),
  };
}

/** A fix as SARIF gives it: replacements by line and column, and by character offset too. */
function sarifFix(f: LocatedFix, base: PathBase): Fix {
  return {
    description: { text: f.description },
    artifactChanges: [...new Set(f.edits.map((e) => e.file))].map((file) => ({
      artifactLocation: { uri: artifactUri(file, base) },
      replacements: f.edits
        .filter((e) => e.file === file)
        .map((e) => ({
          deletedRegion: {
            startLine: e.startLine,
            startColumn: e.startColumn,
            endLine: e.endLine,
            endColumn: e.endColumn,
            charOffset: e.start,
            charLength: e.end - e.start,
          },
          insertedContent: { text: e.replacement },
        })),
    })),
    properties: { kind: f.kind },
  };
}

/** SARIF regions are 1-based with an exclusive end column, which is what the resolver gives. */
function regionOf(d: Diagnostic): Region {
  const endLine = Math.max(d.endLine, d.line);
  const endColumn = endLine === d.line ? Math.max(d.endColumn, d.column + 1) : Math.max(1, d.endColumn);
  return { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column), endLine, endColumn };
}

function keepMostSevere(diagnostics: readonly Diagnostic[], max: number): readonly Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const chosen = new Set([...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max));
  return diagnostics.filter((d) => chosen.has(d));
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
