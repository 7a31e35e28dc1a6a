/**
 * Cohorts leave the readers in compareCohorts order through a numeric sort of their keys
 * (inSimpleOrder, ADR 0175): the same order as the comparator, and every key given back exactly.
 */
import { describe, expect, it } from 'vitest';
import { compareCohorts, inSimpleOrder, simpleKey, splitSimpleKey, type Cohort } from '../../src/cost/cohorts/cohort.js';
import { STORAGE_CLASS_NAMES } from '../../src/model/storage-classes.js';

function cohortOf(key: number): Cohort {
  const k = splitSimpleKey(key);
  return {
    signature: k.signature,
    storageClass: STORAGE_CLASS_NAMES[k.classIndex]!,
    createdDay: k.day,
    current: true,
    objects: 1,
    bytes: 1,
    ...(k.overwritten ? { overwritten: true } : {}),
  };
}

describe('simple cohort keys in comparator order', () => {
  let seed = 7;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const keys = [
    ...new Set(
      Array.from({ length: 5000 }, () => simpleKey(rand(40), rand(STORAGE_CLASS_NAMES.length), rand(2) === 1, 15000 + rand(7000))),
    ),
  ];

  it('sorts as compareCohorts does, signature, class and day before overwritten', () => {
    const byComparator = keys.map(cohortOf).sort(compareCohorts);
    expect(inSimpleOrder(keys).map(cohortOf)).toEqual(byComparator);
  });

  it('gives back every key it was given, also for a day before 1970', () => {
    const odd = [-1, -131073, simpleKey(3, 2, true, -5), simpleKey(0, 0, false, 0), 2 ** 40 + 17, ...keys.slice(0, 50)];
    expect([...inSimpleOrder(odd)].sort((a, b) => a - b)).toEqual([...odd].sort((a, b) => a - b));
  });
});
