import { describe, expect, it } from 'vitest';
import { parseLifecycleDate } from '../../src/lint/dates.js';

const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe('parseLifecycleDate', () => {
  it('reads every ISO-8601 spelling of midnight UTC as that day', () => {
    for (const text of [
      '2030-01-01',
      '2030-01-01T00:00',
      '2030-01-01T00:00:00',
      '2030-01-01T00:00:00Z',
      '2030-01-01t00:00:00z',
      '2030-01-01T00:00:00.000Z',
      '2030-01-01T01:00:00+01:00',
      '2029-12-31T19:00:00-0500',
      '2029-12-31T24:00:00Z',
    ]) {
      expect(parseLifecycleDate(text), text).toEqual({ kind: 'midnight', epochDay: day('2030-01-01T00:00:00Z') });
    }
  });

  it('gives the UTC instant of a time that is not midnight UTC', () => {
    expect(parseLifecycleDate('2023-02-18T01:00:00')).toEqual({ kind: 'not-midnight', utc: '2023-02-18T01:00:00Z' });
    expect(parseLifecycleDate('2030-01-01T00:00:00+02:00')).toEqual({ kind: 'not-midnight', utc: '2029-12-31T22:00:00Z' });
  });

  it('tells non-zero fractional seconds at midnight apart', () => {
    expect(parseLifecycleDate('2030-01-01T00:00:00.5Z')).toEqual({ kind: 'fraction', epochDay: day('2030-01-01T00:00:00Z') });
  });

  it('refuses what is not an ISO-8601 date', () => {
    for (const text of [
      '',
      'tomorrow',
      '02/18/2023',
      '2023-02-30',
      '2023-13-01',
      '2023-02-18T25:00:00Z',
      '2023-02-18T00:60:00Z',
      '2023-02-18 00:00:00',
      '20230218T000000Z',
      '2023-02-18T00:00:00+25:00',
    ]) {
      expect(parseLifecycleDate(text).kind, text).toBe('invalid');
    }
  });
});
