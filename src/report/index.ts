/** The output formats by name; the CLI and the action pick from this table. */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { CheckReport, SourceTexts } from '../findings/types.js';

export interface FormatOptions {
  color?: boolean;
  /** Folder that the diagnostics' relative file paths are relative to. */
  cwd?: string;
  /** Repository root that SARIF URIs and annotation paths are made relative to (default: cwd). */
  root?: string;
}

export type Formatter = (report: CheckReport, sources: SourceTexts, options: FormatOptions) => string;

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  github: (report, _sources, options) => formatGithub(report, { cwd: options.cwd, root: options.root }),
  json: (report) => formatJson(report),
  markdown: (report) => formatMarkdown(report),
  sarif: (report, _sources, options) => formatSarif(report, { cwd: options.cwd, root: options.root }),
  stylish: (report, sources, options) => formatStylish(report, sources, { color: options.color }),
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);
