/**
 * What lifeguard knows of AWS's answer, and how it knows: the evidence behind every rule that says
 * AWS rejects something (docs/adr/0110-evidence-with-dates.md). Plain data, read by the rules'
 * metadata, the docs pages and the tripwire test that re-reads AWS's model in the installed SDK.
 */

/**
 * - `model`: a sentence of AWS's S3 service model, as the installed `@aws-sdk/client-s3` ships it
 *   (test/aws-model/ re-reads it, so a change in a dependency update fails CI);
 * - `docs`: AWS documentation (User Guide, API or CloudFormation reference);
 * - `aws-answer`: a response AWS gave to a real request, on record in a public thread;
 * - `emulator`: an S3-compatible server that copies AWS's answers: a hint, never proof.
 */
export type EvidenceKind = 'model' | 'docs' | 'aws-answer' | 'emulator';

export interface Evidence {
  kind: EvidenceKind;
  /**
   * `model`: `Shape.Member`, `Shape`, `enum Name` or `operation Name` in the S3 model; otherwise a
   * URL or `owner/repo#N`.
   */
  source: string;
  /** The words, verbatim (for `model`: with the model's HTML tags dropped). */
  quote: string;
  /**
   * The latest day (YYYY-MM-DD, or YYYY-MM when only the month is known) this source is known to
   * show AWS behaving so: for `model`, the day the installed SDK was last read; for an answer, the
   * day AWS gave it; for docs, the version read. Emulators show no AWS behaviour: no date.
   */
  confirmed?: string;
  /**
   * `against`: the source weighs against the rule (AWS changed something it rested on); it is listed
   * so the page shows why the rule is a warning, and it never counts as a confirmation.
   */
  stance?: 'against';
  /**
   * `model` only. `sentence` (default): the quote appears in the text; `whole`: the quote is the whole
   * text (so that a sentence AWS adds trips the wire too; for an enum, its values joined by " | ");
   * `required`: the member is required (the quote says so in words).
   */
  match?: 'sentence' | 'whole' | 'required';
  /** Which of the rule's cases it backs, when the rule has several. */
  about?: string;
}

/**
 * The day of the newest evidence from AWS itself that supports the rule (`against` left out), or
 * undefined when only emulators are on record.
 */
export function lastConfirmed(evidence: readonly Evidence[]): string | undefined {
  let latest: string | undefined;
  for (const e of evidence) if (e.confirmed && e.stance !== 'against' && (!latest || e.confirmed > latest)) latest = e.confirmed;
  return latest;
}
