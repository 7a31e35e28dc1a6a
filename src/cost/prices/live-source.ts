/**
 * The live edge: reads a region's S3 products from the AWS Price List Query API. Loaded by dynamic
 * import, and it loads the SDK the same way, so nothing here is paid for unless live prices are
 * asked for. The API is served from us-east-1 whatever the bucket's region; the bucket's region is
 * a filter (spec §5).
 */
import { deadlinePassed, deadlineWords, runSignal } from '../../net/deadline.js';
import { SERVICE_CODES, type ServiceCode } from './price-list-map.js';
import { PriceListParseError, extractFigures, parseProductDocument, type LiveFigures, type Product } from './price-list-parse.js';
import { NETWORK_CODES } from '../../net/network-codes.js';

export const PRICING_API_REGION = 'us-east-1';
/** Overrides the Price List endpoint (tests, proxies); the same variable serves prices:refresh. */
export const ENDPOINT_ENV = 'LIFEGUARD_PRICING_ENDPOINT';
/** AmazonS3 has about 400 products per region: a page bound far above that stops a runaway NextToken. */
const MAX_PAGES = 200;
/** A blackholed network should cost seconds, not minutes, before the snapshot stands in. */
const CONNECT_TIMEOUT_MS = 5_000;

export interface LiveSourceOptions {
  region: string;
  /** Price List endpoint; default: $LIFEGUARD_PRICING_ENDPOINT, else the SDK's us-east-1 endpoint. */
  endpoint?: string;
  /** Static credentials; default: the SDK's provider chain (environment, profile, SSO, role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per request, retries included (SDK default 3). */
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** MaxResults per GetProducts page (default 100). */
  pageSize?: number;
}

type PricingModule = typeof import('@aws-sdk/client-pricing');

function priceListText(item: unknown): unknown {
  // The SDK hands the JSON-string members back as strings or String objects depending on version.
  return item instanceof String ? item.toString() : item;
}

async function fetchService(
  sdk: PricingModule,
  client: InstanceType<PricingModule['PricingClient']>,
  service: ServiceCode,
  opts: LiveSourceOptions,
): Promise<Product[]> {
  const products: Product[] = [];
  let token: string | undefined;
  let page = 0;
  do {
    page += 1;
    if (page > MAX_PAGES) throw new PriceListParseError(`${service} returned more than ${MAX_PAGES} pages`);
    const out = await client.send(
      new sdk.GetProductsCommand({
        ServiceCode: service,
        FormatVersion: 'aws_v1',
        Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: opts.region }],
        MaxResults: opts.pageSize ?? 100,
        NextToken: token,
      }),
      // The run's deadline aborts a page still waiting (net/deadline.ts).
      ...(runSignal() ? [{ abortSignal: runSignal() }] : []),
    );
    const list = (out.PriceList ?? []) as unknown[];
    list.forEach((item, i) => products.push(parseProductDocument(priceListText(item), `${service} page ${page}, entry ${i + 1}`)));
    token = out.NextToken || undefined;
  } while (token);
  return products;
}

/** The client's settings: us-east-1's Price List endpoint, whatever region is being priced. */
export function pricingClientConfig(opts: LiveSourceOptions) {
  const endpoint = opts.endpoint ?? (process.env[ENDPOINT_ENV] || undefined);
  return {
    region: PRICING_API_REGION,
    ...(endpoint ? { endpoint } : {}),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
    requestHandler: { requestTimeout: opts.requestTimeoutMs ?? 15_000, connectionTimeout: CONNECT_TIMEOUT_MS },
  };
}

/** Every AmazonS3 and AmazonS3GlacierDeepArchive product of the region. */
export async function fetchProducts(opts: LiveSourceOptions): Promise<Product[]> {
  const sdk: PricingModule = await import('@aws-sdk/client-pricing');
  const client = new sdk.PricingClient(pricingClientConfig(opts));
  try {
    const all: Product[] = [];
    for (const service of SERVICE_CODES) all.push(...(await fetchService(sdk, client, service, opts)));
    return all;
  } finally {
    client.destroy();
  }
}

export async function fetchLiveFigures(opts: LiveSourceOptions): Promise<LiveFigures> {
  return extractFigures(await fetchProducts(opts), opts.region);
}

/** Why live prices could not be had, in one clause a report can show. */
export function describeLiveFailure(e: unknown): string {
  const err = (e ?? {}) as {
    name?: string;
    message?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number; attempts?: number };
    $retryable?: { throttling?: boolean };
  };
  // The SDK appends advice for programmers on further lines; a report wants the first.
  const message = (err.message ?? '').split('\n')[0]!.trim();
  const attempts = err.$metadata?.attempts;
  const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
  const status = err.$metadata?.httpStatusCode;
  const endpoint = process.env[ENDPOINT_ENV] || `https://api.pricing.${PRICING_API_REGION}.amazonaws.com`;
  if (deadlinePassed() && (err.name === 'AbortError' || err.name === 'DeadlineError' || err.name === 'TimeoutError'))
    return `stopped at ${deadlineWords()} while waiting for the Price List API at ${endpoint}`;
  if (err.name === 'CredentialsProviderError') return 'no AWS credentials were found (the Price List API takes signed requests)';
  if (err.name === 'PriceListParseError') return `the Price List response could not be read: ${message}`;
  if (err.name === 'ThrottlingException' || status === 429 || err.$retryable?.throttling)
    return `the Price List API throttled the requests${after}`;
  if (err.name === 'AccessDeniedException' || status === 403)
    return 'access denied: the credentials need the IAM permission pricing:GetProducts';
  if (err.name === 'SyntaxError' || /Deserialization|JSON/i.test(err.message ?? ''))
    return `the Price List response is not valid JSON (${message || err.name})`;
  if (err.code && NETWORK_CODES.has(err.code)) return `network error reaching the Price List API (${err.code})${after}`;
  if (err.name === 'TimeoutError' || err.code === 'ECONNABORTED') return `the Price List API at ${endpoint} did not answer in time${after}`;
  if (status !== undefined && status >= 500) return `the Price List API answered HTTP ${status}${after}`;
  return `${err.name ?? 'Error'}: ${message || String(e)}${after}`;
}
