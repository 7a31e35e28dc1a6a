/**
 * The tripwire: every sentence of AWS's S3 model that a rule's evidence cites is still in the model
 * documentation the installed @aws-sdk/client-s3 ships, word for word. AWS's change of 2026-07-16
 * arrived as a documentation update of that model; the dependency update that carries the next one
 * fails here, naming the rule to re-examine, instead of shipping a verdict AWS no longer gives.
 * .github/workflows/aws-model-tripwire.yml runs this file weekly against the newest SDK.
 * Set TRIPWIRE_SDK_DIR to check another copy of the SDK (a folder with package.json and dist-types/).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/config/known-rules.js';
import { RETIRED_RULES } from '../../src/lint/retired.js';
import { citationProblems, readModelDocs, type Citation } from './sdk-model.js';

const SDK = process.env.TRIPWIRE_SDK_DIR ?? dirname(createRequire(import.meta.url).resolve('@aws-sdk/client-s3/package.json'));

function citations(): Citation[] {
  return [...allRuleMetas(), ...RETIRED_RULES].flatMap((m) =>
    (m.evidence ?? []).filter((e) => e.kind === 'model').map((evidence) => ({ rule: m.id, evidence })),
  );
}

/**
 * Rules that say AWS rejects something for which the S3 model has no sentence (the rule rests on
 * documentation or recorded answers instead: their pages say which). A new rejecting rule must cite
 * the model or be named here.
 */
const NOT_IN_THE_MODEL = [
  'abort-multipart-days',
  'abort-multipart-filter',
  'date-days-mixing',
  'delete-marker-filter',
  'expiration-after-transition',
  'filter-object-size',
  'filter-prefix-length',
  'filter-tag-count',
  'filter-tag-keys-unique',
  'filter-tag-length',
  'noncurrent-expiration-after-transition',
  'noncurrent-transition-order',
  'lifecycle-on-mfa-delete-bucket',
  'transition-class-unique',
  'transition-gap',
  'transition-order',
  'v1-overlapping-prefixes',
  'v1-v2-mixing',
  'rule-action-required',
];

describe(`the S3 model sentences lifeguard's rules rest on (@aws-sdk/client-s3 at ${SDK})`, () => {
  const docs = readModelDocs(SDK);

  it('are all still there, word for word', () => {
    const cited = citations();
    expect(cited.length).toBeGreaterThan(20);
    expect(citationProblems(docs, cited)).toEqual([]);
  });

  it('are cited by every rule that says AWS rejects something and has a sentence in the model', () => {
    const rejecting = allRuleMetas().filter((m) => m.evidence?.length);
    const citing = new Set(citations().map((c) => c.rule));
    expect(rejecting.filter((m) => !citing.has(m.id) && !NOT_IN_THE_MODEL.includes(m.id)).map((m) => m.id)).toEqual([]);
    // The list above holds no rule that cites the model after all, or no longer exists.
    expect(NOT_IN_THE_MODEL.filter((id) => citing.has(id) || !rejecting.some((m) => m.id === id))).toEqual([]);
  });

  it('include the sentence the July 2026 change rests on, and it reads as AWS wrote it', () => {
    expect(docs.text('Transition.Days')).toContain('The value can be 0 or any positive integer.');
    expect(
      citations()
        .filter((c) => c.evidence.source === 'Transition.Days')
        .map((c) => c.rule)
        .sort(),
    ).toEqual(['transition-ia-minimum', 'transition-timing']);
  });
});

/** A copy of the SDK's model documentation with `edit` applied to every file; it must change something. */
function alteredCopy(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-sdk-'));
  mkdirSync(join(dir, 'dist-types/models'), { recursive: true });
  mkdirSync(join(dir, 'dist-types/commands'), { recursive: true });
  copyFileSync(join(SDK, 'package.json'), join(dir, 'package.json'));
  copyFileSync(
    join(SDK, 'dist-types/commands/PutBucketLifecycleConfigurationCommand.d.ts'),
    join(dir, 'dist-types/commands/PutBucketLifecycleConfigurationCommand.d.ts'),
  );
  let edited = false;
  for (const f of readdirSync(join(SDK, 'dist-types/models'))) {
    const text = readFileSync(join(SDK, 'dist-types/models', f), 'utf8');
    const after = edit(text);
    edited ||= after !== text;
    writeFileSync(join(dir, 'dist-types/models', f), after);
  }
  if (!edited) throw new Error("the edit changed nothing in the installed SDK's models");
  return dir;
}

describe('the tripwire on an altered copy of the model text', () => {
  it('fails when AWS brings back the 30-day minimum for the IA classes (the pre-July 2026 sentence)', () => {
    const before =
      'If the specified storage class is <code>INTELLIGENT_TIERING</code>, <code>GLACIER_IR</code>, <code>GLACIER</code>, or <code>DEEP_ARCHIVE</code>, valid values are <code>0</code> or positive integers. If the specified storage class is <code>STANDARD_IA</code> or <code>ONEZONE_IA</code>, valid values are positive integers greater than <code>30</code>.';
    const dir = alteredCopy((t) => t.replace('The value can be <code>0</code> or any positive integer.', before));
    const problems = citationProblems(readModelDocs(dir), citations());
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^transition-timing: Transition\.Days in @aws-sdk\/client-s3 [\d.]+ now reads ".*valid values are positive integers greater than 30\..*" \(cited: "The value can be 0 or any positive integer\."\)$/,
    );
    expect(problems[1]).toMatch(/^transition-ia-minimum: Transition\.Days /);
  });

  it('fails when AWS adds a sentence to a member cited whole (a minimum for noncurrent transitions)', () => {
    const dir = alteredCopy((t) =>
      t.replace(
        'How Amazon S3 Calculates\n     *         How Long an Object Has Been Noncurrent</a> in the <i>Amazon S3 User Guide</i>.</p>',
        'How Amazon S3 Calculates\n     *         How Long an Object Has Been Noncurrent</a> in the <i>Amazon S3 User Guide</i>. The value must be at least 30 for STANDARD_IA.</p>',
      ),
    );
    expect(citationProblems(readModelDocs(dir), citations())).toEqual([
      expect.stringMatching(
        /^noncurrent-transition-days: NoncurrentVersionTransition\.NoncurrentDays .* now reads ".*The value must be at least 30 for STANDARD_IA\." \(cited: /,
      ),
    ]);
  });

  it('fails when a new storage class appears, a cited sentence changes elsewhere, or a member is gone', () => {
    const dir = alteredCopy((t) =>
      t
        .replace(/(export declare const TransitionStorageClass: \{\n)/, '$1    readonly COLD: "COLD";\n')
        .replaceAll('The value cannot be longer than 255 characters.', 'The value cannot be longer than 1024 characters.')
        .replace(/(\s+)ExpiredObjectDeleteMarker\?: boolean \| undefined;/, '$1DeleteMarkers?: boolean | undefined;'),
    );
    const problems = citationProblems(readModelDocs(dir), citations());
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'expiration-one-of',
      'lifecycle-schema',
      'rule-id-length',
      'transition-target-class',
    ]);
    expect(problems.find((p) => p.startsWith('expiration-one-of'))).toMatch(
      /LifecycleExpiration\.ExpiredObjectDeleteMarker in @aws-sdk\/client-s3 [\d.]+ is gone/,
    );
  });
});
