/**
 * The Price List parser on the recorded-shape fixtures, without HTTP: band selection, per-request
 * prices, region prefixes, operation disambiguation and the Deep Archive offer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PriceListParseError, extractFigures, parseProductDocument, type Product } from '../../../src/cost/prices/price-list-parse.js';
import { FIXTURES } from '../../helpers/pricing-server.js';

function rawList(service: string, region: string): string[] {
  return (JSON.parse(readFileSync(new URL(`${service}-${region}.json`, FIXTURES), 'utf8')) as { PriceList: string[] }).PriceList;
}

function products(region: string, services = ['AmazonS3', 'AmazonS3GlacierDeepArchive']): Product[] {
  return services.flatMap((s) => rawList(s, region).map((t, i) => parseProductDocument(t, `${s} entry ${i + 1}`)));
}

const byUsage = (ps: Product[], usagetype: string, operation?: string) =>
  ps.filter((p) => p.attributes.usagetype === usagetype && (operation === undefined || p.attributes.operation === operation));

describe('the fixtures have the real shape', () => {
  it('PriceList entries are JSON strings, ranges and prices strings', () => {
    const list = rawList('AmazonS3', 'us-east-1');
    expect(list.every((e) => typeof e === 'string')).toBe(true);
    const doc = JSON.parse(list[0]!) as {
      terms: { OnDemand: Record<string, { priceDimensions: Record<string, Record<string, unknown>> }> };
    };
    const dim = Object.values(Object.values(doc.terms.OnDemand)[0]!.priceDimensions)[0]!;
    expect(typeof dim.beginRange).toBe('string');
    expect(typeof (dim.pricePerUnit as { USD: unknown }).USD).toBe('string');
  });
});

describe('volume bands', () => {
  const ps = products('us-east-1');

  it('are chosen by beginRange, not by the order of the dimension map', () => {
    // The captured document lists "next 450 TB" first: taking the first entry would price at $0.022.
    const standard = byUsage(ps, 'TimedStorage-ByteHrs', '')[0]!;
    expect(standard.sku).toBe('WP9ANXZGBYYSGJEA');
    expect(standard.dimensions[0]!.beginRange).not.toBe(0);
    const f = extractFigures(ps, 'us-east-1');
    expect(f.storage.STANDARD!.value).toEqual([
      { fromGb: 0, toGb: 51200, usdPerGbMonth: 0.023 },
      { fromGb: 51200, toGb: 512000, usdPerGbMonth: 0.022 },
      { fromGb: 512000, toGb: null, usdPerGbMonth: 0.021 },
    ]);
    expect(f.storage.STANDARD!.sku).toBe('WP9ANXZGBYYSGJEA');
  });

  it('of Intelligent-Tiering Frequent Access in another order come out ascending too', () => {
    const f = extractFigures(products('eu-west-1'), 'eu-west-1');
    expect(f.storage.INTELLIGENT_TIERING!.value.map((b) => b.fromGb)).toEqual([0, 51200, 512000]);
    expect(f.storage.INTELLIGENT_TIERING!.value[0]!.usdPerGbMonth).toBe(0.023);
  });

  it('with a gap between bands are refused', () => {
    const text = rawList('AmazonS3', 'us-east-1')[0]!.replace('"beginRange":"512000"', '"beginRange":"600000"');
    const broken = [parseProductDocument(text, 'edited'), ...products('us-east-1').slice(1)];
    expect(() => extractFigures(broken, 'us-east-1')).toThrow(/do not join at 512000 GB/);
  });
});

describe('usagetype prefixes', () => {
  it('are empty in us-east-1', () => {
    expect(extractFigures(products('us-east-1'), 'us-east-1').prefix).toBe('');
  });

  it('are derived from the Standard storage SKU elsewhere (EU- in eu-west-1)', () => {
    const f = extractFigures(products('eu-west-1'), 'eu-west-1');
    expect(f.prefix).toBe('EU-');
    expect(f.storage.GLACIER!.value[0]!.usdPerGbMonth).toBe(0.0036);
    expect(f.missing).toEqual([]);
  });

  it('match suffixes exactly: S3 Tables and overhead SKUs are not Standard storage', () => {
    const ps = products('eu-west-1');
    expect(byUsage(ps, 'EU-Tables-TimedStorage-ByteHrs')).toHaveLength(1);
    expect(byUsage(ps, 'EU-TimedStorage-ByteHrs', 'INTAAS3ObjectOverhead')).toHaveLength(1);
    const f = extractFigures(ps, 'eu-west-1');
    expect(f.storage.STANDARD!.value[0]!.usdPerGbMonth).toBe(0.023);
    expect(f.storage.REDUCED_REDUNDANCY!.value[0]!.usdPerGbMonth).toBe(0.0242);
  });

  it('cannot be derived without a Standard storage SKU', () => {
    const ps = products('eu-west-1').filter((p) => p.attributes.usagetype !== 'EU-TimedStorage-ByteHrs' || p.attributes.operation !== '');
    expect(() => extractFigures(ps, 'eu-west-1')).toThrow(PriceListParseError);
  });
});

describe('request prices', () => {
  it('are stored per request, not per 1,000', () => {
    const f = extractFigures(products('us-east-1'), 'us-east-1');
    // $0.01 per 1,000 requests on the pricing page is 0.00001 per request.
    expect(f.transitionPerRequest.STANDARD_IA!.value).toBe(0.00001);
    expect(f.transitionPerRequest.STANDARD_IA!.value * 1000).toBeCloseTo(0.01, 12);
    expect(f.monitoringPerObject!.value * 1000).toBeCloseTo(0.0025, 12);
  });

  it('in a per-1,000 unit are converted', () => {
    const ps = products('us-east-1');
    const tier4 = byUsage(ps, 'Requests-Tier4', '')[0]!;
    tier4.dimensions[0] = { ...tier4.dimensions[0]!, unit: '1K Requests', usd: 0.01 };
    expect(extractFigures(ps, 'us-east-1').transitionPerRequest.ONEZONE_IA!.value).toBeCloseTo(0.00001, 12);
  });
});

describe('operations tell SKUs of one usagetype apart', () => {
  it('Requests-Tier4: Glacier IR $0.02 vs Standard-IA $0.01 per 1,000, both ways of publishing it', () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      const ps = products(region);
      const tier4 = ps.filter((p) => p.attributes.usagetype?.endsWith('Requests-Tier4'));
      expect(new Set(tier4.map((p) => p.dimensions[0]!.usd)).size).toBe(2);
      const f = extractFigures(ps, region);
      expect(f.transitionPerRequest.GLACIER_IR!.value).toBe(0.00002);
      for (const c of ['STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING'] as const) expect(f.transitionPerRequest[c]!.value).toBe(0.00001);
    }
  });

  it('Requests-Tier3: the Glacier transition, not the RestoreObject request', () => {
    const ps = products('us-east-1');
    expect(byUsage(ps, 'Requests-Tier3', 'RestoreObject')[0]!.dimensions[0]!.usd).toBe(0.00005);
    const f = extractFigures(ps, 'us-east-1');
    expect(f.transitionPerRequest.GLACIER!.value).toBe(0.00003);
    expect(f.transitionPerRequest.DEEP_ARCHIVE!.value).toBe(0.00005);
    expect(extractFigures(products('eu-west-1'), 'eu-west-1').transitionPerRequest.GLACIER!.value).toBe(0.000033);
  });

  it('two SKUs with one usagetype, one operation and two prices are refused', () => {
    const ps = products('us-east-1');
    const clone = { ...byUsage(ps, 'Requests-Tier3', 'S3-GlacierTransition')[0]!, sku: 'CLONE' };
    clone.dimensions = [{ ...clone.dimensions[0]!, usd: 0.00005 }];
    expect(() => extractFigures([...ps, clone], 'us-east-1')).toThrow(
      /Requests-Tier3 operation S3-GlacierTransition has SKUs with different prices/,
    );
  });
});

describe('Deep Archive', () => {
  it('storage comes from the AmazonS3GlacierDeepArchive offer, not the $0.021 staging SKU', () => {
    const f = extractFigures(products('us-east-1'), 'us-east-1');
    expect(f.storage.DEEP_ARCHIVE!.value).toEqual([{ fromGb: 0, toGb: null, usdPerGbMonth: 0.00099 }]);
  });

  it('is missing, not mispriced, when only the AmazonS3 offer is read', () => {
    const f = extractFigures(products('us-east-1', ['AmazonS3']), 'us-east-1');
    expect(f.storage.DEEP_ARCHIVE).toBeUndefined();
    expect(f.missing).toContain('AmazonS3GlacierDeepArchive TimedStorage-GDA-ByteHrs');
  });
});

describe('documents', () => {
  it('reads the publication date', () => {
    expect(extractFigures(products('us-east-1'), 'us-east-1').date).toBe('2026-02-23');
  });

  it('names the entry that is not JSON', () => {
    expect(() => parseProductDocument('{"product":', 'AmazonS3 page 2, entry 3')).toThrow(/AmazonS3 page 2, entry 3 is not valid JSON/);
  });

  it('refuses a price that is not a number', () => {
    const text = rawList('AmazonS3', 'us-east-1')[0]!.replace('"USD":"0.0230000000"', '"USD":"n/a"');
    expect(() => parseProductDocument(text, 'edited')).toThrow(/pricePerUnit.USD is not a number/);
  });
});
