export const id = 439;
export const ids = [439];
export const modules = {

/***/ 9439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPriceCatalog: () => (/* binding */ loadPriceCatalog)
});

// UNUSED EXPORTS: UnknownRegionError, bundledCatalog, regionPriceNotices

// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
;// CONCATENATED MODULE: ./src/cost/prices/bundled.ts

class UnknownRegionError extends Error {
    constructor(region, known, where) {
        super(`No ${where} prices for region "${region}" (known: ${known.join(', ')}).`);
        this.name = 'UnknownRegionError';
    }
}
function origin(fig, from) {
    if (from !== undefined) {
        const base = { kind: 'fallback', fallbackRegion: from };
        return fig.inferred ? { ...base, note: `${from}'s figure is itself inferred: ${fig.inferred}` } : base;
    }
    return fig.inferred ? { kind: 'inferred', note: fig.inferred } : { kind: 'exact' };
}
function bands(fig) {
    const out = fig.bands.map(([fromGb, toGb, usdPerGbMonth]) => ({ fromGb, toGb, usdPerGbMonth }));
    const last = out.at(-1);
    if (last && last.toGb !== null) {
        out.push({
            fromGb: last.toGb,
            toGb: null,
            usdPerGbMonth: last.usdPerGbMonth,
            origin: {
                kind: 'inferred',
                note: `the sources publish no band above ${formatGb(last.toGb)}; the band below's price is used`,
            },
        });
    }
    return out;
}
const formatGb = (gb) => (gb % 1024 === 0 ? `${gb / 1024} TB` : `${gb} GB`);
/** Reads one figure for `region`, or the fallback region's when the region's sources lack it. */
function pick(snapshot, region, get, what) {
    const r = snapshot.regions[region];
    if (!r)
        throw new UnknownRegionError(region, Object.keys(snapshot.regions), 'bundled');
    const own = get(r);
    if (own)
        return { fig: own, from: undefined };
    const fallback = r.fallbackRegion ?? snapshot.fallbackRegion;
    const fr = snapshot.regions[fallback];
    const theirs = fr && fallback !== region ? get(fr) : undefined;
    // The snapshot test proves this cannot happen for the shipped snapshot; a refreshed one is checked on load.
    if (!theirs)
        throw new Error(`The price snapshot has no ${what} for ${region} nor for its fallback region ${fallback}.`);
    return { fig: theirs, from: fallback };
}
function regionPricesFromSnapshot(snapshot, region) {
    const storage = {};
    for (const name of storage_classes/* STORAGE_CLASS_NAMES */.Uu) {
        const { fig, from } = pick(snapshot, region, (r) => r.storage[name], `storage price for ${name}`);
        storage[name] = { value: bands(fig), origin: origin(fig, from) };
    }
    const transitionPerRequest = {};
    for (const name of storage_classes/* TRANSITION_TARGETS */.BH) {
        const { fig, from } = pick(snapshot, region, (r) => r.transitionPerRequest[name], `transition price into ${name}`);
        transitionPerRequest[name] = { value: fig.usd, origin: origin(fig, from) };
    }
    const m = pick(snapshot, region, (r) => r.itMonitoringPerObject, 'Intelligent-Tiering monitoring price');
    const ia = pick(snapshot, region, (r) => r.itInfrequentPerGb, 'Intelligent-Tiering Infrequent Access price');
    const aia = pick(snapshot, region, (r) => r.itArchiveInstantPerGb, 'Intelligent-Tiering Archive Instant Access price');
    return {
        region,
        storage,
        transitionPerRequest,
        intelligentTieringMonitoringPerObject: { value: m.fig.usd, origin: origin(m.fig, m.from) },
        intelligentTieringTiers: {
            infrequent: { value: ia.fig.usd, origin: origin(ia.fig, ia.from) },
            archiveInstant: { value: aia.fig.usd, origin: origin(aia.fig, aia.from) },
        },
    };
}

