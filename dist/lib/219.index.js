export const id = 219;
export const ids = [219,600];
export const modules = {

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrack: () => (/* binding */ runTrack)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cost/inventory/read.ts
var read = __webpack_require__(692);
// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
// EXTERNAL MODULE: ./src/cost/track/baseline.ts
var track_baseline = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/cost/simulate/ledger.ts
var ledger = __webpack_require__(5203);
// EXTERNAL MODULE: ./src/cost/simulate/prices.ts
var simulate_prices = __webpack_require__(4588);
// EXTERNAL MODULE: ./src/cost/simulate/project.ts + 2 modules
var project = __webpack_require__(5136);
// EXTERNAL MODULE: ./src/cost/simulate/runs.ts + 3 modules
var runs = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
;// CONCATENATED MODULE: ./src/cost/track/track.ts






const zero = () => ({ objects: 0, bytes: 0, usdPerMonth: 0 });
function track(b, later, laterAsOfMs, prices) {
    const { matcher, current, proposed } = b;
    const day = (0,timing/* dayOf */.kb)(laterAsOfMs);
    const price = (0,simulate_prices/* projectionPrices */.Cd)(prices);
    // Where the proposed rules put each baseline cohort (and projected upload) on the later date.
    const projected = new Map();
    const add = (acc, key, objects, bytes) => {
        const a = acc.get(key) ?? { objects: 0, bytes: 0 };
        a.objects += objects;
        a.bytes += bytes;
        acc.set(key, a);
    };
    const configs = [current, proposed];
    for (const run of (0,runs/* cohortRuns */.E)({
        table: b.table,
        matcher,
        configs,
        asOfMs: b.asOfMs,
        endDay: day,
        growth: b.baseline.growth,
        versioned: b.table.versioned,
    })) {
        if (run.posted.startMs > laterAsOfMs)
            continue;
        let cls = run.cohort.storageClass;
        for (const e of run.events[1]) {
            if (e.day * timing/* DAY_MS */.sO > laterAsOfMs)
                break;
            if (e.kind === 'delete')
                cls = undefined;
            else if (e.kind === 'transition')
                cls = e.to;
        }
        if (cls)
            add(projected, key(run.cohort.signature, cls, !!run.cohort.projected), run.cohort.objects, run.cohort.bytes);
    }
    const baseDay = (0,timing/* dayOf */.kb)(b.asOfMs);
    const actual = new Map();
    for (const c of later.cohorts)
        add(actual, key(c.signature, c.storageClass, c.createdDay > baseDay), c.objects, c.bytes);
    const amount = (acc, pick) => {
        const out = zero();
        for (const [k, v] of acc) {
            const [sig, cls, fresh] = parseKey(k);
            if (!pick(sig, cls, fresh))
                continue;
            out.objects += v.objects;
            out.bytes += v.bytes;
            out.usdPerMonth += (0,ledger/* monthlyStorageUsd */.f$)({ objects: v.objects, bytes: v.bytes, sizeBelow: matcher.bandRange(sig % matcher.sizeBands).to }, cls, price);
        }
        return tidy(out);
    };
    const both = (pick) => ({
        projected: amount(projected, pick),
        actual: amount(actual, pick),
    });
    const groupOf = (sig) => Math.floor(sig / matcher.sizeBands);
    const byPrefix = matcher.prefixes
        .map((prefix, g) => ({
        prefix,
        ...both((sig) => groupOf(sig) === g),
        uploads: {
            actual: amount(actual, (sig, _c, fresh) => groupOf(sig) === g && fresh),
            projected: amount(projected, (sig, _c, fresh) => groupOf(sig) === g && fresh),
        },
        kept: {
            projected: amount(projected, (sig, _c, fresh) => groupOf(sig) === g && !fresh),
            actual: amount(actual, (sig, _c, fresh) => groupOf(sig) === g && !fresh),
        },
    }))
        .filter((p) => p.projected.objects || p.actual.objects);
    return {
        version: 1,
        kind: 'track',
        region: prices.region,
        baselineAsOf: new Date(b.asOfMs).toISOString(),
        asOf: new Date(laterAsOfMs).toISOString(),
        totals: both(() => true),
        byClass: storage_classes/* STORAGE_CLASS_NAMES */.Uu.map((storageClass) => ({ storageClass, ...both((_s, cls) => cls === storageClass) })).filter((x) => x.projected.objects || x.actual.objects),
        byRule: proposed.rules.map((r) => ({ rule: r.label, id: r.id ?? null, ...both((sig) => matcher.matches(sig)[1].rules.includes(r)) })),
        byPrefix,
        explanations: explain(byPrefix),
    };
}
function explain(byPrefix) {
    const out = [];
    const where = (p) => (p === '' ? 'outside every rule prefix' : `under '${p}'`);
    for (const p of byPrefix) {
        const up = {
            objects: p.uploads.actual.objects - p.uploads.projected.objects,
            bytes: p.uploads.actual.bytes - p.uploads.projected.bytes,
        };
        if (Math.round(up.objects) > 0)
            out.push(`uploads outside the projection ${where(p.prefix)}: ${fmt(up.objects, up.bytes)} more than projected`);
        else if (Math.round(up.objects) < 0)
            out.push(`fewer uploads than projected ${where(p.prefix)}: ${fmt(-up.objects, -up.bytes)} less`);
        const gone = { objects: p.kept.projected.objects - p.kept.actual.objects, bytes: p.kept.projected.bytes - p.kept.actual.bytes };
        if (Math.round(gone.objects) > 0)
            out.push(`deleted outside lifecycle ${where(p.prefix)}: ${fmt(gone.objects, gone.bytes)} of the baseline that the rules keep are gone`);
        else if (Math.round(gone.objects) < 0)
            out.push(`kept longer than projected ${where(p.prefix)}: ${fmt(-gone.objects, -gone.bytes)} of the baseline that the rules were projected to delete are still there`);
    }
    return out;
}
function fmt(objects, bytes) {
    const n = Math.round(objects);
    const gib = bytes / 2 ** 30;
    return `${n.toLocaleString('en-US')} object${n === 1 ? '' : 's'} (${gib >= 1 ? `${gib.toFixed(1)} GiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`})`;
}
function tidy(a) {
    return { objects: Math.round(a.objects * 1000) / 1000, bytes: Math.round(a.bytes), usdPerMonth: (0,project/* round */.L)(a.usdPerMonth) };
}
function key(signature, cls, fresh) {
    return `${signature}|${cls}|${fresh ? 1 : 0}`;
}
function parseKey(k) {
    const [sig, cls, fresh] = k.split('|');
    return [Number(sig), cls, fresh === '1'];
}

// EXTERNAL MODULE: ./src/cost/rules/compile.ts
var compile = __webpack_require__(0);
// EXTERNAL MODULE: ./src/pipeline/cost.ts + 1 modules
var cost = __webpack_require__(9340);
;// CONCATENATED MODULE: ./src/pipeline/track.ts
/**
 * `lifeguard cost --track` end to end: the baseline (a saved one, or recomputed from the
 * configuration and the inventory of the day the rules were merged), a later inventory read with
 * the same selectors, and the comparison. I/O here; the comparison is pure (cost/track/track.ts).
 */








async function runTrack(req) {
    let baseline;
    if (req.baseline.kind === 'file') {
        const path = req.baseline.path;
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(req.cwd, path), 'utf8');
        }
        catch (err) {
            throw new errors/* InputError */.d(`${path}: cannot be read (${err.code ?? err.message})`);
        }
        try {
            baseline = JSON.parse(text);
        }
        catch (err) {
            throw new errors/* InputError */.d(`${path}: not JSON (${err.message})`);
        }
    }
    else {
        let saved;
        await (0,cost.runCost)({ ...req.baseline.request, onBaseline: (b) => (saved = b) });
        baseline = saved;
    }
    const loaded = (0,track_baseline/* loadBaseline */.oU)(baseline, req.baseline.kind === 'file' ? req.baseline.path : 'the recomputed baseline');
    const region = req.region ?? loaded.baseline.region;
    const catalog = await req.catalog(region);
    const later = await (0,cost/* readFrom */.zP)({ path: req.inventory.path, endpoint: req.inventory.endpoint, forcePathStyle: req.inventory.forcePathStyle, region }, req.cwd, (source) => (0,read/* readInventory */.z)(source, {
        matcher: loaded.matcher,
        rankCap: (0,compile.maxNewerVersions)([loaded.current, loaded.proposed]) + 1,
        threads: req.threads,
        onProgress: (0,cost/* inventoryProgress */.ER)(req.progress),
    }));
    const asOfMs = req.asOfMs ?? later.asOfMs;
    if (asOfMs === undefined)
        throw new errors/* InputError */.d(`${req.inventory.path}: the later inventory has no date; give --as-of`);
    if (asOfMs <= loaded.asOfMs)
        throw new errors/* InputError */.d(`${req.inventory.path}: the later inventory (${new Date(asOfMs).toISOString()}) is not later than the baseline (${loaded.baseline.asOf})`);
    return track(loaded, later, asOfMs, catalog.region(region));
}


/***/ })

};
