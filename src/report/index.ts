/** The output formats by name; the CLI and the action pick from this table. */
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { CheckReport, SourceTexts } from './types.js';

export interface FormatOptions {
  color?: boolean;
  /** Folder that file paths are made relative to (SARIF, annotations). */
  cwd?: string;
}

export type Formatter = (report: CheckReport, sources: SourceTexts, options: FormatOptions) => string;

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  json: (report) => formatJson(report),
  stylish: (report, sources, options) => formatStylish(report, sources, { color: options.color }),
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);