;// CONCATENATED MODULE: ./src/cost/prices/live-prices.ts


const EXACT = { kind: 'exact' };
/** The snapshot's prices for `region`, or its fallback region's, with origins saying they are borrowed. */
function bundledStandIn(snapshot, region) {
    const why = `not in the live Price List response; the bundled snapshot of ${snapshot.date} is used`;
    const known = Object.hasOwn(snapshot.regions, region);
    const base = regionPricesFromSnapshot(snapshot, known ? region : snapshot.fallbackRegion);
    const mark = (p) => {
        if (p.origin.kind !== 'exact')
            return { ...p, origin: { ...p.origin, note: `${why}; there: ${p.origin.note ?? p.origin.kind}` } };
        return { ...p, origin: { kind: 'fallback', fallbackRegion: base.region, note: why } };
    };
    const storage = {};
    for (const n of storage_classes/* STORAGE_CLASS_NAMES */.Uu)
        storage[n] = mark(base.storage[n]);
    const transitionPerRequest = {};
    for (const n of storage_classes/* TRANSITION_TARGETS */.BH) {
        const t = base.transitionPerRequest[n];
        if (t)
            transitionPerRequest[n] = mark(t);
    }
    const tiers = base.intelligentTieringTiers;
    return {
        region,
        storage,
        transitionPerRequest,
        intelligentTieringMonitoringPerObject: mark(base.intelligentTieringMonitoringPerObject),
        intelligentTieringTiers: { infrequent: mark(tiers.infrequent), archiveInstant: mark(tiers.archiveInstant) },
    };
}
function regionPricesFromLive(figures, snapshot) {
    let standIn;
    const bundled = () => (standIn ??= bundledStandIn(snapshot, figures.region));
    const storage = {};
    for (const n of storage_classes/* STORAGE_CLASS_NAMES */.Uu) {
        const live = figures.storage[n];
        storage[n] = live ? { value: live.value, origin: EXACT } : bundled().storage[n];
    }
    const transitionPerRequest = {};
    for (const n of storage_classes/* TRANSITION_TARGETS */.BH) {
        const live = figures.transitionPerRequest[n];
        const t = live ? { value: live.value, origin: EXACT } : bundled().transitionPerRequest[n];
        if (t)
            transitionPerRequest[n] = t;
    }
    const m = figures.monitoringPerObject;
    const ia = figures.itTiers.infrequent;
    const aia = figures.itTiers.archiveInstant;
    return {
        region: figures.region,
        storage,
        transitionPerRequest,
        intelligentTieringMonitoringPerObject: m ? { value: m.value, origin: EXACT } : bundled().intelligentTieringMonitoringPerObject,
        intelligentTieringTiers: {
            infrequent: ia ? { value: ia.value, origin: EXACT } : bundled().intelligentTieringTiers.infrequent,
            archiveInstant: aia ? { value: aia.value, origin: EXACT } : bundled().intelligentTieringTiers.archiveInstant,
        },
    };
}

