/**
 * check's hook for infrastructure-as-code files (ADR 0160): a .tf file, or a JSON/YAML document
 * detect.ts recognised as Terraform JSON, a plan or a template, becomes lifecycle units (src/iac)
 * and is linted like lifecycle JSON. A file found in a folder with no lifecycle rules is not ours
 * and says nothing.
 */
import type { LifeguardConfig } from '../config/config.js';
import type { IacDocumentKind } from '../load/detect.js';
import { looksRelevant } from '../load/detect.js';
import type { Candidate } from '../load/discover.js';
import type { SourceDocument } from '../load/document.js';
import { fileProblemFinding } from '../lint/file-rules.js';
import { fromDocument, lintIac, readTerraform, type IacSource } from '../iac/source.js';
import type { FileOutcome } from './file-outcome.js';
import { targetsOfSource } from '../config/target-sources.js';

export async function checkTerraformCandidate(c: Candidate, config: LifeguardConfig): Promise<FileOutcome> {
  const read = await readTerraform(c.path, c.display, !c.explicit);
  if (!read.ok) {
    if (read.kind === 'io')
      return { entry: { file: c.display, kind: 'unreadable' }, findings: [], ioError: { path: c.display, message: read.problem.message } };
    // A .tf file found in a folder is only parsed when it may hold lifecycle rules (readTerraform).
    if (!c.explicit && read.kind === 'content' && !looksRelevant(await textOf(c.path))) return { findings: [] };
    return {
      entry: { file: c.display, kind: 'unreadable' },
      findings: [fileProblemFinding(read.problem, c.display)],
    };
  }
  return outcome(c, read.source, config);
}

export async function checkIacCandidate(
  c: Candidate,
  doc: SourceDocument,
  kind: IacDocumentKind,
  config: LifeguardConfig,
): Promise<FileOutcome> {
  return outcome(c, await fromDocument(c.path, doc, kind), config);
}

function outcome(c: Candidate, source: IacSource, config: LifeguardConfig): FileOutcome {
  if (source.units.length === 0 && source.findings.length === 0 && !c.explicit) return { findings: [] };
  const kind = source.kind === 'cloudformation' ? 'cloudformation' : 'terraform';
  return {
    entry: { file: c.display, kind },
    findings: lintIac(source, config.rules, targetsOfSource(config, c.path)),
    doc: source.doc,
    documents: source.documents,
  };
}

async function textOf(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'latin1').catch(() => '');
}
