/** What checking one candidate file gives (check-file.ts, and check-iac.ts for infrastructure-as-code files). */
import type { CheckedFile } from '../findings/types.js';
import type { SourceDocument } from '../load/document.js';
import type { Finding } from '../lint/types.js';

export interface FileOutcome {
  /** Absent for files found in a folder that are not ours. */
  entry?: CheckedFile;
  findings: Finding[];
  /** The parsed document, when there is one (for positions and code frames). */
  doc?: SourceDocument;
  /** Other files its findings point into (the .tf files behind a Terraform plan). */
  documents?: SourceDocument[];
  ioError?: { path: string; message: string };
}