;// CONCATENATED MODULE: ./src/cost/prices/snapshot.ts
const SNAPSHOT = {
    format: 1,
    date: "2026-02-23",
    description: "Compiled by hand from shared/spec/s3-pricing.md: the S3 pricing page (S1, S2; undated, 2025 or later), AWS offer files as read by objectfs (S3; first volume band only, late 2025 or later) and a GetProducts capture published 2026-02-23 (S11).",
    fallbackRegion: "us-east-1",
    sources: {
        S1: "aws.amazon.com/s3/pricing, region US East (N. Virginia); undated copy, 2025 or later",
        S2: "aws.amazon.com/s3/pricing, region Middle East (UAE); undated copy",
        S3: "scttfrdmn/objectfs internal/awsrates/rates_generated.go @7c70dc0e, generated from the AmazonS3 offer files of 36 regions; first volume band only",
        S11: "GetProducts capture for AmazonS3 us-east-1, publicationDate 2026-02-23 (Standard storage bands)",
    },
    regions: {
        "us-east-1": {
            sources: ["S1", "S3", "S11"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.023], [51200, 512000, 0.022], [512000, null, 0.021]], src: "S1,S11" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.023], [51200, 512000, 0.022], [512000, null, 0.021]], src: "S1", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0125]], src: "S1" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.023], [51200, 512000, 0.022], [512000, null, 0.021]], src: "S1" },
                ONEZONE_IA: { bands: [[0, null, 0.01]], src: "S1" },
                GLACIER_IR: { bands: [[0, null, 0.004]], src: "S1" },
                GLACIER: { bands: [[0, null, 0.0036]], src: "S1" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.00099]], src: "S1" },
            },
            transitionPerRequest: {
                STANDARD_IA: { usd: 0.00001, src: "S1" },
                INTELLIGENT_TIERING: { usd: 0.00001, src: "S1" },
                ONEZONE_IA: { usd: 0.00001, src: "S1" },
                GLACIER_IR: { usd: 0.00002, src: "S1" },
                GLACIER: { usd: 0.00003, src: "S1" },
                DEEP_ARCHIVE: { usd: 0.00005, src: "S1" },
            },
            itMonitoringPerObject: { usd: 0.0000025, src: "S1" },
            itInfrequentPerGb: { usd: 0.0125, src: "S1" },
            itArchiveInstantPerGb: { usd: 0.004, src: "S1" },
        },
        "us-east-2": {
            sources: [],
            storage: {},
            transitionPerRequest: {},
        },
        "us-west-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.026]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.026]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0144]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.026]], src: "S3", inferred: "S3 Standard's first band: Intelligent-Tiering Frequent Access equals it in all seven regions whose sources give both (S1, S2, S3)" },
                ONEZONE_IA: { bands: [[0, null, 0.0115]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.005]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.0045]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {},
        },
        "us-west-2": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.023]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.023]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0125]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.023]], src: "S3" },
                ONEZONE_IA: { bands: [[0, null, 0.01]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.004]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.0036]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.00099]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {
                STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER: { usd: 0.00003, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
                DEEP_ARCHIVE: { usd: 0.00005, src: "S3" },
            },
        },
        "eu-west-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.023]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.023]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0125]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.023]], src: "S3" },
                ONEZONE_IA: { bands: [[0, null, 0.01]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.004]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.0036]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.00099]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {
                STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER: { usd: 0.000033, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
                DEEP_ARCHIVE: { usd: 0.000055, src: "S3" },
            },
        },
        "eu-central-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.0245]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.0245]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0135]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.0245]], src: "S3" },
                ONEZONE_IA: { bands: [[0, null, 0.0108]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.005]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.00405]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.0018]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {},
        },
        "ap-southeast-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.025]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.025]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0138]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.025]], src: "S3" },
                ONEZONE_IA: { bands: [[0, null, 0.011]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.005]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.0045]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {
                STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
                GLACIER: { usd: 0.000036, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
                DEEP_ARCHIVE: { usd: 0.00006, src: "S3" },
            },
        },
        "ap-northeast-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.025]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.025]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0138]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.025]], src: "S3" },
                ONEZONE_IA: { bands: [[0, null, 0.011]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.005]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.0045]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {},
        },
        "sa-east-1": {
            sources: ["S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.0405]], src: "S3" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.0405]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0221]], src: "S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.0405]], src: "S3", inferred: "S3 Standard's first band: Intelligent-Tiering Frequent Access equals it in all seven regions whose sources give both (S1, S2, S3)" },
                ONEZONE_IA: { bands: [[0, null, 0.0177]], src: "S3" },
                GLACIER_IR: { bands: [[0, null, 0.0083]], src: "S3" },
                GLACIER: { bands: [[0, null, 0.00765]], src: "S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.0032]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
            },
            transitionPerRequest: {},
        },
        "me-central-1": {
            sources: ["S2", "S3"],
            storage: {
                STANDARD: { bands: [[0, 51200, 0.025], [51200, 512000, 0.024], [512000, null, 0.023]], src: "S2" },
                REDUCED_REDUNDANCY: { bands: [[0, 51200, 0.025], [51200, 512000, 0.024], [512000, null, 0.023]], src: "S2", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
                STANDARD_IA: { bands: [[0, null, 0.0138]], src: "S2,S3" },
                INTELLIGENT_TIERING: { bands: [[0, 51200, 0.025]], src: "S2" },
                ONEZONE_IA: { bands: [[0, null, 0.01104]], src: "S2,S3" },
                GLACIER_IR: { bands: [[0, null, 0.005]], src: "S2,S3" },
                GLACIER: { bands: [[0, null, 0.00405]], src: "S2,S3" },
                DEEP_ARCHIVE: { bands: [[0, null, 0.0018]], src: "S2,S3" },
            },
            transitionPerRequest: {
                STANDARD_IA: { usd: 0.00001, src: "S2" },
                INTELLIGENT_TIERING: { usd: 0.00001, src: "S2" },
                ONEZONE_IA: { usd: 0.00001, src: "S2" },
                GLACIER_IR: { usd: 0.00002, src: "S2" },
                GLACIER: { usd: 0.0000363, src: "S2" },
                DEEP_ARCHIVE: { usd: 0.0000605, src: "S2" },
            },
            itMonitoringPerObject: { usd: 0.0000025, src: "S2" },
            itInfrequentPerGb: { usd: 0.0138, src: "S2" },
            itArchiveInstantPerGb: { usd: 0.005, src: "S2" },
        },
    },
};

