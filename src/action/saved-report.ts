/**
 * The report a pull_request run saved as an artifact, read by the privileged half of the fork split
 * as untrusted input: bounded in size, valid JSON, and checked against its schema
 * (schemas/saved-report.schema.json). Only the pull request's number and the commit the run checked
 * are taken from it; its verdict, findings and comment are never used.
 */
import { open } from 'node:fs/promises';
import { validateSavedReport } from '../generated/saved-report-validator.js';
import { InputError } from './inputs.js';

/** A report of a large pull request is a few MiB; anything much larger is not lifeguard's. */
export const MAX_SAVED_REPORT_BYTES = 32 * 1024 * 1024;

export interface SavedReport {
  number: number;
  headSha: string;
}

export async function readSavedReport(path: string): Promise<SavedReport> {
  let text: string;
  try {
    const file = await open(path, 'r');
    try {
      const st = await file.stat();
      const size = st.size;
      if (!st.isFile()) throw new InputError(`the saved report ${path} is not a file`);
      if (size > MAX_SAVED_REPORT_BYTES)
        throw new InputError(
          `the saved report ${path} is ${Math.round(size / 1024 / 1024)} MiB, over the ${MAX_SAVED_REPORT_BYTES / 1024 / 1024} MiB a lifeguard report can be`,
        );
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read the saved report ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`the saved report ${path} is not JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!validateSavedReport(data)) {
    const e = validateSavedReport.errors?.[0];
    throw new InputError(
      `${path} is not a report of lifeguard's run on a pull request: ${e ? `${e.instancePath || '(top level)'} ${e.message}` : 'schema mismatch'}`,
    );
  }
  const pr = (data as { pullRequest: SavedReport }).pullRequest;
  return { number: pr.number, headSha: pr.headSha };
}
