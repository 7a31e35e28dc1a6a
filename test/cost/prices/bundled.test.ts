/**
 * The bundled snapshot: every region the issue names, every class priced, each figure traceable to
 * the spec, and every figure a region borrows or infers named in the notices.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, loadPriceCatalog, regionPriceNotices } from '../../../src/cost/prices/catalog.js';
import { SNAPSHOT } from '../../../src/cost/prices/snapshot.js';
import { renderSnapshot } from '../../../src/cost/prices/snapshot-write.js';
import { STORAGE_CLASS_NAMES, TRANSITION_TARGETS } from '../../../src/model/storage-classes.js';

const REQUIRED = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'];
const catalog = bundledCatalog();

describe('the bundled snapshot', () => {
  it("has every region the issue asks for, and the spec's extra ones", () => {
    expect(catalog.regions()).toEqual(expect.arrayContaining([...REQUIRED, 'me-central-1', 'sa-east-1']));
    expect(catalog.info).toMatchObject({ source: 'bundled', date: '2026-02-23', notices: [] });
  });

  it.each(catalog.regions())('prices every class, transition and the monitoring fee in %s', (region) => {
    const p = catalog.region(region);
    for (const name of STORAGE_CLASS_NAMES) {
      const bands = p.storage[name].value;
      expect(bands[0]!.fromGb, `${region} ${name}`).toBe(0);
      bands.forEach((b, i) => {
        expect(b.usdPerGbMonth).toBeGreaterThan(0);
        if (i > 0) expect(b.fromGb).toBe(bands[i - 1]!.toGb);
      });
      expect(bands.at(-1)!.toGb).toBeNull();
    }
    for (const name of TRANSITION_TARGETS) expect(p.transitionPerRequest[name]?.value, `${region} ${name}`).toBeGreaterThan(0);
    expect(p.intelligentTieringMonitoringPerObject.value).toBeGreaterThan(0);
  });

  it('cites a known source for every figure', () => {
    for (const [region, r] of Object.entries(SNAPSHOT.regions)) {
      const figures = [
        ...Object.values(r.storage),
        ...Object.values(r.transitionPerRequest),
        ...(r.itMonitoringPerObject ? [r.itMonitoringPerObject] : []),
      ];
      for (const f of figures)
        for (const tag of f.src.split(',')) expect(Object.keys(SNAPSHOT.sources), `${region} cites ${tag}`).toContain(tag.split(':')[0]);
      for (const tag of r.sources) expect(Object.keys(SNAPSHOT.sources)).toContain(tag);
    }
  });

  const spec = '/work/shared/spec/s3-pricing.md';
  it.skipIf(!existsSync(spec))('holds only figures printed in the spec (storage per GB-month, requests per 1,000)', () => {
    const text = readFileSync(spec, 'utf8');
    const printed = (n: number) => new RegExp(`(^|[^0-9.])${String(Number(n.toPrecision(6))).replace('.', '\\.')}(?![0-9])`).test(text);
    for (const [region, r] of Object.entries(SNAPSHOT.regions)) {
      for (const [name, s] of Object.entries(r.storage))
        for (const [, , usd] of s.bands) expect(printed(usd), `${region} ${name} $${usd}`).toBe(true);
      for (const [name, t] of Object.entries(r.transitionPerRequest))
        expect(printed(t.usd * 1000), `${region} ${name} $${t.usd * 1000}/1k`).toBe(true);
      if (r.itMonitoringPerObject) expect(printed(r.itMonitoringPerObject.usd * 1000)).toBe(true);
    }
  });
});

describe('us-east-1, the fallback region', () => {
  const p = catalog.region('us-east-1');

  it("has Standard's three volume bands from the pricing page", () => {
    expect(p.storage.STANDARD.value.map((b) => [b.fromGb, b.toGb, b.usdPerGbMonth])).toEqual([
      [0, 51200, 0.023],
      [51200, 512000, 0.022],
      [512000, null, 0.021],
    ]);
  });

  it('has the transition prices of the pricing page, per request', () => {
    const per1000 = Object.fromEntries(
      TRANSITION_TARGETS.map((n) => [n, Number((p.transitionPerRequest[n]!.value * 1000).toPrecision(6))]),
    );
    expect(per1000).toEqual({
      STANDARD_IA: 0.01,
      INTELLIGENT_TIERING: 0.01,
      ONEZONE_IA: 0.01,
      GLACIER_IR: 0.02,
      GLACIER: 0.03,
      DEEP_ARCHIVE: 0.05,
    });
  });

  it('is exact except Reduced Redundancy, which no source prices', () => {
    expect(regionPriceNotices(p)).toEqual([
      expect.stringMatching(/^us-east-1: storage of S3 Reduced Redundancy: inferred \(no Reduced Redundancy price/),
    ]);
    expect(regionPriceNotices(p, { classes: ['STANDARD', 'GLACIER_IR'] })).toEqual([]);
  });
});

describe('figures a region lacks', () => {
  it("are us-east-1's in us-east-2, for which the sources have nothing, and say so in one sentence", () => {
    const east2 = catalog.region('us-east-2');
    const east1 = catalog.region('us-east-1');
    expect(east2.storage.GLACIER).toEqual({
      value: east1.storage.GLACIER.value,
      origin: { kind: 'fallback', fallbackRegion: 'us-east-1' },
    });
    expect(east2.transitionPerRequest.DEEP_ARCHIVE!.value).toBe(east1.transitionPerRequest.DEEP_ARCHIVE!.value);
    const notices = regionPriceNotices(east2);
    expect(notices).toEqual([
      'us-east-2: storage of S3 Standard, S3 Standard-IA, S3 Intelligent-Tiering, S3 One Zone-IA, S3 Glacier Instant Retrieval, S3 Glacier Flexible Retrieval, S3 Glacier Deep Archive; ' +
        'transitions into S3 Standard-IA, S3 Intelligent-Tiering, S3 One Zone-IA, S3 Glacier Instant Retrieval, S3 Glacier Flexible Retrieval, S3 Glacier Deep Archive; ' +
        'Intelligent-Tiering monitoring, Intelligent-Tiering Infrequent Access, Intelligent-Tiering Archive Instant Access: priced as in us-east-1 (not published for us-east-2 in the sources).',
      expect.stringMatching(
        /^us-east-2: storage of S3 Reduced Redundancy: priced as in us-east-1 \(us-east-1's figure is itself inferred: no Reduced Redundancy price/,
      ),
    ]);
  });

  it('are named per kind in us-west-2: borrowed, inferred, and exact ones left out', () => {
    const p = catalog.region('us-west-2');
    expect(p.transitionPerRequest.INTELLIGENT_TIERING!.origin).toEqual({ kind: 'fallback', fallbackRegion: 'us-east-1' });
    expect(p.intelligentTieringMonitoringPerObject.origin.kind).toBe('fallback');
    expect(p.transitionPerRequest.STANDARD_IA!.origin.kind).toBe('inferred');
    expect(p.transitionPerRequest.GLACIER!).toEqual({ value: 0.00003, origin: { kind: 'exact' } });
    expect(regionPriceNotices(p, { classes: ['STANDARD', 'STANDARD_IA', 'INTELLIGENT_TIERING', 'GLACIER'] })).toEqual([
      "us-west-2: transitions into S3 Standard-IA: inferred (equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)).",
      'us-west-2: transitions into S3 Intelligent-Tiering; Intelligent-Tiering monitoring, Intelligent-Tiering Infrequent Access, Intelligent-Tiering Archive Instant Access: priced as in us-east-1 (not published for us-west-2 in the sources).',
    ]);
    expect(regionPriceNotices(p, { classes: ['STANDARD', 'GLACIER', 'DEEP_ARCHIVE'] })).toEqual([]);
  });

  it("include Standard's bands above 50 TB outside us-east-1 and me-central-1, marked on the band", () => {
    const p = catalog.region('eu-central-1');
    expect(p.storage.STANDARD.origin.kind).toBe('exact');
    expect(p.storage.STANDARD.value).toEqual([
      { fromGb: 0, toGb: 51200, usdPerGbMonth: 0.0245 },
      {
        fromGb: 51200,
        toGb: null,
        usdPerGbMonth: 0.0245,
        origin: { kind: 'inferred', note: "the sources publish no band above 50 TB; the band below's price is used" },
      },
    ]);
    expect(regionPriceNotices(p, { classes: ['STANDARD'] })).toEqual([]);
    expect(regionPriceNotices(p, { classes: ['STANDARD'], volumeBands: true })).toEqual([
      "eu-central-1: S3 Standard storage above 50 TB: inferred (the sources publish no band above 50 TB; the band below's price is used).",
    ]);
    expect(catalog.region('me-central-1').storage.STANDARD.value.map((b) => b.usdPerGbMonth)).toEqual([0.025, 0.024, 0.023]);
  });

  it('infer Intelligent-Tiering from Standard where the offer files have no Frequent Access row', () => {
    const p = catalog.region('sa-east-1');
    expect(p.storage.INTELLIGENT_TIERING.value[0]!.usdPerGbMonth).toBe(p.storage.STANDARD.value[0]!.usdPerGbMonth);
    expect(p.storage.INTELLIGENT_TIERING.origin.kind).toBe('inferred');
  });
});

describe('loadPriceCatalog, bundled', () => {
  it('answers a known region without the network', async () => {
    const c = await loadPriceCatalog({ source: 'bundled', region: 'ap-northeast-1' });
    expect(c.region('ap-northeast-1').storage.DEEP_ARCHIVE.value[0]!.usdPerGbMonth).toBe(0.002);
  });

  it('refuses a region it has no prices for, naming the ones it has and live prices', async () => {
    await expect(loadPriceCatalog({ source: 'bundled', region: 'ap-south-1' })).rejects.toThrow(
      /No bundled prices for region "ap-south-1" \(known: us-east-1, .*\)\. Use live prices \(--prices live\)/,
    );
  });
});

describe('the snapshot file', () => {
  it('is in the form prices:refresh writes, so a refresh diff shows only changed figures', () => {
    const text = readFileSync(new URL('../../../src/cost/prices/snapshot.ts', import.meta.url), 'utf8');
    expect(renderSnapshot(SNAPSHOT)).toBe(text);
  });
});
