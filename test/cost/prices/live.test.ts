/**
 * Live prices through the real @aws-sdk/client-pricing client, against the local Price List
 * stand-in (test/helpers/pricing-server.ts) serving the recorded-shape fixtures: serialization,
 * signing, pagination, both offers, and the fallback to the snapshot when the API cannot answer.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PricingClient } from '@aws-sdk/client-pricing';
import { loadPriceCatalog, regionPriceNotices, type LoadPriceCatalogOptions } from '../../../src/cost/prices/catalog.js';
import { pricingClientConfig } from '../../../src/cost/prices/live-source.js';
import { FIXTURES, awsError, startPricingServer, type Behaviour, type PricingServer } from '../../helpers/pricing-server.js';

const CREDENTIALS = { accessKeyId: 'AKIDLIFEGUARDTEST', secretAccessKey: 'not-a-secret' };
const PAGE = 5;
let server: PricingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function live(region: string, behaviour?: Behaviour, extra: Partial<LoadPriceCatalogOptions> = {}) {
  server = await startPricingServer(behaviour);
  return loadPriceCatalog({ source: 'live', region, endpoint: server.url, credentials: CREDENTIALS, pageSize: PAGE, ...extra });
}

const fixtureSize = (service: string, region: string): number =>
  (JSON.parse(readFileSync(new URL(`${service}-${region}.json`, FIXTURES), 'utf8')) as { PriceList: unknown[] }).PriceList.length;

describe('the Price List client', () => {
  it("goes to us-east-1's Price List endpoint whatever region is priced", async () => {
    vi.stubEnv('LIFEGUARD_PRICING_ENDPOINT', '');
    try {
      const client = new PricingClient(pricingClientConfig({ region: 'ap-southeast-1', credentials: CREDENTIALS }));
      expect(await client.config.region()).toBe('us-east-1');
      const ep = client.config.endpointProvider({ Region: await client.config.region(), UseFIPS: false, UseDualStack: false });
      expect(ep.url.href).toBe('https://api.pricing.us-east-1.amazonaws.com/');
      client.destroy();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('takes its endpoint from LIFEGUARD_PRICING_ENDPOINT when none is given', () => {
    vi.stubEnv('LIFEGUARD_PRICING_ENDPOINT', 'http://127.0.0.1:4599');
    try {
      expect(pricingClientConfig({ region: 'eu-west-1' }).endpoint).toBe('http://127.0.0.1:4599');
      expect(pricingClientConfig({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:1' }).endpoint).toBe('http://127.0.0.1:1');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('live prices', () => {
  it('page through both offers for the region, signed for us-east-1', async () => {
    const catalog = await live('us-east-1');
    expect(catalog.info).toMatchObject({ source: 'live', date: '2026-02-23', notices: [] });
    const reqs = server!.requests;
    const pages = (service: string) => Math.ceil(fixtureSize(service, 'us-east-1') / PAGE);
    expect(pages('AmazonS3')).toBeGreaterThan(1);
    expect(reqs.map((r) => r.body.ServiceCode)).toEqual([
      ...Array<string>(pages('AmazonS3')).fill('AmazonS3'),
      ...Array<string>(pages('AmazonS3GlacierDeepArchive')).fill('AmazonS3GlacierDeepArchive'),
    ]);
    for (const r of reqs) {
      expect(r.target).toBe('AWSPriceListService.GetProducts');
      expect(r.body).toMatchObject({
        FormatVersion: 'aws_v1',
        MaxResults: PAGE,
        Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'us-east-1' }],
      });
      expect(r.authorization).toMatch(/Credential=AKIDLIFEGUARDTEST\/\d{8}\/us-east-1\/pricing\/aws4_request/);
    }
    // The first page of each offer goes without a token; every later one sends the token it was given.
    expect(reqs.map((r) => r.body.NextToken === undefined)).toEqual(
      reqs.map((r, i) => i === 0 || r.body.ServiceCode !== reqs[i - 1]!.body.ServiceCode),
    );
    expect(reqs[1]!.body.NextToken).toBe(`page:${PAGE}:AmazonS3`);
  });

  it('read every mapped class from the products, Deep Archive from its own offer', async () => {
    const p = (await live('eu-west-1')).region('eu-west-1');
    const first = Object.fromEntries(Object.entries(p.storage).map(([k, v]) => [k, v.value[0]!.usdPerGbMonth]));
    expect(first).toEqual({
      STANDARD: 0.023,
      REDUCED_REDUNDANCY: 0.0242,
      STANDARD_IA: 0.0125,
      ONEZONE_IA: 0.01,
      INTELLIGENT_TIERING: 0.023,
      GLACIER_IR: 0.004,
      GLACIER: 0.0036,
      DEEP_ARCHIVE: 0.00099,
    });
    const perRequest = Object.fromEntries(Object.entries(p.transitionPerRequest).map(([k, v]) => [k, v.value]));
    expect(perRequest).toEqual({
      STANDARD_IA: 0.00001,
      ONEZONE_IA: 0.00001,
      INTELLIGENT_TIERING: 0.00001,
      GLACIER_IR: 0.00002,
      GLACIER: 0.000033,
      DEEP_ARCHIVE: 0.000055,
    });
    expect(p.intelligentTieringMonitoringPerObject.value).toBe(0.0000025);
    expect(regionPriceNotices(p)).toEqual([]);
  });

  it('take a figure the response lacks from the snapshot, and say so', async () => {
    const p = (await live('us-east-1')).region('us-east-1');
    expect(p.storage.STANDARD.value.map((b) => b.usdPerGbMonth)).toEqual([0.023, 0.022, 0.021]);
    // No Reduced Redundancy SKU in the us-east-1 fixture.
    expect(regionPriceNotices(p)).toEqual([
      expect.stringMatching(
        /^us-east-1: storage of S3 Reduced Redundancy: inferred \(not in the live Price List response; the bundled snapshot of 2026-02-23 is used; there: no Reduced Redundancy price/,
      ),
    ]);
  });

  it('retry a throttled request and then succeed', async () => {
    const catalog = await live('us-east-1', (_r, i) => (i === 0 ? awsError(400, 'ThrottlingException', 'Rate exceeded') : undefined));
    expect(catalog.info.source).toBe('live');
    expect(server!.requests[0]!.body).toEqual(server!.requests[1]!.body);
  });

  it('refuse a region the catalog was not loaded for', async () => {
    const catalog = await live('us-east-1');
    expect(() => catalog.region('eu-west-1')).toThrow(/No live prices for region "eu-west-1" \(known: us-east-1\)/);
  });
});

describe('falling back to the snapshot', () => {
  async function fallback(behaviour: Behaviour | undefined, region = 'us-east-1', extra: Partial<LoadPriceCatalogOptions> = {}) {
    const catalog = await live(region, behaviour, extra);
    expect(catalog.info.source).toBe('bundled');
    expect(catalog.info.date).toBe('2026-02-23');
    expect(catalog.region(region).storage.GLACIER.value[0]!.usdPerGbMonth).toBeGreaterThan(0);
    expect(catalog.info.notices).toHaveLength(1);
    return catalog.info.notices[0]!;
  }

  it("on HTTP 500, after the SDK's retries", async () => {
    const notice = await fallback(() => awsError(500, 'InternalErrorException', 'An internal error occurred'));
    expect(notice).toBe(
      'Live prices unavailable: the Price List API answered HTTP 500 after 3 attempts. Using the bundled snapshot of 2026-02-23 instead.',
    );
    expect(server!.requests).toHaveLength(3);
  });

  it('when throttled on every attempt', async () => {
    const notice = await fallback(() => awsError(400, 'ThrottlingException', 'Rate exceeded'));
    expect(notice).toMatch(/^Live prices unavailable: the Price List API throttled the requests after 3 attempts\./);
  });

  it('on a body that is not JSON', async () => {
    const notice = await fallback(() => ({ status: 200, body: '{"FormatVersion":"aws_v1","PriceList":["{' }));
    expect(notice).toMatch(
      /^Live prices unavailable: the Price List response is not valid JSON \([^\n]+\)\. Using the bundled snapshot of 2026-02-23 instead\.$/,
    );
  });

  it('on a PriceList entry that is not JSON, naming the entry', async () => {
    const notice = await fallback((r) =>
      r.body.ServiceCode === 'AmazonS3'
        ? { status: 200, body: JSON.stringify({ FormatVersion: 'aws_v1', PriceList: ['{"product":{"sku":"X"'] }) }
        : undefined,
    );
    expect(notice).toMatch(
      /^Live prices unavailable: the Price List response could not be read: AmazonS3 page 1, entry 1 is not valid JSON/,
    );
  });

  it('when the region has no S3 products', async () => {
    const notice = await fallback(undefined, 'ap-northeast-1');
    expect(notice).toMatch(/could not be read: no S3 Standard storage SKU \(TimedStorage-ByteHrs\) for ap-northeast-1/);
  });

  it('when access is denied, naming the IAM permission', async () => {
    const notice = await fallback(() => awsError(400, 'AccessDeniedException', 'User is not authorized to perform: pricing:GetProducts'));
    expect(notice).toMatch(/access denied: the credentials need the IAM permission pricing:GetProducts/);
  });

  it('when nothing listens at the endpoint', async () => {
    server = await startPricingServer();
    const url = server.url;
    await server.close();
    server = undefined;
    const catalog = await loadPriceCatalog({
      source: 'live',
      region: 'eu-west-1',
      endpoint: url,
      credentials: CREDENTIALS,
      maxAttempts: 1,
    });
    expect(catalog.info.notices[0]).toMatch(/^Live prices unavailable: network error reaching the Price List API \(ECONNREFUSED\)/);
  });

  it('when no credentials can be found, before any request is sent', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
    vi.stubEnv('AWS_PROFILE', '');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/lifeguard-credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/lifeguard-config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', '');
    vi.stubEnv('AWS_CONTAINER_CREDENTIALS_FULL_URI', '');
    vi.stubEnv('AWS_WEB_IDENTITY_TOKEN_FILE', '');
    try {
      const notice = await fallback(undefined, 'us-east-1', { credentials: undefined });
      expect(notice).toMatch(/^Live prices unavailable: no AWS credentials were found/);
      expect(server!.requests).toHaveLength(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('fails clearly when the snapshot cannot stand in for the region either', async () => {
    server = await startPricingServer(() => awsError(500, 'InternalErrorException', 'down'));
    await expect(
      loadPriceCatalog({ source: 'live', region: 'ap-south-1', endpoint: server.url, credentials: CREDENTIALS, maxAttempts: 1 }),
    ).rejects.toThrow(
      /^Live prices for ap-south-1 are unavailable: the Price List API answered HTTP 500; and the bundled snapshot has no prices for it \(bundled: us-east-1, /,
    );
  });
});
