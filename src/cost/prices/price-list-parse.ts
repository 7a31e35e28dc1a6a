/**
 * Reads GetProducts product documents (FormatVersion aws_v1; each PriceList entry is a JSON
 * *string*) into the figures the catalog needs. Pure: no I/O, so it is tested on fixtures alone.
 *
 * Rules from shared/spec/s3-pricing.md §5: bands are chosen by beginRange, never by map order;
 * ranges are in GB and prices are strings; request SKUs are priced per request; the usagetype's
 * region prefix is derived from the Standard storage SKU (empty in us-east-1), never assumed.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import {
  IT_TIER_SKUS,
  MONITORING_SKU,
  SERVICE_S3,
  STANDARD_STORAGE_USAGETYPE,
  STORAGE_SKUS,
  TRANSITION_SKUS,
  describeQuery,
  type SkuQuery,
} from './price-list-map.js';
import type { PriceBand } from './types.js';

export class PriceListParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PriceListParseError';
  }
}

export interface PriceDimension {
  beginRange: number;
  /** null for "Inf". */
  endRange: number | null;
  unit: string;
  usd: number;
}

export interface Product {
  serviceCode: string;
  sku: string;
  attributes: Readonly<Record<string, string>>;
  dimensions: PriceDimension[];
  publicationDate: string | undefined;
}

/** A figure with the SKU it was read from, so a refreshed snapshot can cite it. */
export interface Sourced<T> {
  value: T;
  sku: string;
}

