import { describe, expect, it } from 'vitest';
import { changedSince } from '../../src/orphans/recheck.js';

const listed = { key: 'models/a.pt', size: 10, lastModified: new Date('2026-11-01T10:00:00.123Z'), storageClass: 'STANDARD', eTag: 'abc' };

describe('changedSince', () => {
  it('accepts the same object (HTTP dates have whole seconds, ETags come quoted)', () => {
    expect(
      changedSince(listed, { size: 10, lastModified: new Date('2026-11-01T10:00:00Z'), storageClass: 'STANDARD', eTag: '"abc"' }),
    ).toBeUndefined();
    expect(
      changedSince({ ...listed, eTag: undefined }, { size: 10, lastModified: new Date('2026-11-01T10:00:00Z'), storageClass: 'STANDARD' }),
    ).toBeUndefined();
  });

  it('names every difference, and a vanished object', () => {
    expect(
      changedSince(listed, { size: 10, lastModified: new Date('2026-11-01T10:00:00Z'), storageClass: 'STANDARD', eTag: '"def"' }),
    ).toBe("changed since it was listed (ETag abc → def), so the registry's decision may be about another object");
    expect(
      changedSince(listed, { size: 11, lastModified: new Date('2026-11-02T10:00:00Z'), storageClass: 'STANDARD', eTag: '"abc"' }),
    ).toContain('size 10 → 11 bytes, LastModified 2026-11-01T10:00:00.123Z → 2026-11-02T10:00:00Z');
    expect(changedSince(listed, undefined)).toBe('gone since it was listed');
  });
});
