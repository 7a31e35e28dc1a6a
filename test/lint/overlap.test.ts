import { describe, expect, it } from 'vitest';
import {
  describeObjects,
  formatBytes,
  intersectSelectors,
  isEmptySelector,
  relateSelectors,
  selectorContains,
  selectorsOverlap,
  sizeRange,
} from '../../src/lint/overlap.js';
import { selectorOf, type Selector } from '../../src/model/selector.js';

/** A selector from a Filter exactly as a lifecycle file writes it. */
const f = (filter: Record<string, unknown>): Selector => selectorOf({ Filter: filter });
const tag = (Key: string, Value: string) => ({ Key, Value });

describe('selector overlap: prefixes', () => {
  it('relates prefixes by literal containment', () => {
    expect(relateSelectors(f({}), f({ Prefix: 'logs/' }))).toBe('contains');
    expect(relateSelectors(f({ Prefix: 'logs/' }), f({}))).toBe('within');
    expect(relateSelectors(f({ Prefix: 'logs/' }), f({ Prefix: 'logs/' }))).toBe('equal');
    expect(relateSelectors(f({ Prefix: '' }), f({}))).toBe('equal');
    expect(relateSelectors(f({ Prefix: 'logs/' }), f({ Prefix: 'logs/2024/' }))).toBe('contains');
    expect(relateSelectors(f({ Prefix: 'logs/' }), f({ Prefix: 'tmp/' }))).toBe('disjoint');
    // 'logs' (no slash) is a prefix of 'logs-archive/': S3 compares characters, not folders.
    expect(relateSelectors(f({ Prefix: 'logs' }), f({ Prefix: 'logs-archive/' }))).toBe('contains');
  });

  it('treats a V1 top-level Prefix like a Filter prefix', () => {
    expect(relateSelectors(selectorOf({ Prefix: 'a/' }), selectorOf({ Prefix: 'a/b/' }))).toBe('contains');
  });
});

describe('selector overlap: tags', () => {
  it('needs every tag of both rules on one object', () => {
    const a = f({ Tag: tag('tag1', 'value1') });
    const b = f({ Tag: tag('tag2', 'value2') });
    expect(relateSelectors(a, b)).toBe('overlap');
    expect(intersectSelectors(a, b)?.tags).toEqual([
      { key: 'tag1', value: 'value1' },
      { key: 'tag2', value: 'value2' },
    ]);
  });

  it('is disjoint when the same key needs two values', () => {
    expect(selectorsOverlap(f({ Tag: tag('env', 'dev') }), f({ Tag: tag('env', 'prod') }))).toBe(false);
  });

  it('is disjoint when an object would need more than 10 tags', () => {
    const six = (p: string) => f({ And: { Tags: [1, 2, 3, 4, 5, 6].map((i) => tag(`${p}${i}`, 'x')) } });
    expect(selectorsOverlap(six('a'), six('b'))).toBe(false);
    expect(selectorsOverlap(six('a'), six('a'))).toBe(true);
  });

  it('a rule with fewer tags contains one with more', () => {
    const one = f({ And: { Prefix: 'x/', Tags: [tag('a', '1')] } });
    const two = f({ And: { Prefix: 'x/', Tags: [tag('a', '1'), tag('b', '2')] } });
    expect(relateSelectors(one, two)).toBe('contains');
    expect(selectorContains(two, one)).toBe(false);
  });
});

describe('selector overlap: object sizes', () => {
  it('uses strict bounds on whole bytes', () => {
    expect(sizeRange(f({ ObjectSizeGreaterThan: 500 }))).toEqual({ lo: 501, hi: Infinity });
    expect(sizeRange(f({ ObjectSizeLessThan: 64000 }))).toEqual({ lo: 0, hi: 63999 });
  });

  it('is disjoint when the ranges only touch', () => {
    expect(selectorsOverlap(f({ ObjectSizeLessThan: 1000 }), f({ ObjectSizeGreaterThan: 999 }))).toBe(false);
    expect(selectorsOverlap(f({ ObjectSizeLessThan: 1001 }), f({ ObjectSizeGreaterThan: 999 }))).toBe(true);
    const both = intersectSelectors(f({ ObjectSizeLessThan: 1001 }), f({ ObjectSizeGreaterThan: 999 }));
    expect(both && sizeRange(both)).toEqual({ lo: 1000, hi: 1000 });
  });

  it('nests ranges', () => {
    const wide = f({ And: { ObjectSizeGreaterThan: 0, ObjectSizeLessThan: 10_000 } });
    const narrow = f({ And: { ObjectSizeGreaterThan: 500, ObjectSizeLessThan: 6_400 } });
    expect(relateSelectors(wide, narrow)).toBe('contains');
    expect(relateSelectors(narrow, f({ Prefix: 'tax/' }))).toBe('overlap');
  });

  it('knows an inverted range selects nothing', () => {
    expect(isEmptySelector(f({ And: { ObjectSizeGreaterThan: 10, ObjectSizeLessThan: 5 } }))).toBe(true);
    expect(relateSelectors(f({ And: { ObjectSizeGreaterThan: 10, ObjectSizeLessThan: 5 } }), f({}))).toBe('disjoint');
  });
});

describe('selector overlap: combined', () => {
  it('intersects prefix, tags and sizes at once', () => {
    const a = f({ And: { Prefix: 'logs/', ObjectSizeGreaterThan: 100 } });
    const b = f({ And: { Prefix: 'logs/app/', Tags: [tag('keep', 'no')] } });
    const both = intersectSelectors(a, b)!;
    expect(both.prefix).toBe('logs/app/');
    expect(both.tags).toEqual([{ key: 'keep', value: 'no' }]);
    expect(both.sizeGreaterThan).toBe(100);
    expect(both.wholeBucket).toBe(false);
    expect(describeObjects(both)).toBe("objects under 'logs/app/', tagged keep=no, larger than 100 bytes");
  });

  it('describes the whole bucket and size ranges', () => {
    expect(describeObjects(f({}))).toBe('every object in the bucket');
    expect(describeObjects(f({ And: { ObjectSizeGreaterThan: 1024, ObjectSizeLessThan: 131072 } }))).toBe(
      'objects larger than 1024 bytes (1 KiB) and smaller than 131072 bytes (128 KiB)',
    );
  });

  it('formats bytes with an exact binary unit only', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(500)).toBe('500 bytes');
    expect(formatBytes(131072)).toBe('131072 bytes (128 KiB)');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5497558138880 bytes (5 TiB)');
  });
});