export interface LiveFigures {
  region: string;
  /** usagetype prefix of the region, e.g. 'EU-'; '' in us-east-1. */
  prefix: string;
  /** Newest publicationDate among the products, YYYY-MM-DD. */
  date: string;
  storage: Partial<Record<StorageClassName, Sourced<PriceBand[]>>>;
  transitionPerRequest: Partial<Record<StorageClassName, Sourced<number>>>;
  monitoringPerObject: Sourced<number> | undefined;
  /** Intelligent-Tiering's Infrequent and Archive Instant Access tiers (first band), USD per GB-month. */
  itTiers: { infrequent?: Sourced<number>; archiveInstant?: Sourced<number> };
  /** Queries that found no SKU. */
  missing: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function range(v: unknown, what: string): number | null {
  if (v === 'Inf') return null;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new PriceListParseError(`${what} is not a number: ${JSON.stringify(v)}`);
  return n;
}

/** Parses one PriceList entry. `where` names it in errors ("AmazonS3 page 2, entry 5"). */
export function parseProductDocument(text: unknown, where: string): Product {
  if (typeof text !== 'string') throw new PriceListParseError(`${where} is not a JSON string`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PriceListParseError(`${where} is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(doc) || !isObject(doc.product) || !isObject(doc.product.attributes)) {
    throw new PriceListParseError(`${where} has no product.attributes`);
  }
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(doc.product.attributes)) if (typeof v === 'string') attributes[k] = v;
  const sku = typeof doc.product.sku === 'string' ? doc.product.sku : '?';
  const dimensions: PriceDimension[] = [];
  const onDemand = isObject(doc.terms) && isObject(doc.terms.OnDemand) ? doc.terms.OnDemand : {};
  for (const term of Object.values(onDemand)) {
    if (!isObject(term) || !isObject(term.priceDimensions)) continue;
    for (const [id, d] of Object.entries(term.priceDimensions)) {
      if (!isObject(d)) continue;
      const at = `${where}, SKU ${sku}, dimension ${id}`;
      const usd = isObject(d.pricePerUnit) ? range(d.pricePerUnit.USD, `${at} pricePerUnit.USD`) : null;
      if (usd === null) throw new PriceListParseError(`${at} has no USD price`);
      dimensions.push({
        beginRange: range(d.beginRange ?? '0', `${at} beginRange`) ?? 0,
        endRange: range(d.endRange ?? 'Inf', `${at} endRange`),
        unit: typeof d.unit === 'string' ? d.unit : '',
        usd,
      });
    }
  }
  const serviceCode = typeof doc.serviceCode === 'string' ? doc.serviceCode : (attributes.servicecode ?? '');
  const publicationDate = typeof doc.publicationDate === 'string' ? doc.publicationDate : undefined;
  return { serviceCode, sku, attributes, dimensions, publicationDate };
}

const operationOf = (p: Product): string => p.attributes.operation ?? '';
const PREFIX = /^(?:([A-Z]+[0-9]*)-)?TimedStorage-ByteHrs$/;

/** The usagetype prefix of the region, from its Standard storage SKU (spec §5, S17). */
export function derivePrefix(products: readonly Product[], region: string): string {
  const found = new Set<string>();
  for (const p of products) {
    const m = PREFIX.exec(p.attributes.usagetype ?? '');
    if (!m || p.serviceCode !== SERVICE_S3 || operationOf(p) !== '') continue;
    if (p.attributes.volumeType !== undefined && p.attributes.volumeType !== 'Standard') continue;
    found.add(m[1] ? `${m[1]}-` : '');
  }
  if (found.size === 0) throw new PriceListParseError(`no S3 Standard storage SKU (${STANDARD_STORAGE_USAGETYPE}) for ${region}`);
  if (found.size > 1)
    throw new PriceListParseError(`S3 Standard storage SKUs for ${region} disagree on the usagetype prefix: ${[...found].join(', ')}`);
  return [...found][0]!;
}

function matches(products: readonly Product[], prefix: string, q: SkuQuery): Product[] {
  const candidates = products.filter(
    (p) =>
      p.serviceCode === q.service &&
      p.attributes.usagetype === prefix + q.usagetype &&
      (q.volumeType === undefined || p.attributes.volumeType === undefined || p.attributes.volumeType === q.volumeType),
  );
  if (q.operations === 'any') return candidates;
  for (const op of q.operations) {
    const hit = candidates.filter((p) => operationOf(p) === op);
    if (hit.length > 0) return hit;
  }
  return [];
}

/** One value for a query, or undefined; several SKUs must agree, else the response is not understood. */
function resolve<T>(products: readonly Product[], prefix: string, q: SkuQuery, read: (p: Product) => T): Sourced<T> | undefined {
  const hits = matches(products, prefix, q);
  const values = hits.map((p) => ({ value: read(p), sku: p.sku }));
  const first = values[0];
  if (!first) return undefined;
  const differ = values.find((v) => JSON.stringify(v.value) !== JSON.stringify(first.value));
  if (differ) {
    throw new PriceListParseError(
      `${describeQuery(q)} has SKUs with different prices (${first.sku}, ${differ.sku}); the operation does not tell them apart`,
    );
  }
  return first;
}

/** Storage bands in GB-month, sorted by beginRange and checked to cover 0..Inf without gaps. */
export function storageBands(p: Product): PriceBand[] {
  const dims = [...p.dimensions].sort((a, b) => a.beginRange - b.beginRange);
  const bad = dims.find((d) => !/^GB-Mo$/i.test(d.unit));
  if (dims.length === 0 || bad)
    throw new PriceListParseError(`SKU ${p.sku}: expected GB-Mo storage prices, got ${bad ? JSON.stringify(bad.unit) : 'none'}`);
  dims.forEach((d, i) => {
    const expectedFrom = i === 0 ? 0 : dims[i - 1]!.endRange;
    if (d.beginRange !== expectedFrom) throw new PriceListParseError(`SKU ${p.sku}: volume bands do not join at ${expectedFrom} GB`);
  });
  if (dims.at(-1)!.endRange !== null) throw new PriceListParseError(`SKU ${p.sku}: the last volume band has an upper bound`);
  return dims.map((d) => ({ fromGb: d.beginRange, toGb: d.endRange, usdPerGbMonth: d.usd }));
}

/** The price of one unit counted from zero (beginRange 0), per request or per object. */
export function unitPrice(p: Product, unit: RegExp): number {
  const d = p.dimensions.find((x) => x.beginRange === 0);
  if (!d) throw new PriceListParseError(`SKU ${p.sku}: no price dimension starting at 0`);
  // The Price List prices requests one by one; a per-1,000 unit would be a 1,000x error if taken as is.
  if (/1,?000|\b1K\b|thousand/i.test(d.unit)) return d.usd / 1000;
  if (!unit.test(d.unit)) throw new PriceListParseError(`SKU ${p.sku}: unexpected unit ${JSON.stringify(d.unit)}`);
  return d.usd;
}

export function extractFigures(products: readonly Product[], region: string): LiveFigures {
  const own = products.filter((p) => p.attributes.regionCode === undefined || p.attributes.regionCode === region);
  const prefix = derivePrefix(own, region);
  const missing: string[] = [];
  const find = <T>(q: SkuQuery, read: (p: Product) => T): Sourced<T> | undefined => {
    const r = resolve(own, prefix, q, read);
    if (!r) missing.push(describeQuery(q));
    return r;
  };
  const storage: LiveFigures['storage'] = {};
  for (const [name, q] of Object.entries(STORAGE_SKUS) as [StorageClassName, SkuQuery][]) {
    const r = find(q, storageBands);
    if (r) storage[name] = r;
  }
  const transitionPerRequest: LiveFigures['transitionPerRequest'] = {};
  for (const [name, q] of Object.entries(TRANSITION_SKUS) as [StorageClassName, SkuQuery][]) {
    const r = find(q, (p) => unitPrice(p, /^Requests?$/i));
    if (r) transitionPerRequest[name] = r;
  }
  const monitoringPerObject = find(MONITORING_SKU, (p) => unitPrice(p, /^Objects?$/i));
  const tierPrice = (p: Product) => storageBands(p)[0]!.usdPerGbMonth;
  const itTiers = { infrequent: find(IT_TIER_SKUS.infrequent, tierPrice), archiveInstant: find(IT_TIER_SKUS.archiveInstant, tierPrice) };
  const dates = own
    .map((p) => p.publicationDate)
    .filter((d): d is string => d !== undefined)
    .sort();
  const date = dates.at(-1)?.slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new PriceListParseError(`no publicationDate in the products for ${region}`);
  return { region, prefix, date, storage, transitionPerRequest, monitoringPerObject, itTiers, missing };
}
