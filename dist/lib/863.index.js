export const id = 863;
export const ids = [863];
export const modules = {

/***/ 6863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENDPOINT_ENV: () => (/* binding */ ENDPOINT_ENV),
  PRICING_API_REGION: () => (/* binding */ PRICING_API_REGION),
  describeLiveFailure: () => (/* binding */ describeLiveFailure),
  fetchLiveFigures: () => (/* binding */ fetchLiveFigures),
  fetchProducts: () => (/* binding */ fetchProducts),
  pricingClientConfig: () => (/* binding */ pricingClientConfig)
});

// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/cost/prices/price-list-map.ts
const SERVICE_S3 = 'AmazonS3';
/** Deep Archive storage is published under its own offer, not under AmazonS3 (spec §5). */
const SERVICE_DEEP_ARCHIVE = 'AmazonS3GlacierDeepArchive';
const SERVICE_CODES = [SERVICE_S3, SERVICE_DEEP_ARCHIVE];
/** The suffix the region prefix is derived from: S3 Standard storage (spec §5, S17). */
const STANDARD_STORAGE_USAGETYPE = 'TimedStorage-ByteHrs';
const storage = (usagetype, extra = {}) => ({
    service: SERVICE_S3,
    usagetype,
    // Storage SKUs have no operation; overhead SKUs on the same usagetype do (INTAAS3ObjectOverhead).
    operations: [''],
    ...extra,
});
const STORAGE_SKUS = {
    STANDARD: storage(STANDARD_STORAGE_USAGETYPE, { volumeType: 'Standard' }),
    REDUCED_REDUNDANCY: storage('TimedStorage-RRS-ByteHrs'),
    STANDARD_IA: storage('TimedStorage-SIA-ByteHrs'),
    ONEZONE_IA: storage('TimedStorage-ZIA-ByteHrs'),
    // The Frequent Access tier: where an object lands and stays while it is being read.
    INTELLIGENT_TIERING: storage('TimedStorage-INT-FA-ByteHrs'),
    GLACIER_IR: storage('TimedStorage-GIR-ByteHrs'),
    GLACIER: storage('TimedStorage-GlacierByteHrs'),
    // Not TimedStorage-GDA-Staging (AmazonS3, $0.021: the staging charge, 21x the storage rate).
    DEEP_ARCHIVE: { service: SERVICE_DEEP_ARCHIVE, usagetype: 'TimedStorage-GDA-ByteHrs', operations: 'any' },
};
const tier4 = (classOperation) => ({
    service: SERVICE_S3,
    usagetype: 'Requests-Tier4',
    // Billing names the class's own operation; the Price List has been seen with the $0.01 SKU
    // under an empty operation (Infracost). Either is accepted; Glacier IR's is never empty.
    operations: [classOperation, ''],
});
const TRANSITION_SKUS = {
    STANDARD_IA: tier4('S3-SIATransition'),
    ONEZONE_IA: tier4('S3-ZIATransition'),
    INTELLIGENT_TIERING: tier4('S3-INTTransition'),
    GLACIER_IR: { service: SERVICE_S3, usagetype: 'Requests-Tier4', operations: ['S3-GIRTransition'] },
    // Requests-Tier3 also carries RestoreObject, which is the price of a restore, not of a transition.
    GLACIER: { service: SERVICE_S3, usagetype: 'Requests-Tier3', operations: ['S3-GlacierTransition'] },
    DEEP_ARCHIVE: { service: SERVICE_S3, usagetype: 'Requests-Tier3', operations: ['S3-GDATransition'] },
};
/** Intelligent-Tiering's lower tiers, where monitored objects go after 30 and 90 days without access. */
const IT_TIER_SKUS = {
    infrequent: storage('TimedStorage-INT-IA-ByteHrs'),
    archiveInstant: storage('TimedStorage-INT-AIA-ByteHrs'),
};
const MONITORING_SKU = { service: SERVICE_S3, usagetype: 'Monitoring-Automation-INT', operations: 'any' };
function describeQuery(q) {
    const op = q.operations === 'any' ? '' : ` operation ${q.operations.map((o) => (o === '' ? '(none)' : o)).join(' or ')}`;
    return `${q.service} ${q.usagetype}${op}`;
}