;// CONCATENATED MODULE: ./src/cost/prices/notices.ts

const notices_formatGb = (gb) => (gb % 1024 === 0 ? `${gb / 1024} TB` : `${gb} GB`);
/** The figures of `prices` within `scope` whose origin is not 'exact'. */
function nonExactFigures(prices, scope = {}) {
    const classes = new Set(scope.classes ?? STORAGE_CLASS_NAMES);
    const out = [];
    for (const name of STORAGE_CLASS_NAMES) {
        if (!classes.has(name))
            continue;
        const label = STORAGE_CLASSES[name].label;
        const s = prices.storage[name];
        out.push({ part: 'storage', item: label, origin: s.origin });
        if (scope.volumeBands) {
            for (const b of s.value)
                if (b.origin)
                    out.push({ part: 'band', item: `${label} storage above ${notices_formatGb(b.fromGb)}`, origin: b.origin });
        }
        const t = prices.transitionPerRequest[name];
        if (t)
            out.push({ part: 'transition', item: label, origin: t.origin });
    }
    if (scope.monitoring !== false && classes.has('INTELLIGENT_TIERING')) {
        out.push({ part: 'monitoring', item: 'Intelligent-Tiering monitoring', origin: prices.intelligentTieringMonitoringPerObject.origin });
        out.push({
            part: 'monitoring',
            item: 'Intelligent-Tiering Infrequent Access',
            origin: prices.intelligentTieringTiers.infrequent.origin,
        });
        out.push({
            part: 'monitoring',
            item: 'Intelligent-Tiering Archive Instant Access',
            origin: prices.intelligentTieringTiers.archiveInstant.origin,
        });
    }
    return out.filter((m) => m.origin.kind !== 'exact');
}
/** One sentence per (kind, fallback region, reason), listing the figures it covers. */
function regionPriceNotices(prices, scope = {}) {
    const groups = new Map();
    for (const m of nonExactFigures(prices, scope)) {
        const key = JSON.stringify([m.origin.kind, m.origin.fallbackRegion ?? '', m.origin.note ?? '']);
        const g = groups.get(key) ?? { origin: m.origin, figures: [] };
        g.figures.push(m);
        groups.set(key, g);
    }
    return [...groups.values()].map(({ origin, figures }) => `${prices.region}: ${describe(figures)}: ${verdict(prices.region, origin)}.`);
}
const PHRASE = { storage: 'storage of ', transition: 'transitions into ', band: '', monitoring: '' };
/** "storage of S3 Standard, S3 Glacier; transitions into S3 Standard-IA; Intelligent-Tiering monitoring" */
function describe(figures) {
    const parts = ['storage', 'band', 'transition', 'monitoring'].flatMap((part) => {
        const items = figures.filter((f) => f.part === part).map((f) => f.item);
        return items.length ? [PHRASE[part] + items.join(', ')] : [];
    });
    return parts.join('; ');
}
function verdict(region, origin) {
    if (origin.kind === 'fallback') {
        return `priced as in ${origin.fallbackRegion ?? 'another region'} (${origin.note ?? `not published for ${region} in the sources`})`;
    }
    return `inferred (${origin.note ?? 'no reason recorded'})`;
}

