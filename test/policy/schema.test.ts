/**
 * The policy schema: what it accepts, and every refusal as one sentence at the right line, in the
 * policy's words. Its enums must agree with the storage-class table.
 */
import { describe, expect, it } from 'vitest';
import { schemaDocument } from '../../src/generated/retention-policy-validator.js';
import { STORAGE_CLASSES, TRANSITION_TARGETS } from '../../src/model/storage-classes.js';
import { HEAD, checkText } from '../helpers/policy.js';

const schemaFindings = (text: string) => checkText(text).located.filter((f) => f.ruleId === 'policy-schema');

describe('retention policy schema', () => {
  it('accepts a policy that uses every field', () => {
    const text = `${HEAD.replace('bucket: { name: test-bucket }', 'bucket: { name: test-bucket, region: eu-west-1, transitionDefaultMinimumObjectSize: varies_by_storage_class }')}protect:
  - { prefix: keep/, reason: registry }
  - tags: { hold: legal }
stages:
  dev:
    description: experiments
    select: { prefix: dev/, tags: { team: ml } }
    expireAfterDays: 120
    minRetentionDays: 7
    noncurrentVersions: { keepNewest: 5, expireAfterDays: 7 }
    failedRuns: { tags: { status: failed }, expireAfterDays: 3 }
    transitions:
      - { afterDays: 30, storageClass: STANDARD_IA }
    immutable: { retentionDays: 7, mode: GOVERNANCE }
    abortIncompleteUploadsAfterDays: 2
    removeExpiredDeleteMarkers: false
  prod:
    select: { prefix: prod/ }
    archive: { afterDays: 0, storageClass: GLACIER }
`;
    expect(schemaFindings(text)).toEqual([]);
  });

  it.each([
    [
      'a misspelt stage key, with the near miss',
      `${HEAD}stages:\n  dev:\n    expireAfterDay: 14\n`,
      7,
      /stage 'dev': unknown key "expireAfterDay" \(did you mean "expireAfterDays"\?\)/,
    ],
    [
      'a stage name that cannot be part of a rule ID',
      `${HEAD}stages:\n  Dev_1:\n    expireAfterDays: 14\n`,
      6,
      /the name "Dev_1" must be lower-case letters, digits and hyphens/,
    ],
    ['zero days', `${HEAD}stages:\n  dev:\n    expireAfterDays: 0\n`, 7, /stage 'dev': expireAfterDays must be at least 1, not 0/],
    [
      'a negative transition day',
      `${HEAD}stages:\n  dev:\n    transitions:\n      - { afterDays: -1, storageClass: GLACIER }\n`,
      8,
      /stage 'dev': transitions\[0\].afterDays must be at least 0, not -1/,
    ],
    [
      'STANDARD is no transition target',
      `${HEAD}stages:\n  dev:\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD }\n`,
      8,
      /"STANDARD" is not an allowed value; use one of STANDARD_IA/,
    ],
    [
      'archive to a warm class',
      `${HEAD}stages:\n  dev:\n    archive: { afterDays: 30, storageClass: STANDARD_IA }\n`,
      7,
      /archive.storageClass: "STANDARD_IA" is not an allowed value; use one of GLACIER_IR, GLACIER, DEEP_ARCHIVE/,
    ],
    [
      'another apiVersion',
      HEAD.replace('lifeguard/v1', 'lifeguard/v2') + 'stages:\n  dev: {}\n',
      1,
      /apiVersion: "lifeguard\/v2" is not an allowed value/,
    ],
    ['no bucket', `${HEAD.replace('bucket: { name: test-bucket }\n', '')}stages:\n  dev: {}\n`, 1, /the policy needs "bucket"/],
    [
      'a bucket name S3 refuses',
      HEAD.replace('test-bucket', 'Test_Bucket') + 'stages:\n  dev: {}\n',
      4,
      /bucket.name must be an S3 bucket name/,
    ],
    [
      'a region that is no region',
      HEAD.replace('test-bucket }', 'test-bucket, region: Ireland }') + 'stages:\n  dev: {}\n',
      4,
      /bucket.region must be an AWS region code/,
    ],
    ['no stages', `${HEAD}stages: {}\n`, 5, /stages must name at least one stage/],
    [
      'noncurrent versions without a day count',
      `${HEAD}stages:\n  dev:\n    noncurrentVersions: { keepNewest: 5 }\n`,
      7,
      /stage 'dev': noncurrentVersions needs "expireAfterDays"/,
    ],
    [
      'failed runs without tags',
      `${HEAD}stages:\n  dev:\n    failedRuns: { expireAfterDays: 3 }\n`,
      7,
      /stage 'dev': failedRuns needs "tags"/,
    ],
    [
      'a tag value that is a number',
      `${HEAD}stages:\n  dev:\n    select: { tags: { attempt: 3 } }\n`,
      7,
      /select.tags.attempt must be a string, not number 3/,
    ],
    ['empty tags', `${HEAD}stages:\n  dev:\n    select: { tags: {} }\n`, 7, /select.tags must name at least one tag/],
    [
      'an unknown lock mode',
      `${HEAD}stages:\n  dev:\n    immutable: { retentionDays: 30, mode: WORM }\n`,
      7,
      /immutable.mode: "WORM" is not an allowed value; use one of GOVERNANCE, COMPLIANCE/,
    ],
    [
      'a protect entry that names nothing',
      `${HEAD}protect:\n  - reason: forgot the prefix\nstages:\n  dev: {}\n`,
      6,
      /protect\[0\] names neither a prefix nor tags/,
    ],
  ])('reports %s at its line', (_name, text, line, message) => {
    const got = schemaFindings(text);
    expect(got.map((f) => f.message).join(' | ')).toMatch(message);
    expect(got.find((f) => message.test(f.message))!.line).toBe(line);
    expect(got.every((f) => f.severity === 'error' && f.file === 'policy.yaml')).toBe(true);
  });

  it('stops at schema errors: no policy rule or compile finding on a malformed policy', () => {
    const { findings, compilation } = checkText(`${HEAD}stages:\n  dev:\n    expireAfterDays: "14"\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['policy-schema']);
    expect(compilation).toBeUndefined();
  });

  it('offers exactly the transition targets and cold classes of the storage-class table', () => {
    const defs = schemaDocument.$defs as Record<string, { properties: Record<string, { enum: string[] }> }>;
    expect([...defs.Transition!.properties.storageClass!.enum].sort()).toEqual([...TRANSITION_TARGETS].sort());
    const archive = defs.Archive!.properties.storageClass!.enum;
    expect([...archive].sort()).toEqual(TRANSITION_TARGETS.filter((c) => STORAGE_CLASSES[c].minStorageDays >= 90).sort());
  });
});