;// CONCATENATED MODULE: ./src/cost/prices/price-list-parse.ts

class PriceListParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PriceListParseError';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function range(v, what) {
    if (v === 'Inf')
        return null;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n))
        throw new PriceListParseError(`${what} is not a number: ${JSON.stringify(v)}`);
    return n;
}
/** Parses one PriceList entry. `where` names it in errors ("AmazonS3 page 2, entry 5"). */
function parseProductDocument(text, where) {
    if (typeof text !== 'string')
        throw new PriceListParseError(`${where} is not a JSON string`);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new PriceListParseError(`${where} is not valid JSON (${e.message})`);
    }
    if (!isObject(doc) || !isObject(doc.product) || !isObject(doc.product.attributes)) {
        throw new PriceListParseError(`${where} has no product.attributes`);
    }
    const attributes = {};
    for (const [k, v] of Object.entries(doc.product.attributes))
        if (typeof v === 'string')
            attributes[k] = v;
    const sku = typeof doc.product.sku === 'string' ? doc.product.sku : '?';
    const dimensions = [];
    const onDemand = isObject(doc.terms) && isObject(doc.terms.OnDemand) ? doc.terms.OnDemand : {};
    for (const term of Object.values(onDemand)) {
        if (!isObject(term) || !isObject(term.priceDimensions))
            continue;
        for (const [id, d] of Object.entries(term.priceDimensions)) {
            if (!isObject(d))
                continue;
            const at = `${where}, SKU ${sku}, dimension ${id}`;
            const usd = isObject(d.pricePerUnit) ? range(d.pricePerUnit.USD, `${at} pricePerUnit.USD`) : null;
            if (usd === null)
                throw new PriceListParseError(`${at} has no USD price`);
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
const operationOf = (p) => p.attributes.operation ?? '';
const PREFIX = /^(?:([A-Z]+[0-9]*)-)?TimedStorage-ByteHrs$/;
/** The usagetype prefix of the region, from its Standard storage SKU (spec §5, S17). */
function derivePrefix(products, region) {
    const found = new Set();
    for (const p of products) {
        const m = PREFIX.exec(p.attributes.usagetype ?? '');
        if (!m || p.serviceCode !== SERVICE_S3 || operationOf(p) !== '')
            continue;
        if (p.attributes.volumeType !== undefined && p.attributes.volumeType !== 'Standard')
            continue;
        found.add(m[1] ? `${m[1]}-` : '');
    }
    if (found.size === 0)
        throw new PriceListParseError(`no S3 Standard storage SKU (${STANDARD_STORAGE_USAGETYPE}) for ${region}`);
    if (found.size > 1)
        throw new PriceListParseError(`S3 Standard storage SKUs for ${region} disagree on the usagetype prefix: ${[...found].join(', ')}`);
    return [...found][0];
}
function matches(products, prefix, q) {
    const candidates = products.filter((p) => p.serviceCode === q.service &&
        p.attributes.usagetype === prefix + q.usagetype &&
        (q.volumeType === undefined || p.attributes.volumeType === undefined || p.attributes.volumeType === q.volumeType));
    if (q.operations === 'any')
        return candidates;
    for (const op of q.operations) {
        const hit = candidates.filter((p) => operationOf(p) === op);
        if (hit.length > 0)
            return hit;
    }
    return [];
}
/** One value for a query, or undefined; several SKUs must agree, else the response is not understood. */
function resolve(products, prefix, q, read) {
    const hits = matches(products, prefix, q);
    const values = hits.map((p) => ({ value: read(p), sku: p.sku }));
    const first = values[0];
    if (!first)
        return undefined;
    const differ = values.find((v) => JSON.stringify(v.value) !== JSON.stringify(first.value));
    if (differ) {
        throw new PriceListParseError(`${describeQuery(q)} has SKUs with different prices (${first.sku}, ${differ.sku}); the operation does not tell them apart`);
    }
    return first;
}
/** Storage bands in GB-month, sorted by beginRange and checked to cover 0..Inf without gaps. */
function storageBands(p) {
    const dims = [...p.dimensions].sort((a, b) => a.beginRange - b.beginRange);
    const bad = dims.find((d) => !/^GB-Mo$/i.test(d.unit));
    if (dims.length === 0 || bad)
        throw new PriceListParseError(`SKU ${p.sku}: expected GB-Mo storage prices, got ${bad ? JSON.stringify(bad.unit) : 'none'}`);
    dims.forEach((d, i) => {
        const expectedFrom = i === 0 ? 0 : dims[i - 1].endRange;
        if (d.beginRange !== expectedFrom)
            throw new PriceListParseError(`SKU ${p.sku}: volume bands do not join at ${expectedFrom} GB`);
    });
    if (dims.at(-1).endRange !== null)
        throw new PriceListParseError(`SKU ${p.sku}: the last volume band has an upper bound`);
    return dims.map((d) => ({ fromGb: d.beginRange, toGb: d.endRange, usdPerGbMonth: d.usd }));
}
/** The price of one unit counted from zero (beginRange 0), per request or per object. */
function unitPrice(p, unit) {
    const d = p.dimensions.find((x) => x.beginRange === 0);
    if (!d)
        throw new PriceListParseError(`SKU ${p.sku}: no price dimension starting at 0`);
    // The Price List prices requests one by one; a per-1,000 unit would be a 1,000x error if taken as is.
    if (/1,?000|\b1K\b|thousand/i.test(d.unit))
        return d.usd / 1000;
    if (!unit.test(d.unit))
        throw new PriceListParseError(`SKU ${p.sku}: unexpected unit ${JSON.stringify(d.unit)}`);
    return d.usd;
}
function extractFigures(products, region) {
    const own = products.filter((p) => p.attributes.regionCode === undefined || p.attributes.regionCode === region);
    const prefix = derivePrefix(own, region);
    const missing = [];
    const find = (q, read) => {
        const r = resolve(own, prefix, q, read);
        if (!r)
            missing.push(describeQuery(q));
        return r;
    };
    const storage = {};
    for (const [name, q] of Object.entries(STORAGE_SKUS)) {
        const r = find(q, storageBands);
        if (r)
            storage[name] = r;
    }
    const transitionPerRequest = {};
    for (const [name, q] of Object.entries(TRANSITION_SKUS)) {
        const r = find(q, (p) => unitPrice(p, /^Requests?$/i));
        if (r)
            transitionPerRequest[name] = r;
    }
    const monitoringPerObject = find(MONITORING_SKU, (p) => unitPrice(p, /^Objects?$/i));
    const tierPrice = (p) => storageBands(p)[0].usdPerGbMonth;
    const itTiers = { infrequent: find(IT_TIER_SKUS.infrequent, tierPrice), archiveInstant: find(IT_TIER_SKUS.archiveInstant, tierPrice) };
    const dates = own
        .map((p) => p.publicationDate)
        .filter((d) => d !== undefined)
        .sort();
    const date = dates.at(-1)?.slice(0, 10);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new PriceListParseError(`no publicationDate in the products for ${region}`);
    return { region, prefix, date, storage, transitionPerRequest, monitoringPerObject, itTiers, missing };
}

// EXTERNAL MODULE: ./src/net/network-codes.ts
var network_codes = __webpack_require__(546);
;// CONCATENATED MODULE: ./src/cost/prices/live-source.ts
/**
 * The live edge: reads a region's S3 products from the AWS Price List Query API. Loaded by dynamic
 * import, and it loads the SDK the same way, so nothing here is paid for unless live prices are
 * asked for. The API is served from us-east-1 whatever the bucket's region; the bucket's region is
 * a filter (spec §5).
 */




const PRICING_API_REGION = 'us-east-1';
/** Overrides the Price List endpoint (tests, proxies); the same variable serves prices:refresh. */
const ENDPOINT_ENV = 'LIFEGUARD_PRICING_ENDPOINT';
/** AmazonS3 has about 400 products per region: a page bound far above that stops a runaway NextToken. */
const MAX_PAGES = 200;
/** A blackholed network should cost seconds, not minutes, before the snapshot stands in. */
const CONNECT_TIMEOUT_MS = 5_000;
function priceListText(item) {
    // The SDK hands the JSON-string members back as strings or String objects depending on version.
    return item instanceof String ? item.toString() : item;
}
async function fetchService(sdk, client, service, opts) {
    const products = [];
    let token;
    let page = 0;
    do {
        page += 1;
        if (page > MAX_PAGES)
            throw new PriceListParseError(`${service} returned more than ${MAX_PAGES} pages`);
        const out = await client.send(new sdk.GetProductsCommand({
            ServiceCode: service,
            FormatVersion: 'aws_v1',
            Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: opts.region }],
            MaxResults: opts.pageSize ?? 100,
            NextToken: token,
        }), 
        // The run's deadline aborts a page still waiting (net/deadline.ts).
        ...((0,deadline/* runSignal */.KF)() ? [{ abortSignal: (0,deadline/* runSignal */.KF)() }] : []));
        const list = (out.PriceList ?? []);
        list.forEach((item, i) => products.push(parseProductDocument(priceListText(item), `${service} page ${page}, entry ${i + 1}`)));
        token = out.NextToken || undefined;
    } while (token);
    return products;
}
/** The client's settings: us-east-1's Price List endpoint, whatever region is being priced. */
function pricingClientConfig(opts) {
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
async function fetchProducts(opts) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(453)]).then(__webpack_require__.t.bind(__webpack_require__, 4453, 19));
    const client = new sdk.PricingClient(pricingClientConfig(opts));
    try {
        const all = [];
        for (const service of SERVICE_CODES)
            all.push(...(await fetchService(sdk, client, service, opts)));
        return all;
    }
    finally {
        client.destroy();
    }
}
async function fetchLiveFigures(opts) {
    return extractFigures(await fetchProducts(opts), opts.region);
}
/** Why live prices could not be had, in one clause a report can show. */
function describeLiveFailure(e) {
    const err = (e ?? {});
    // The SDK appends advice for programmers on further lines; a report wants the first.
    const message = (err.message ?? '').split('\n')[0].trim();
    const attempts = err.$metadata?.attempts;
    const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
    const status = err.$metadata?.httpStatusCode;
    const endpoint = process.env[ENDPOINT_ENV] || `https://api.pricing.${PRICING_API_REGION}.amazonaws.com`;
    if ((0,deadline/* deadlinePassed */.Hx)() && (err.name === 'AbortError' || err.name === 'DeadlineError' || err.name === 'TimeoutError'))
        return `stopped at ${(0,deadline/* deadlineWords */.mR)()} while waiting for the Price List API at ${endpoint}`;
    if (err.name === 'CredentialsProviderError')
        return 'no AWS credentials were found (the Price List API takes signed requests)';
    if (err.name === 'PriceListParseError')
        return `the Price List response could not be read: ${message}`;
    if (err.name === 'ThrottlingException' || status === 429 || err.$retryable?.throttling)
        return `the Price List API throttled the requests${after}`;
    if (err.name === 'AccessDeniedException' || status === 403)
        return 'access denied: the credentials need the IAM permission pricing:GetProducts';
    if (err.name === 'SyntaxError' || /Deserialization|JSON/i.test(err.message ?? ''))
        return `the Price List response is not valid JSON (${message || err.name})`;
    if (err.code && network_codes/* NETWORK_CODES */.C.has(err.code))
        return `network error reaching the Price List API (${err.code})${after}`;
    if (err.name === 'TimeoutError' || err.code === 'ECONNABORTED')
        return `the Price List API at ${endpoint} did not answer in time${after}`;
    if (status !== undefined && status >= 500)
        return `the Price List API answered HTTP ${status}${after}`;
    return `${err.name ?? 'Error'}: ${message || String(e)}${after}`;
}


/***/ })

};