;// CONCATENATED MODULE: ./src/cost/prices/catalog.ts
/**
 * The price catalog's entry point. `bundled` reads the snapshot shipped with lifeguard; `live` asks
 * the AWS Price List API and, when it cannot (no credentials, network, throttling, an answer it
 * cannot read), falls back to the snapshot with a notice that says why. Per-figure fallbacks are
 * marked on the figures (PriceOrigin); `regionPriceNotices` turns them into sentences.
 */





function bundledCatalog(snapshot = SNAPSHOT, notices = []) {
    const cache = new Map();
    const info = {
        source: 'bundled',
        date: snapshot.date,
        description: `Bundled snapshot: ${snapshot.description}`,
        notices,
    };
    return {
        info,
        regions: () => Object.keys(snapshot.regions),
        region(region) {
            let p = cache.get(region);
            if (!p) {
                if (!Object.hasOwn(snapshot.regions, region))
                    throw unknownBundled(region, snapshot);
                p = regionPricesFromSnapshot(snapshot, region);
                cache.set(region, p);
            }
            return p;
        },
    };
}
function unknownBundled(region, snapshot) {
    const e = new UnknownRegionError(region, Object.keys(snapshot.regions), 'bundled');
    e.message += ' Use live prices (--prices live) for other regions.';
    return e;
}
function liveCatalog(figures, snapshot) {
    const prices = regionPricesFromLive(figures, snapshot);
    return {
        info: {
            source: 'live',
            date: figures.date,
            description: `AWS Price List API (GetProducts for AmazonS3 and AmazonS3GlacierDeepArchive, regionCode ${figures.region}), published ${figures.date}`,
            notices: [],
        },
        regions: () => [figures.region],
        region(region) {
            if (region !== figures.region)
                throw new UnknownRegionError(region, [figures.region], 'live');
            return prices;
        },
    };
}
async function loadPriceCatalog(opts) {
    const snapshot = opts.snapshot ?? SNAPSHOT;
    if (opts.source === 'bundled') {
        const catalog = bundledCatalog(snapshot);
        catalog.region(opts.region); // fail now, with the list of regions, rather than mid-projection
        return catalog;
    }
    let reason;
    try {
        const live = await __webpack_require__.e(/* import() */ 863).then(__webpack_require__.bind(__webpack_require__, 6863));
        try {
            return liveCatalog(await live.fetchLiveFigures({ ...opts, region: opts.region }), snapshot);
        }
        catch (e) {
            reason = live.describeLiveFailure(e);
        }
    }
    catch (e) {
        reason = `the live price source could not be loaded (${e.message})`;
    }
    if (!Object.hasOwn(snapshot.regions, opts.region)) {
        throw new Error(`Live prices for ${opts.region} are unavailable: ${reason}; and the bundled snapshot has no prices for it (bundled: ${Object.keys(snapshot.regions).join(', ')}).`);
    }
    const catalog = bundledCatalog(snapshot, [`Live prices unavailable: ${reason}. Using the bundled snapshot of ${snapshot.date} instead.`]);
    catalog.region(opts.region);
    return catalog;
}


/***/ })

};
