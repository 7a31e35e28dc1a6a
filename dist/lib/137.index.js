export const id = 137;
export const ids = [137,209,658];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pv: () => (/* binding */ inSimpleOrder),
/* harmony export */   Vh: () => (/* binding */ mergeCohorts),
/* harmony export */   gT: () => (/* binding */ CLASS_INDEX),
/* harmony export */   hz: () => (/* binding */ CohortBuilder),
/* harmony export */   uw: () => (/* binding */ splitSimpleKey)
/* harmony export */ });
/* unused harmony exports simpleKey, compareCohorts */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);

const CLASS_INDEX = Object.fromEntries(_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.map((n, i) => [n, i]));
/**
 * Folds objects into cohorts. The common case (current, unlocked) is keyed by one number so the hot
 * path allocates nothing per object; other objects use a string key.
 */
class CohortBuilder {
    simple = new Map();
    other = new Map();
    rows = 0;
    skippedRows = 0;
    add(o) {
        this.rows++;
        // signature < 2^20, class < 8, overwritten < 2, 0 ≤ day < 2^17: fits well within 2^53. A day outside
        // (a hostile inventory's 1969 or 2400) would land on another cohort's key: it takes the string key.
        if (o.current && o.lockedUntilDay === 0 && o.createdDay >= 0 && o.createdDay < 131072) {
            const key = simpleKey(o.signature, o.classIndex, o.overwritten, o.createdDay);
            const c = this.simple.get(key);
            if (c) {
                c.objects++;
                c.bytes += o.size;
            }
            else
                this.simple.set(key, this.make(o, 1, o.size));
            return;
        }
        this.addCounts(o, 1, o.size);
    }
    /** Objects already counted elsewhere (a cohort table row). */
    addCounts(o, objects, bytes) {
        const key = o.current
            ? `${o.signature}|${o.classIndex}|${o.createdDay}|1|${o.overwritten ? 1 : 0}|${o.lockedUntilDay}`
            : `${o.signature}|${o.classIndex}|${o.createdDay}|0|${o.noncurrentSinceDay}|${o.newerVersions}|${o.lockedUntilDay}|${o.headSignature}|${o.headCreatedDay}`;
        const c = this.other.get(key);
        if (c) {
            c.objects += objects;
            c.bytes += bytes;
        }
        else
            this.other.set(key, this.make(o, objects, bytes));
    }
    skip() {
        this.rows++;
        this.skippedRows++;
    }
    make(o, objects, bytes) {
        const c = {
            signature: o.signature,
            storageClass: _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu[o.classIndex],
            createdDay: o.createdDay,
            current: o.current,
            objects,
            bytes,
        };
        if (!o.current) {
            c.noncurrentSinceDay = o.noncurrentSinceDay;
            c.newerVersions = o.newerVersions;
            c.headSignature = o.headSignature;
            c.headCreatedDay = o.headCreatedDay;
        }
        else if (o.overwritten)
            c.overwritten = true;
        if (o.lockedUntilDay !== 0)
            c.lockedUntilDay = o.lockedUntilDay;
        return c;
    }
    cohorts() {
        const keys = [...this.simple.keys()];
        return mergeCohorts(inSimpleOrder(keys).map((k) => this.simple.get(k)), [...this.other.values()].sort(compareCohorts));
    }
}
/** The numeric key of a current, unlocked cohort: ((signature × 8 + class) × 2 + overwritten) × 131072 + day. */
function simpleKey(signature, classIndex, overwritten, day) {
    return ((signature * 8 + classIndex) * 2 + (overwritten ? 1 : 0)) * 131072 + day;
}
/** The parts of a simple key. */
function splitSimpleKey(key) {
    const rest = Math.floor(key / 131072);
    const cls = Math.floor(rest / 2);
    return { signature: Math.floor(cls / 8), classIndex: cls % 8, overwritten: rest % 2 === 1, day: key % 131072 };
}
/**
 * Simple keys in the order compareCohorts puts their cohorts (signature, class, day, then
 * overwritten), sorted as numbers: tables run to millions of cohorts, and a comparator call per
 * comparison was a tenth of a large projection.
 */
function inSimpleOrder(keys) {
    // Floors throughout, so that the rewriting is its own exact inverse for every integer key, not
    // only for the keys the readers make (their days are 0 to 131071).
    const order = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
        const group = Math.floor(keys[i] / 131072);
        const day = keys[i] - group * 131072;
        const half = Math.floor(group / 2);
        order[i] = (half * 131072 + day) * 2 + (group - half * 2);
    }
    order.sort();
    const sorted = new Array(keys.length);
    for (let i = 0; i < order.length; i++) {
        const rest = Math.floor(order[i] / 2);
        const overwritten = order[i] - rest * 2;
        const half = Math.floor(rest / 131072);
        sorted[i] = (half * 2 + overwritten) * 131072 + (rest - half * 131072);
    }
    return sorted;
}
/** Two lists already in compareCohorts order, as one. */
function mergeCohorts(a, b) {
    if (!b.length)
        return a;
    if (!a.length)
        return b;
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = compareCohorts(a[i], b[j]) <= 0 ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}
function compareCohorts(a, b) {
    return (a.signature - b.signature ||
        CLASS_INDEX[a.storageClass] - CLASS_INDEX[b.storageClass] ||
        a.createdDay - b.createdDay ||
        Number(b.current) - Number(a.current) ||
        (a.noncurrentSinceDay ?? 0) - (b.noncurrentSinceDay ?? 0) ||
        (a.newerVersions ?? 0) - (b.newerVersions ?? 0) ||
        (a.lockedUntilDay ?? 0) - (b.lockedUntilDay ?? 0) ||
        Number(a.overwritten ?? false) - Number(b.overwritten ?? false) ||
        (a.headSignature ?? -2) - (b.headSignature ?? -2) ||
        (a.headCreatedDay ?? 0) - (b.headCreatedDay ?? 0));
}


/***/ }),

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest)
/* harmony export */ });
/* unused harmony exports csvColumns, orcColumns, parquetColumns */
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7338);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3855);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(903);
/**
 * An S3 Inventory manifest.json: the report's date, format, column schema and data files. Read with
 * positions so a bad manifest is one sentence with file:line:column.
 */



async function readManifest(path, display) {
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o)(path, display);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
    return parseManifest(read.doc);
}
function parseManifest(doc) {
    const data = doc.data;
    const fail = (pointer, message) => {
        const p = doc.locate(pointer);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${doc.file}:${p.line}:${p.column}: ${message}`);
    };
    if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(data))
        return fail('', 'an S3 Inventory manifest is a JSON object with fileFormat, fileSchema and files');
    const format = data.fileFormat;
    if (format !== 'CSV' && format !== 'Parquet' && format !== 'ORC') {
        return fail('/fileFormat', `fileFormat must be "CSV", "Parquet" or "ORC"${format === undefined ? ' and is missing' : `, not ${JSON.stringify(format)}`}`);
    }
    if (typeof data.fileSchema !== 'string' || data.fileSchema.trim() === '')
        return fail('/fileSchema', 'fileSchema must name the inventory columns');
    const columns = format === 'CSV' ? csvColumns(data.fileSchema) : format === 'ORC' ? orcColumns(data.fileSchema) : parquetColumns(data.fileSchema);
    for (const need of ['key', 'size', 'last_modified_date', 'storage_class']) {
        if (!columns.includes(need))
            fail('/fileSchema', `the inventory has no ${need} column; configure it with Size, LastModifiedDate and StorageClass`);
    }
    const created = Number(data.creationTimestamp);
    if (!Number.isFinite(created) || created <= 0)
        fail('/creationTimestamp', 'creationTimestamp must be milliseconds since 1970, as S3 writes it');
    if (!Array.isArray(data.files) || data.files.length === 0)
        return fail('/files', 'files must list the inventory data files');
    const files = data.files.map((f, i) => {
        if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(f) || typeof f.key !== 'string')
            return fail(`/files/${i}`, 'each file needs a "key"');
        return { key: f.key, size: typeof f.size === 'number' ? f.size : undefined };
    });
    return {
        file: doc.file,
        sourceBucket: typeof data.sourceBucket === 'string' ? data.sourceBucket : undefined,
        creationMs: created,
        format,
        columns,
        files,
    };
}
/** "Bucket, Key, VersionId, IsLatest, …" → ["bucket", "key", "version_id", "is_latest", …]. */
function csvColumns(schema) {
    return schema.split(',').map((c) => c
        .trim()
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase());
}
/** "struct<bucket:string,key:string,size:bigint,…>" → ["bucket", "key", "size", …]. */
function orcColumns(schema) {
    const inner = /^\s*struct\s*<(.*)>\s*$/is.exec(schema)?.[1] ?? '';
    return [...inner.matchAll(/(?:^|,)\s*(\w+)\s*:/g)].map((m) => m[1].toLowerCase());
}
/** "message s3.inventory { required binary bucket (UTF8); optional int64 size; … }" → names. */
function parquetColumns(schema) {
    return [...schema.matchAll(/(?:required|optional|repeated)\s+\w+\s+(\w+)/g)].map((m) => m[1].toLowerCase());
}


/***/ }),

/***/ 220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInventoryRecords: () => (/* binding */ readInventoryRecords)
/* harmony export */ });
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/* harmony import */ var _orc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4569);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4730);




async function readInventoryRecords(source, onRecord) {
    const manifest = await source.readManifest();
    let rows = 0;
    if (manifest.format === 'CSV') {
        const setup = { ...(0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .kernelSetup */ .dc)((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLayout */ .VG)(manifest.columns), [''], [0], 1), onRecord };
        const files = manifest.files.map((f) => {
            const file = source.file(f.key);
            return { name: file.name, stream: file.stream };
        });
        rows = (await (0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .foldCsvFiles */ .V8)(files, setup)).rows;
    }
    else {
        const sink = { add: (r) => void (rows++, onRecord(r)) };
        for (const f of manifest.files) {
            const file = source.file(f.key);
            try {
                await (manifest.format === 'ORC' ? _orc_js__WEBPACK_IMPORTED_MODULE_2__/* .foldOrc */ .E : _parquet_js__WEBPACK_IMPORTED_MODULE_3__/* .foldParquet */ .U)(await file.randomAccess(), manifest.columns, sink, file.name, true);
            }
            catch (err) {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
                    throw err;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${file.name}: cannot be read (${err.message})`);
            }
        }
    }
    return { asOfMs: manifest.creationMs, bucket: manifest.sourceBucket, rows };
}


/***/ }),

/***/ 4209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localSource: () => (/* binding */ localSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workspace_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8568);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8941);
/**
 * Where an inventory's files come from. A source hands out the manifest, and each data file as a
 * byte stream (CSV) or as random-access bytes (Parquet, ORC): the local folder here, an s3://
 * location in s3/inventory-source.ts, without touching the readers.
 */





/**
 * `path` is a manifest.json, or a folder holding one — directly, or in dated sub-folders as S3
 * delivers them (the newest by name is taken). A report inside the repository (every inventory a
 * .lifeguard.yml names is) reads only data files inside it, links followed: its manifest is data a
 * pull request may bring, and a key such as `runner/.credentials` would otherwise name a file above
 * the checkout. A report the user names outside the repository is read where it is.
 */
function localSource(path, cwd, workspace = new _workspace_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(cwd)) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${path}: no such file or folder`);
    const manifestPath = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory() ? findManifest(abs, path) : abs;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(manifestPath);
    const manifestDisplay = manifestPath === abs ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, manifestPath.slice(abs.length + 1));
    const confine = workspace.confine(manifestPath).ok ? (p) => workspace.confine(p) : undefined;
    return {
        manifestDisplay,
        manifestPath,
        readManifest: () => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifest */ .WI)(manifestPath, manifestDisplay),
        file(key) {
            // The manifest is data: a key that climbs out (../, an absolute path) names no file of the report.
            if (/^[\\/]|^[A-Za-z]:|(^|[\\/])\.\.([\\/]|$)/.test(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${manifestDisplay}: the data file key ${JSON.stringify(key.slice(0, 200))} leads outside the report's folders; not read`);
            const { found, refused } = locate(dir, key, confine);
            if (refused)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${manifestDisplay}: the data file key ${JSON.stringify(key.slice(0, 200))} names a file that ${refused}`);
            if (!found)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${key}: listed in the manifest but not found under ${dir} (looked for the key, its file name, and data/<file name>)`);
            return {
                name: found,
                path: found,
                stream: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(found, { highWaterMark: 1 << 20 }),
                randomAccess: async () => (await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 4338))).asyncBufferFromFile(found),
            };
        },
    };
}
function findManifest(dir, display) {
    const direct = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'manifest.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(direct))
        return direct;
    const candidates = [];
    const walk = (d, depth) => {
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d, { withFileTypes: true })) {
            if (e.isDirectory() && depth < 3)
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name), depth + 1);
            else if (e.isFile() && e.name === 'manifest.json')
                candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name));
        }
    };
    walk(dir, 0);
    if (!candidates.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: no manifest.json in this folder or its sub-folders; point --inventory at an S3 Inventory report`);
    // Report folders are named by their start time (YYYY-MM-DDTHH-MMZ): the newest sorts last.
    return candidates.sort((a, b) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(a)).localeCompare((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(b))) || a.localeCompare(b)).at(-1);
}
/**
 * A data file's key is its path in the destination bucket; a local copy may keep all, part or none
 * of it. The first file found is taken, unless it lies outside where `confine` allows: then the
 * reason, and nothing is read (a later candidate inside would be a different file of the same name).
 */
function locate(dir, key, confine) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(key);
    const tries = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'data', name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'files', name)];
    for (let d = dir, i = 0; i < 6; i++, d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d))
        tries.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, key));
    const found = tries.find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile());
    if (!found || !confine)
        return { found };
    const confined = confine(found);
    return confined.ok ? { found } : { refused: confined.reason };
}


/***/ }),

/***/ 5203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ Ledger),
/* harmony export */   f$: () => (/* binding */ monthlyStorageUsd)
/* harmony export */ });
/* unused harmony export billedBytes */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7084);
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4483);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4588);




const CLASSES = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.length;
/** Usage lines: one per class (GB-months), then IT Infrequent, IT Archive Instant (GB-months), IT monitoring (object-months). */
const IT_IA = CLASSES;
const IT_AIA = CLASSES + 1;
const IT_MONITORED = CLASSES + 2;
const LINES = CLASSES + 3;
const CLASS_INDEX = Object.fromEntries(_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.map((n, i) => [n, i]));
const IT_DAYS = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq.INTELLIGENT_TIERING.autoTierDays;
class Ledger {
    asOfMs;
    months;
    prices;
    access;
    /** months × LINES usage. */
    usage;
    transition;
    early;
    deleted = { objects: 0, bytes: 0 };
    byRule = new Map();
    endMs;
    constructor(asOfMs, months, prices, access = { accessedShare: 0 }) {
        this.asOfMs = asOfMs;
        this.months = months;
        this.prices = prices;
        this.access = access;
        this.usage = new Float64Array(months * LINES);
        this.transition = new Float64Array(months);
        this.early = new Float64Array(months);
        this.endMs = asOfMs + months * _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MONTH_MS */ .kW;
    }
    /** Returns whether the cohort was permanently deleted within the horizon. */
    post(c, events) {
        let cls = c.storageClass;
        let entry = c.entryDay;
        let entryMs = Math.max(c.entryDay * _model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, c.startMs);
        let from = Math.max(c.startMs, this.asOfMs);
        for (const e of events) {
            const at = e.day * _model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
            if (at >= this.endMs)
                break;
            if (e.kind === 'delete-marker') {
                this.tally(e.rule).deleteMarkers += c.objects;
                continue;
            }
            this.addStorage(c, cls, entryMs, from, at);
            const month = this.monthOf(at);
            const early = this.earlyCharge(c, cls, entry, e.day);
            this.early[month] += early;
            const t = this.tally(e.rule);
            t.earlyDeleteUsd += early;
            if (e.kind === 'delete') {
                t.deletedObjects += c.objects;
                t.deletedBytes += c.bytes;
                this.deleted.objects += c.objects;
                this.deleted.bytes += c.bytes;
                return true;
            }
            const fee = c.objects * this.prices.transition[e.to];
            this.transition[month] += fee;
            t.transitionUsd += fee;
            t.transitionedObjects += c.objects;
            cls = e.to;
            entry = e.day;
            entryMs = at;
            from = at;
        }
        this.addStorage(c, cls, entryMs, from, this.endMs);
        return false;
    }
    /** USD of storage per class in month m (Intelligent-Tiering: its tiers and monitoring). */
    storageByClass(m) {
        const u = this.usage.subarray(m * LINES, (m + 1) * LINES);
        const out = {};
        _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.forEach((name, i) => (out[name] = (0,_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .bandedUsd */ .BS)(u[i], this.prices.bands[name])));
        out.INTELLIGENT_TIERING +=
            u[IT_IA] * this.prices.itTiers.infrequent +
                u[IT_AIA] * this.prices.itTiers.archiveInstant +
                u[IT_MONITORED] * this.prices.monitoringPerObject;
        return out;
    }
    /** GB-months of a class in month m (Intelligent-Tiering: all three tiers). */
    gbMonths(m, cls) {
        const u = this.usage.subarray(m * LINES, (m + 1) * LINES);
        return u[CLASS_INDEX[cls]] + (cls === 'INTELLIGENT_TIERING' ? u[IT_IA] + u[IT_AIA] : 0);
    }
    /** Largest GB-months of one class in any month: whether volume bands above the first were used. */
    peakGbMonths(cls) {
        let max = 0;
        for (let m = 0; m < this.months; m++)
            max = Math.max(max, this.usage[m * LINES + CLASS_INDEX[cls]]);
        return max;
    }
    monthOf(ms) {
        return Math.min(this.months - 1, Math.max(0, Math.floor((ms - this.asOfMs) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MONTH_MS */ .kW)));
    }
    /** `amount` per month of presence, spread over [fromMs, toMs) on one usage line. */
    addUsage(line, amount, fromMs, toMs) {
        if (toMs <= fromMs || amount === 0)
            return;
        let m = this.monthOf(fromMs);
        while (m < this.months) {
            const ws = this.asOfMs + m * _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MONTH_MS */ .kW;
            const we = ws + _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MONTH_MS */ .kW;
            const overlap = Math.min(we, toMs) - Math.max(ws, fromMs);
            if (overlap > 0)
                this.usage[m * LINES + line] += (amount * overlap) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_MONTH */ .x4;
            if (toMs <= we)
                break;
            m++;
        }
    }
    addStorage(c, cls, entryMs, fromMs, toMs) {
        if (toMs <= fromMs)
            return;
        const f = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[cls];
        const gb = billedBytes(c, cls) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9;
        if (f.archiveOverhead) {
            this.addUsage(CLASS_INDEX[cls], gb + (c.objects * f.archiveOverhead.classBytes) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9, fromMs, toMs);
            this.addUsage(CLASS_INDEX.STANDARD, (c.objects * f.archiveOverhead.standardBytes) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9, fromMs, toMs);
            return;
        }
        if (f.autoTieringMinBytes === undefined || c.sizeBelow <= f.autoTieringMinBytes) {
            this.addUsage(CLASS_INDEX[cls], gb, fromMs, toMs);
            return;
        }
        // Monitored Intelligent-Tiering objects: the accessed share stays in Frequent Access; the rest
        // moves down after 30 and 90 days without access, counted from when they entered the class.
        this.addUsage(IT_MONITORED, c.objects, fromMs, toMs);
        const read = this.access.accessedShare;
        this.addUsage(CLASS_INDEX[cls], gb * read, fromMs, toMs);
        const idle = gb * (1 - read);
        const ia = entryMs + IT_DAYS.infrequent * _model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
        const aia = entryMs + IT_DAYS.archiveInstant * _model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
        this.addUsage(CLASS_INDEX[cls], idle, fromMs, Math.min(toMs, ia));
        this.addUsage(IT_IA, idle, Math.max(fromMs, ia), Math.min(toMs, aia));
        this.addUsage(IT_AIA, idle, Math.max(fromMs, aia), toMs);
    }
    /** Leaving a class before its minimum storage duration bills the remaining days. */
    earlyCharge(c, cls, entryDay, day) {
        const remaining = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[cls].minStorageDays - (day - entryDay);
        if (remaining <= 0)
            return 0;
        return (billedBytes(c, cls) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9) * this.prices.storage[cls] * ((remaining * 24) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_MONTH */ .x4);
    }
    tally(rule) {
        let t = this.byRule.get(rule);
        if (!t) {
            t = { transitionedObjects: 0, transitionUsd: 0, deletedObjects: 0, deletedBytes: 0, earlyDeleteUsd: 0, deleteMarkers: 0 };
            this.byRule.set(rule, t);
        }
        return t;
    }
}
/** Billed bytes in a class: the minimum billable object size applies to each object. */
function billedBytes(c, cls) {
    const min = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[cls].minBillableBytes;
    return min > 0 && c.sizeBelow <= min ? c.objects * min : c.bytes;
}
/**
 * USD per 730-hour month for objects sitting in a class, at the first volume band and
 * Intelligent-Tiering's Frequent Access tier (archive metadata and monitoring included).
 */
function monthlyStorageUsd(c, cls, prices) {
    const f = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[cls];
    const p = prices.storage;
    let usd = (billedBytes(c, cls) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9) * p[cls];
    if (f.archiveOverhead) {
        usd += ((c.objects * f.archiveOverhead.classBytes) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9) * p[cls];
        usd += ((c.objects * f.archiveOverhead.standardBytes) / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .GIB */ .j9) * p.STANDARD;
    }
    if (f.autoTieringMinBytes !== undefined && c.sizeBelow > f.autoTieringMinBytes)
        usd += c.objects * prices.monitoringPerObject;
    return usd;
}


/***/ }),

/***/ 4588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ bandedUsd),
/* harmony export */   Cd: () => (/* binding */ projectionPrices),
/* harmony export */   kA: () => (/* binding */ missingTransitionPrices)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);

/** USD for a month's usage of one class: each GB priced in the band it falls in. */
function bandedUsd(gbMonths, bands) {
    let usd = 0;
    for (const b of bands) {
        if (gbMonths <= b.fromGb)
            break;
        const top = b.toGb === null ? gbMonths : Math.min(gbMonths, b.toGb);
        usd += (top - b.fromGb) * b.usdPerGbMonth;
    }
    return usd;
}
/**
 * `used`: the classes the projection can bill (objects' classes and rule targets) and the classes
 * rules move objects into; notes are made only for those, so a report names only what it used.
 */
function projectionPrices(region, used) {
    const notes = [];
    const storage = {};
    const bands = {};
    const transition = {};
    for (const name of _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu) {
        const s = region.storage[name];
        const band = s?.value[0];
        storage[name] = band?.usdPerGbMonth ?? 0;
        bands[name] = s?.value.length ? s.value : [{ fromGb: 0, toGb: null, usdPerGbMonth: 0 }];
        const billed = !used || used.storage.has(name);
        if (!band && billed)
            notes.push(`no storage price for ${name} in ${region.region}; counted as $0`);
        else if (band && billed)
            note(notes, `storage price of ${name}`, s.origin, region.region);
        const t = region.transitionPerRequest[name];
        transition[name] = t?.value ?? 0;
        if (t && (!used || used.transition.has(name)))
            note(notes, `transition price into ${name}`, t.origin, region.region);
    }
    const m = region.intelligentTieringMonitoringPerObject;
    const tiers = region.intelligentTieringTiers;
    if (!used || used.storage.has('INTELLIGENT_TIERING')) {
        note(notes, 'Intelligent-Tiering monitoring price', m.origin, region.region);
        note(notes, 'Intelligent-Tiering Infrequent Access price', tiers.infrequent.origin, region.region);
        note(notes, 'Intelligent-Tiering Archive Instant Access price', tiers.archiveInstant.origin, region.region);
    }
    return {
        storage,
        bands,
        transition,
        monitoringPerObject: m.value,
        itTiers: { infrequent: tiers.infrequent.value, archiveInstant: tiers.archiveInstant.value },
        notes,
    };
}
function note(notes, what, origin, region) {
    if (origin.kind === 'exact')
        return;
    const from = origin.kind === 'fallback' ? `taken from ${origin.fallbackRegion ?? 'another region'}` : 'inferred';
    notes.push(`${what} in ${region} is ${from}${origin.note ? ` (${origin.note})` : ''}`);
}
/** Transition prices are looked up only for classes a rule moves objects to; say which were missing. */
function missingTransitionPrices(region, used) {
    const out = [];
    for (const c of new Set(used))
        if (!region.transitionPerRequest[c])
            out.push(`no lifecycle transition price into ${c} in ${region.region}; transitions there counted as $0`);
    return out;
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ dayOfIsoText),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   j9: () => (/* binding */ GIB),
/* harmony export */   kW: () => (/* binding */ MONTH_MS),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH)
/* harmony export */ });
/* unused harmony exports daysFromCivil, isoDay */
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4483);
/**
 * The calendar of a projection. Lifecycle works in whole UTC days (actions fire at 00:00 UTC: the
 * days and their rounding are model/timing.ts); the bill works in hours, and a month is 730 hours, as
 * in the AWS Pricing Calculator.
 */

const HOUR_MS = 3_600_000;
const HOURS_PER_MONTH = 730;
const MONTH_MS = HOURS_PER_MONTH * HOUR_MS;
/** Storage is billed in binary GB. */
const GIB = 2 ** 30;
/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without allocating a Date. */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** "YYYY-MM-DD…" to a day number; NaN when the text does not start with a date. */
function dayOfIsoText(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (!m)
        return NaN;
    return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}
function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}


/***/ }),

/***/ 6315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOrphans: () => (/* binding */ runOrphans)
});

// UNUSED EXPORTS: OrphansError

// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/cost/prices/load.ts
var load = __webpack_require__(2210);
// EXTERNAL MODULE: ./src/cost/simulate/prices.ts
var simulate_prices = __webpack_require__(4588);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/quarantine/rules.ts
var quarantine_rules = __webpack_require__(1955);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/model/s3-limits.ts
var s3_limits = __webpack_require__(328);
// EXTERNAL MODULE: ./src/quarantine/record.ts + 1 modules
var quarantine_record = __webpack_require__(1994);
// EXTERNAL MODULE: ./src/model-registry/reference.ts + 1 modules
var reference = __webpack_require__(2665);
// EXTERNAL MODULE: ./src/s3/listing.ts
var s3_listing = __webpack_require__(9134);
// EXTERNAL MODULE: ./src/s3/errors.ts
var errors = __webpack_require__(1863);
// EXTERNAL MODULE: ./src/s3/state.ts
var state = __webpack_require__(8183);
;// CONCATENATED MODULE: ./src/s3/tagging.ts



/** The tags after the change; `decide` sees the current tags and may refuse (e.g. a protect entry's tag, too many tags). */
async function changeTag(s3, ref, key, change, decide = () => undefined, 
/** Tag this version only (on a versioned bucket: the version that was checked, not a newer one). */
versionId) {
    const tags = await (0,s3_listing/* readObjectTags */.dz)(s3, ref, key, versionId);
    const refusal = decide(tags);
    if (refusal !== undefined)
        return { kind: 'refused', reason: refusal, tags };
    const next = new Map(tags);
    if ('set' in change) {
        if (tags.get(change.set[0]) === change.set[1])
            return { kind: 'unchanged', tags };
        next.set(change.set[0], change.set[1]);
    }
    else {
        if (!tags.has(change.remove))
            return { kind: 'unchanged', tags };
        next.delete(change.remove);
    }
    await writeTags(s3, ref, key, next, versionId);
    return { kind: 'set' in change ? 'tagged' : 'untagged', tags: next };
}
async function writeTags(s3, ref, key, tags, versionId) {
    const operation = tags.size ? 'PutObjectTagging' : 'DeleteObjectTagging';
    try {
        if (tags.size) {
            const TagSet = [...tags].map(([Key, Value]) => ({ Key, Value }));
            await s3.client.send(new s3.sdk.PutObjectTaggingCommand({ ...(0,state/* bucketInput */.xm)(ref), Key: key, VersionId: versionId, Tagging: { TagSet } }));
        }
        else {
            await s3.client.send(new s3.sdk.DeleteObjectTaggingCommand({ ...(0,state/* bucketInput */.xm)(ref), Key: key, VersionId: versionId }));
        }
    }
    catch (err) {
        throw (0,errors/* s3Failure */.lv)(err, operation, ref.bucket);
    }
}
async function headObject(s3, ref, key) {
    try {
        const out = await s3.client.send(new s3.sdk.HeadObjectCommand({ ...(0,state/* bucketInput */.xm)(ref), Key: key }));
        return {
            size: out.ContentLength ?? 0,
            lastModified: out.LastModified ?? new Date(0),
            storageClass: out.StorageClass ?? 'STANDARD',
            ...(out.ETag ? { eTag: out.ETag } : {}),
            ...(out.VersionId && out.VersionId !== 'null' ? { versionId: out.VersionId } : {}),
        };
    }
    catch (err) {
        const status = err.$metadata?.httpStatusCode;
        if (status === 404)
            return undefined;
        throw (0,errors/* s3Failure */.lv)(err, 'HeadObject', ref.bucket);
    }
}

;// CONCATENATED MODULE: ./src/orphans/recheck.ts
function changedSince(judged, now) {
    if (!now)
        return 'gone since it was listed';
    const diffs = [];
    if (judged.eTag !== undefined && now.eTag !== undefined && bare(judged.eTag) !== bare(now.eTag))
        diffs.push(`ETag ${bare(judged.eTag)} → ${bare(now.eTag)}`);
    if (judged.size !== now.size)
        diffs.push(`size ${judged.size} → ${now.size} bytes`);
    if (seconds(judged.lastModified) !== seconds(now.lastModified))
        diffs.push(`LastModified ${iso(judged.lastModified)} → ${iso(now.lastModified)}`);
    return diffs.length
        ? `changed since it was listed (${diffs.join(', ')}), so the registry's decision may be about another object`
        : undefined;
}
function bare(eTag) {
    return eTag.replace(/^W\//, '').replace(/^"|"$/g, '');
}
function seconds(d) {
    return Math.floor(d.getTime() / 1000);
}
function iso(d) {
    return d.toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan = __webpack_require__(233);
// EXTERNAL MODULE: ./src/orphans/limits.ts
var limits = __webpack_require__(59);
;// CONCATENATED MODULE: ./src/orphans/actions.ts
/**
 * The only writes `lifeguard orphans` makes to a bucket: adding the quarantine tag to orphans and
 * removing it from objects the registry references again, each keeping the object's other tags.
 * Every object is decided on its own tags at the moment it is tagged: an object a protect entry's
 * tags cover is never tagged. Failures are collected per object; nothing is deleted here.
 */









async function tagOrphans(s3, ref, orphans, call) {
    const out = { tagged: [], skipped: [], failed: [] };
    await eachLimited(orphans, call.concurrency ?? limits/* TAG_CONCURRENCY */.j, async (o) => {
        try {
            // Read again: an object rewritten (or gone) since the listing is not the one that was judged.
            const now = await headObject(s3, ref, o.key);
            const changed = changedSince(o, now);
            if (changed || !now)
                return void out.skipped.push({ key: o.key, reason: changed ?? 'gone' });
            if (call.olderThanMs !== undefined && now.lastModified.getTime() > call.olderThanMs)
                return void out.skipped.push({ key: o.key, reason: `younger than the minimum age (${now.lastModified.toISOString()})` });
            const object = { ...o, storageClass: now.storageClass, ...(now.versionId ? { versionId: now.versionId } : {}) };
            // On a versioned bucket only the version that was checked is tagged, never a newer upload.
            // An object that already carries this batch's tag (a run interrupted before it was journaled) is not written again.
            const change = await changeTag(s3, ref, o.key, { set: [quarantine_record/* QUARANTINE_TAG */.QQ, call.day] }, (tags) => refusal(o.key, tags, call.protect), now.versionId);
            if (change.kind === 'refused')
                return void out.skipped.push({ key: o.key, reason: change.reason });
            await call.onTagged?.(object);
            out.tagged.push(object);
        }
        catch (err) {
            out.failed.push({ key: o.key, reason: (0,plan/* failureText */.kY)(err) });
        }
    });
    out.tagged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return out;
}
function refusal(key, tags, protect) {
    const by = protect.find((r) => (0,reference/* referencesObject */.mw)(r, key, tags));
    if (by)
        return `${by.protectedBy ?? by.written} covers it (by its tags)`;
    if (!tags.has(quarantine_record/* QUARANTINE_TAG */.QQ) && tags.size >= s3_limits/* MAX_TAGS_PER_OBJECT */.Bf)
        return `it carries ${s3_limits/* MAX_TAGS_PER_OBJECT */.Bf} tags already, the most S3 allows, so ${quarantine_record/* QUARANTINE_TAG */.QQ} cannot be added`;
    return undefined;
}
async function untag(s3, ref, keys) {
    const released = [];
    const failed = [];
    await eachLimited(keys, limits/* TAG_CONCURRENCY */.j, async (key) => {
        try {
            await changeTag(s3, ref, key, { remove: quarantine_record/* QUARANTINE_TAG */.QQ });
            released.push(key);
        }
        catch (err) {
            failed.push({ key, reason: (0,plan/* failureText */.kY)(err) });
        }
    });
    return { released: released.sort(), failed };
}
/**
 * Orphans under a tag-deciding protect entry, split by their tags (read now). An object whose tags
 * cannot be read is left out of the orphans: unknown tags might be protected ones.
 */
async function splitByProtectTags(s3, ref, orphans, protect) {
    const protectedObjects = [];
    const failed = [];
    const candidates = orphans.filter((o) => protect.some((r) => (0,reference/* referencesObject */.mw)(r, o.key)));
    await eachLimited(candidates, limits/* TAG_CONCURRENCY */.j, async (o) => {
        try {
            const tags = await (0,s3_listing/* readObjectTags */.dz)(s3, ref, o.key);
            if (protect.some((r) => (0,reference/* referencesObject */.mw)(r, o.key, tags)))
                protectedObjects.push(o);
        }
        catch (err) {
            failed.push({ key: o.key, reason: (0,plan/* failureText */.kY)(err) });
        }
    });
    const out = new Set([...protectedObjects.map((o) => o.key), ...failed.map((f) => f.key)]);
    return { kept: orphans.filter((o) => !out.has(o.key)), protectedObjects, failed };
}
/** At most `limit` items in flight at once: bounded memory and requests, whatever the count. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}

;// CONCATENATED MODULE: ./src/orphans/prefixes.ts
function artifactPrefixes(target, registry) {
    if (target.artifactPrefixes?.length)
        return { prefixes: outermost(target.artifactPrefixes), derived: false };
    const tops = registry.map((r) => r.path.slice(0, r.path.indexOf('/') + 1)).filter((p) => p !== '');
    if (!tops.length) {
        return {
            error: `target ${target.name} names no artifactPrefixes and the registry's entries lie in no folder; set artifactPrefixes in .lifeguard.yml to say where its artifacts live`,
        };
    }
    return { prefixes: outermost(tops), derived: true };
}
/** Sorted, without duplicates and without prefixes another one already covers. */
function outermost(prefixes) {
    const sorted = [...new Set(prefixes)].sort();
    return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}
/** The artifact prefix a key lies under, if any. */
function prefixFor(prefixes, key) {
    return prefixes.find((p) => key.startsWith(p));
}

// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
;// CONCATENATED MODULE: ./src/orphans/classify.ts



function classify(objects, input) {
    const out = {
        scanned: tally(),
        referenced: tally(),
        protected: tally(),
        young: tally(),
        quarantined: tally(),
        releasable: [],
        orphans: [],
        tagProtect: [],
    };
    const batchOf = new Map();
    for (const b of input.record?.batches ?? [])
        for (const o of b.objects)
            batchOf.set(o.key, b.tag);
    const registryOf = (0,reference/* referenceIndex */.uP)(input.registry);
    const protectOf = (0,reference/* referenceIndex */.uP)(input.protect.filter((r) => !r.tags?.length));
    const byTags = input.protect.filter((r) => r.tags?.length);
    const tagProtect = new Set();
    const cutoff = input.now.getTime() - input.minAgeDays * timing/* DAY_MS */.sO;
    for (const o of objects) {
        if (prefixFor(input.prefixes, o.key) === undefined)
            continue;
        add(out.scanned, o);
        const by = registryOf(o.key) ?? protectOf(o.key);
        const batch = batchOf.get(o.key);
        if (by) {
            add(by.protectedBy ? out.protected : out.referenced, o);
            if (batch !== undefined)
                out.releasable.push({ object: o, batch, by });
            continue;
        }
        if (batch !== undefined) {
            add(out.quarantined, o);
            continue;
        }
        if (o.lastModified.getTime() > cutoff) {
            add(out.young, o);
            continue;
        }
        for (const r of byTags)
            if ((0,reference/* referencesKey */.qX)(r, o.key))
                tagProtect.add(r);
        out.orphans.push(o);
    }
    out.tagProtect = [...tagProtect];
    // Inventories come in no useful order; reports and batches list keys sorted.
    out.orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return out;
}
function tally() {
    return { objects: 0, bytes: 0 };
}
function add(t, o) {
    t.objects++;
    t.bytes += o.size;
}

// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var inventory_errors = __webpack_require__(903);
// EXTERNAL MODULE: ./src/cost/inventory/records.ts
var records = __webpack_require__(220);
// EXTERNAL MODULE: ./src/cost/inventory/source.ts
var inventory_source = __webpack_require__(4209);
;// CONCATENATED MODULE: ./src/orphans/objects.ts
/**
 * The objects under the artifact prefixes, from a live listing (ListObjectsV2 per prefix: current
 * versions, as tagging acts on them) or from an S3 Inventory report (read object by object with the
 * cost module's readers; noncurrent versions and delete markers left out).
 */





async function listObjects(s3, ref, prefixes) {
    const objects = [];
    for (const prefix of prefixes) {
        const listing = await (0,s3_listing/* listBucket */.bq)(s3, ref, { limit: Number.POSITIVE_INFINITY, prefix });
        for (const o of listing.objects)
            objects.push({
                key: o.key,
                size: o.size,
                lastModified: o.lastModified,
                storageClass: o.storageClass,
                ...(o.eTag ? { eTag: o.eTag } : {}),
            });
    }
    return { objects };
}
async function inventoryObjects(path, cwd, bucket, prefixes) {
    const objects = [];
    const source = (0,inventory_source.localSource)(path, cwd);
    const read = await (0,records.readInventoryRecords)(source, (r) => {
        if (r.isDeleteMarker || r.isLatest === false || prefixFor(prefixes, r.key) === undefined)
            return;
        objects.push({
            key: r.key,
            size: r.size,
            lastModified: new Date(r.lastModifiedMs),
            storageClass: r.storageClass,
            ...(r.eTag ? { eTag: r.eTag } : {}),
        });
    });
    if (read.bucket !== undefined && read.bucket !== bucket) {
        throw new inventory_errors/* InputError */.d(`${source.manifestDisplay}: the inventory is of bucket ${read.bucket}, not ${bucket}`);
    }
    return { objects, asOf: new Date(read.asOfMs).toISOString() };
}

;// CONCATENATED MODULE: ./src/orphans/report.ts
/** Keys shown in a report's sample of orphans. */
const SAMPLE_KEYS = 20;

// EXTERNAL MODULE: ./src/cost/simulate/ledger.ts
var ledger = __webpack_require__(5203);
;// CONCATENATED MODULE: ./src/orphans/summary.ts



/** Prefixes shown in a report; the JSON has the same list. */
const TOP_PREFIXES = 10;
function summarize(orphans, prefixes, prices) {
    const byClass = new Map();
    const byPrefix = new Map();
    let unpriced = 0;
    let total = 0;
    let bytes = 0;
    for (const o of orphans) {
        const usd = prices && (0,storage_classes/* isStorageClass */.wk)(o.storageClass)
            ? (0,ledger/* monthlyStorageUsd */.f$)({ objects: 1, bytes: o.size, sizeBelow: o.size + 1 }, o.storageClass, prices)
            : 0;
        if (!prices || !(0,storage_classes/* isStorageClass */.wk)(o.storageClass))
            unpriced++;
        total += usd;
        bytes += o.size;
        bump(byClass, o.storageClass, { objects: 0, bytes: 0, monthlyUsd: 0 }, o.size, usd);
        const group = groupOf(prefixes, o.key);
        bump(byPrefix, group, { prefix: group, objects: 0, bytes: 0, monthlyUsd: 0 }, o.size, usd);
    }
    return {
        objects: orphans.length,
        bytes,
        monthlyUsd: total,
        byClass: [...byClass]
            .map(([storageClass, t]) => ({ storageClass, ...t }))
            .sort((a, b) => b.bytes - a.bytes || a.storageClass.localeCompare(b.storageClass)),
        topPrefixes: [...byPrefix.values()].sort((a, b) => b.bytes - a.bytes || a.prefix.localeCompare(b.prefix)).slice(0, TOP_PREFIXES),
        unpriced,
    };
}
/** The artifact prefix plus one more folder: `models/` + `models/fraud/v3/a.pt` → `models/fraud/`. */
function groupOf(prefixes, key) {
    const p = prefixFor(prefixes, key) ?? '';
    const next = key.indexOf('/', p.length);
    return next < 0 ? p : key.slice(0, next + 1);
}
function bump(m, k, fresh, size, usd) {
    let t = m.get(k);
    if (!t)
        m.set(k, (t = fresh));
    t.objects++;
    t.bytes += size;
    t.monthlyUsd += usd;
}

;// CONCATENATED MODULE: ./src/orphans/batches.ts


function batchStatuses(record, scanned, scannedPrefixes, referencedAgain) {
    if (!record)
        return [];
    const rules = (0,quarantine_rules/* quarantineRules */.MD)(record);
    const present = new Set(scanned.map((o) => o.key));
    return record.batches.map((b, i) => {
        const seen = b.prefixes.every((p) => prefixFor(scannedPrefixes, p) !== undefined);
        return {
            tag: b.tag,
            expireOn: b.expireOn,
            rules: rules.filter((r) => r.batch === i).map((r) => r.rule.ID),
            objects: b.objects.length,
            bytes: b.bytes ?? b.objects.reduce((s, o) => s + o.size, 0),
            ...(seen ? { present: b.objects.filter((o) => present.has(o.key)).length } : {}),
            referencedAgain: b.objects.filter((o) => referencedAgain.has(o.key)).length,
        };
    });
}

// EXTERNAL MODULE: ./src/plan/source.ts + 2 modules
var plan_source = __webpack_require__(3253);
// EXTERNAL MODULE: ./src/quarantine/manifest.ts
var manifest = __webpack_require__(3135);
;// CONCATENATED MODULE: ./src/quarantine/edit.ts
/**
 * Changes to a quarantine record, pure: a day's tagged objects join that day's batch (one tag value,
 * one batch), released objects leave theirs. The expiry day is the tagging time plus N days,
 * rounded up to the next 00:00 UTC (S3's own rounding for Days), so every object gets at least N
 * full days between tagging and deletion. A batch written here keeps its keys in a manifest file
 * (manifest.ts); an older inline batch that grows moves its keys there too.
 */


function dayOf(t) {
    return t.toISOString().slice(0, 10);
}
function expireOnFor(taggedAt, days) {
    return dayOf(new Date((0,timing/* dueTimeAfter */.Q)(taggedAt.getTime(), days)));
}
function addBatch(record, target, batch) {
    const out = record ? structuredClone(record) : { target: target.name, bucket: target.bucket, batches: [] };
    if (!batch.objects.length)
        return out;
    let b = out.batches.find((x) => x.tag === batch.tag);
    if (!b) {
        b = { tag: batch.tag, expireOn: batch.expireOn, minAgeDays: batch.minAgeDays, prefixes: [], objects: [] };
        out.batches.push(b);
        out.batches.sort((x, y) => x.tag.localeCompare(y.tag));
    }
    // Objects already in the batch keep its day; a later run that asks for more time gets it for all.
    if (batch.expireOn > b.expireOn)
        b.expireOn = batch.expireOn;
    const used = batch.prefixes.filter((p) => batch.objects.some((o) => o.key.startsWith(p)));
    for (const p of used)
        if (!b.prefixes.includes(p))
            b.prefixes.push(p);
    let bytes = b.manifest !== undefined ? (b.bytes ?? 0) : b.objects.reduce((n, o) => n + o.size, 0);
    const have = new Set(b.objects.map((o) => o.key));
    for (const o of batch.objects) {
        if (have.has(o.key))
            continue;
        b.objects.push(o);
        bytes += o.size;
    }
    b.objects.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    Object.assign(b, { manifest: b.manifest ?? (0,manifest/* manifestName */.vS)(target.name, b.tag), count: b.objects.length, bytes });
    return out;
}
/** Takes the keys out of their batches and notes them as released on `on`; `sizes` (from the listing) corrects a manifest batch's bytes. */
function releaseKeys(record, keys, on, sizes = new Map()) {
    const out = structuredClone(record);
    for (const b of out.batches) {
        const leaving = b.objects.filter((o) => keys.has(o.key));
        if (!leaving.length)
            continue;
        b.objects = b.objects.filter((o) => !keys.has(o.key));
        b.released = [...(b.released ?? []), ...leaving.map((o) => ({ key: o.key, on }))];
        if (b.manifest !== undefined) {
            b.count = b.objects.length;
            b.bytes = Math.max(0, (b.bytes ?? 0) - leaving.reduce((n, o) => n + (sizes.get(o.key) ?? o.size), 0));
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/quarantine/journal.ts
/**
 * The tagging journal of a quarantine in progress: beside the quarantine file, one JSON line for the
 * batch (day, expiry, target, bucket), then one line per object as soon as it is tagged. A sweep of
 * millions of objects takes hours; when it is interrupted, the next `--quarantine` finds the journal,
 * continues the same batch (same tag value, whatever the day), and does not touch again what the
 * journal lists. An object tagged but not yet journaled (the process died between the two) is read
 * again before tagging and found to carry the tag already, so it is not written twice either. The
 * journal is removed once the batch is recorded; it is never committed.
 */




/** `.lifeguard/quarantine/arts.json` → `.lifeguard/quarantine/arts.tagging.jsonl`. */
function journalPath(quarantineFile) {
    return quarantineFile.replace(/\.json$/i, '') + '.tagging.jsonl';
}
async function readJournal(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    let header;
    const tagged = new Map();
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            // A line cut by a crash: that object is read again before it is tagged.
            continue;
        }
        if (!header) {
            header = v;
            continue;
        }
        const e = v;
        if (typeof e.k === 'string')
            tagged.set(e.k, { key: e.k, ...(typeof e.v === 'string' ? { versionId: e.v } : {}) });
    }
    return header && typeof header.tag === 'string' ? { header, tagged } : undefined;
}
/** Appends tagged objects, one line each, in the order they were tagged; writes are queued, never interleaved. */
class Journal {
    path;
    handle;
    queue = Promise.resolve();
    constructor(path, handle) {
        this.path = path;
        this.handle = handle;
    }
    /** Opens the journal for appending; writes the header when it is new. */
    static async open(path, header) {
        const fresh = !(0,external_node_fs_.existsSync)(path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const handle = await (0,promises_.open)(path, 'a');
        const journal = new Journal(path, handle);
        if (fresh)
            await handle.write(JSON.stringify(header) + '\n');
        return journal;
    }
    tagged(entry) {
        const line = JSON.stringify({ k: entry.key, ...(entry.versionId ? { v: entry.versionId } : {}) }) + '\n';
        this.queue = this.queue.then(() => this.handle.write(line).then(() => undefined));
        return this.queue;
    }
    async close() {
        await this.queue;
        await this.handle.close();
    }
}
/** The batch is recorded: the journal has done its job. */
async function removeJournal(path) {
    await (0,promises_.rm)(path, { force: true });
}

;// CONCATENATED MODULE: ./src/pipeline/orphans-quarantine.ts
/**
 * `lifeguard orphans --quarantine` at bucket scale: tag the orphans with bounded concurrency,
 * journal each one as it is tagged, and record the batch (its key list in a manifest file, the
 * quarantine file updated last, both written whole or not at all). An interrupted run leaves the
 * journal; the next run continues the same batch: what the journal lists is not tagged again, what
 * the registry references by now is untagged rather than recorded, and everything else is read
 * again before it is tagged (ADR 0143).
 */







async function quarantineOrphans(r) {
    const out = { record: r.record, tagged: 0, resumed: 0, untagged: [], skipped: [], failed: [] };
    const recorded = new Set((r.record?.batches ?? []).flatMap((b) => b.objects.map((o) => o.key)));
    const orphanKeys = new Set(r.orphans.map((o) => o.key));
    const earlier = [];
    const stale = [];
    for (const [key, entry] of r.journal.tagged) {
        if (recorded.has(key))
            continue;
        if (orphanKeys.has(key))
            continue;
        // Tagged by the interrupted run, no longer an orphan and still there: referenced or protected since.
        if (r.present.has(key))
            stale.push(entry.key);
    }
    for (const o of r.orphans) {
        const entry = r.journal.tagged.get(o.key);
        if (entry)
            earlier.push({ ...o, ...(entry.versionId ? { versionId: entry.versionId } : {}) });
    }
    const toTag = r.orphans.filter((o) => !r.journal.tagged.has(o.key));
    const journal = await Journal.open(r.journal.path, r.journal.header);
    let done;
    try {
        if (stale.length) {
            const released = await untag(r.s3, r.ref, stale);
            out.untagged = released.released;
            out.failed.push(...released.failed.map((f) => ({
                key: f.key,
                reason: `tagged by the interrupted run and referenced since, but the tag could not be removed: ${f.reason}`,
            })));
        }
        done = await tagOrphans(r.s3, r.ref, toTag, {
            day: r.batch.tag,
            protect: r.protect,
            olderThanMs: r.olderThanMs,
            concurrency: r.concurrency,
            onTagged: (o) => journal.tagged({ key: o.key, ...(o.versionId ? { versionId: o.versionId } : {}) }),
        });
    }
    finally {
        await journal.close();
    }
    out.skipped = done.skipped;
    out.failed.push(...done.failed);
    const objects = [...earlier, ...done.tagged].map(recordedObject);
    out.tagged = objects.length;
    out.resumed = earlier.length;
    if (objects.length) {
        out.record = addBatch(r.record, r.target, { ...r.batch, objects });
        await writeRecord(r.quarantine, out.record, r.target.bucket, new Set([r.batch.tag]));
    }
    // Recorded (or nothing to record): the journal has done its job.
    await removeJournal(r.journal.path);
    return out;
}
/** `--release` on the record: the keys leave their batches, whose manifests are written again. */
async function releaseFromRecord(quarantine, record, keys, day, sizes, bucket) {
    const touched = new Set(record.batches.filter((b) => b.objects.some((o) => keys.has(o.key))).map((b) => b.tag));
    const next = releaseKeys(record, keys, day, sizes);
    await writeRecord(quarantine, next, bucket, touched);
    return next;
}
/** The manifests of the touched batches first, then the quarantine file: each replaced whole. */
async function writeRecord(quarantine, record, bucket, touched) {
    for (const b of record.batches) {
        if (b.manifest === undefined || !touched.has(b.tag))
            continue;
        const path = (0,manifest/* manifestPath */.ji)(quarantine.path, b.manifest);
        if (!path)
            throw new Error(`the manifest ${b.manifest} of batch ${b.tag} is outside the quarantine file's folder`);
        await (0,manifest/* writeManifest */.HN)(path, bucket, b.objects);
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(quarantine.path), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(quarantine.path), `.${Date.now()}-${process.pid}.json.tmp`);
    await (0,promises_.writeFile)(temp, (0,quarantine_record/* renderQuarantine */.JK)(record));
    await (0,promises_.rename)(temp, quarantine.path);
}
function recordedObject(x) {
    return {
        key: x.key,
        size: x.size,
        lastModified: x.lastModified.toISOString(),
        storageClass: x.storageClass,
        ...(x.versionId ? { versionId: x.versionId } : {}),
    };
}

// EXTERNAL MODULE: ./src/findings/resolve.ts + 1 modules
var resolve = __webpack_require__(490);
// EXTERNAL MODULE: ./src/s3/client.ts
var client = __webpack_require__(511);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var pipeline_plan = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/plan/protection.ts + 1 modules
var protection = __webpack_require__(147);
;// CONCATENATED MODULE: ./src/pipeline/orphans.ts
/**
 * `lifeguard orphans` for one target: the registry's references (and the policy's protect
 * entries), the objects under the artifact prefixes, which of them are orphans, what they cost;
 * then, when asked, the quarantine (tag, record the batch) and the release (untag what is
 * referenced again). The quarantine file is the only file written; deletion happens later, through
 * the lifecycle rules plan shows and apply writes (ADR 0100).
 */























/** A target that cannot be swept at all: one sentence, and the findings that say why. */
class OrphansError extends Error {
    diagnostics;
    name = 'OrphansError';
    constructor(message, diagnostics = []) {
        super(message);
        this.diagnostics = diagnostics;
    }
}
/** Findings of the source that concern the sweep (quarantined objects referenced again are re-derived at the end). */
const OWN_FINDINGS = new Set(['registry-entry', 'quarantine-file', 'parse-error']);
async function runOrphans(config, o) {
    const { target } = (0,pipeline_plan/* selectTargets */.Dv)(config, [o.target])[0];
    if (!target.registry)
        throw new OrphansError(`target ${target.name} names no registry manifest; orphans are the objects a registry does not reference (set registry: in .lifeguard.yml)`);
    const source = await (0,plan_source/* proposedConfiguration */.VJ)(target, config);
    const docs = new Map(o.configDoc ? [[o.configDoc.file, o.configDoc]] : []);
    if (!source.ok) {
        for (const d of source.documents)
            docs.set(d.file, d);
        throw new OrphansError(`target ${target.name}: ${source.message}`, (0,resolve/* resolveFindings */.zp)(source.findings, docs));
    }
    const proposed = source.proposed;
    for (const d of proposed.documents)
        docs.set(d.file, d);
    const diagnostics = (0,resolve/* resolveFindings */.zp)(proposed.findings.filter((f) => OWN_FINDINGS.has(f.ruleId) && !(f.file === proposed.file && f.ruleId === 'parse-error')), docs);
    const registry = proposed.references?.registry ?? [];
    const protect = proposed.references?.protect ?? [];
    const prefixes = artifactPrefixes(target, registry);
    if ('error' in prefixes)
        throw new OrphansError(prefixes.error, diagnostics);
    const quarantine = await (0,quarantine_record/* loadQuarantine */.Jo)(target, config);
    let s3;
    const bucket = async () => (s3 ??= await (0,client.openS3)(target, o.env));
    try {
        return await sweep({ target, o, docs, diagnostics, registry, protect, prefixes, quarantine, rules: config.rules, bucket });
    }
    finally {
        s3?.client.destroy();
    }
}
/** Objects, classification, cost; then release and quarantine when asked; the report. */
async function sweep({ target, o, docs, diagnostics, registry, protect, prefixes, quarantine, rules, bucket, }) {
    let record = quarantine.record;
    const ref = {
        bucket: target.bucket,
        ...(target.expectedBucketOwner ? { expectedBucketOwner: target.expectedBucketOwner } : {}),
    };
    const gathered = o.inventory
        ? await inventoryObjects(o.inventory, o.cwd, target.bucket, prefixes.prefixes)
        : await listObjects(await bucket(), ref, prefixes.prefixes);
    const c = classify(gathered.objects, { prefixes: prefixes.prefixes, registry, protect, record, minAgeDays: o.minAgeDays, now: o.now });
    const notices = [];
    const failed = [];
    let orphans = c.orphans;
    if (c.tagProtect.length && orphans.length) {
        const split = await splitByProtectTags(await bucket(), ref, orphans, c.tagProtect);
        orphans = split.kept;
        for (const p of split.protectedObjects)
            add(c.protected, p);
        for (const f of split.failed)
            failed.push({ key: f.key, reason: `tags not readable, so left alone: ${f.reason}` });
    }
    const region = o.region ?? target.region ?? (o.env.AWS_REGION || o.env.AWS_DEFAULT_REGION || undefined);
    if (!region)
        notices.push(`target ${target.name} names no region; prices are ${client/* ENDPOINT_FALLBACK_REGION */.aE}'s`);
    const catalog = await (0,load.loadPriceCatalog)(o.prices, region ?? client/* ENDPOINT_FALLBACK_REGION */.aE);
    const regionPrices = catalog.region(region ?? client/* ENDPOINT_FALLBACK_REGION */.aE);
    const prices = (0,simulate_prices/* projectionPrices */.Cd)(regionPrices, {
        storage: new Set(orphans.map((x) => x.storageClass).filter(isClass)),
        transition: new Set(),
    });
    const summary = summarize(orphans, prefixes.prefixes, prices);
    const pending = await readJournal(journalPath(quarantine.path));
    if (pending && (pending.header.target !== target.name || pending.header.bucket !== target.bucket)) {
        throw new OrphansError(`${journalPath(quarantine.file)} is the tagging journal of target ${pending.header.target} (bucket ${pending.header.bucket}), not ${target.name}; finish that sweep or remove the file`);
    }
    // An interrupted quarantine is continued: same batch, same tag value, whatever the day.
    const day = pending?.header.tag ?? dayOf(o.now);
    const action = {
        mode: o.quarantine && o.release ? 'quarantine+release' : o.quarantine ? 'quarantine' : o.release ? 'release' : 'dry-run',
        tagged: 0,
        released: 0,
        skipped: [],
        failed,
    };
    const blocking = diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'registry-protection');
    const released = new Set();
    if (pending && !o.quarantine)
        notices.push(`a quarantine of batch ${pending.header.tag} (started ${pending.header.startedAt}) was interrupted after ${pending.tagged.size.toLocaleString('en-US')} objects were tagged; run --quarantine to finish it`);
    if (o.release && c.releasable.length) {
        if (quarantine.findings.some((f) => f.severity === 'error'))
            action.refused = `${quarantine.file} has errors; fix it before releasing`;
        else {
            const done = await untag(await bucket(), ref, c.releasable.map((r) => r.object.key));
            action.released = done.released.length;
            for (const k of done.released)
                released.add(k);
            (0,protection/* append */.BC)(failed, done.failed);
            if (record && done.released.length) {
                record = await releaseFromRecord(quarantine, record, released, dayOf(o.now), new Map(c.releasable.map((r) => [r.object.key, r.object.size])), target.bucket);
                action.quarantineFile = quarantine.file;
            }
        }
    }
    // Why --quarantine would tag nothing; said in a dry run too, so the first run already knows.
    const fresh = expireOnFor(o.now, o.expireAfterDays ?? target.quarantine?.expireAfterDays ?? quarantine_record/* DEFAULT_QUARANTINE_DAYS */.rA);
    const expireOn = pending && pending.header.expireOn > fresh ? pending.header.expireOn : fresh;
    const refusal = blocking.length
        ? `the registry manifest or the quarantine file has ${blocking.length} error finding${blocking.length === 1 ? '' : 's'}; a registry lifeguard cannot read fully must not decide what is unreferenced`
        : registry.length === 0
            ? 'the registry references nothing; refusing to quarantine every object under the artifact prefixes'
            : undefined;
    if (refusal && !o.quarantine && orphans.length)
        action.wouldRefuse = refusal;
    if (o.quarantine && refusal)
        action.refused = refusal;
    else if (o.quarantine && (orphans.length || pending)) {
        const done = await quarantineOrphans({
            s3: await bucket(),
            ref,
            target,
            quarantine,
            record,
            orphans,
            present: new Set(gathered.objects.map((x) => x.key)),
            batch: { tag: day, expireOn, minAgeDays: o.minAgeDays, prefixes: prefixes.prefixes },
            protect: protect.filter((r) => r.tags?.length),
            olderThanMs: o.now.getTime() - o.minAgeDays * timing/* DAY_MS */.sO,
            concurrency: o.concurrency ?? limits/* TAG_CONCURRENCY */.j,
            journal: {
                path: journalPath(quarantine.path),
                header: pending?.header ?? { target: target.name, bucket: target.bucket, tag: day, expireOn, startedAt: o.now.toISOString() },
                tagged: pending?.tagged ?? new Map(),
            },
        });
        Object.assign(action, { tagged: done.tagged, tag: day, expireOn });
        if (done.resumed || pending)
            action.resumed = { tag: day, alreadyTagged: done.resumed, untagged: done.untagged };
        (0,protection/* append */.BC)(action.skipped, done.skipped);
        (0,protection/* append */.BC)(failed, done.failed);
        if (done.record !== record) {
            record = done.record;
            action.quarantineFile = quarantine.file;
        }
    }
    const stillReleasable = c.releasable.filter((r) => !released.has(r.object.key));
    if (action.quarantineFile && record) {
        const parsed = (0,load_document/* parseText */.r4)(quarantine.file, (0,quarantine_record/* renderQuarantine */.JK)(record));
        if (parsed.ok)
            docs.set(quarantine.file, parsed.doc);
    }
    if (record && !quarantine.findings.length) {
        (0,protection/* append */.BC)(diagnostics, (0,resolve/* resolveFindings */.zp)((0,apply_severities/* applySeverities */.m)((0,quarantine_rules/* quarantineProtectionFindings */.yw)(record, quarantine.file, [...registry, ...protect], target.name), rules), docs));
    }
    return {
        version: 1,
        target: target.name,
        bucket: target.bucket,
        objects: o.inventory ? { source: 'inventory', path: o.inventory, asOf: gathered.asOf ?? '' } : { source: 'live' },
        now: o.now.toISOString(),
        minAgeDays: o.minAgeDays,
        artifactPrefixes: prefixes,
        registry: { file: target.registry, references: registry.length, protectEntries: protect.length },
        scanned: c.scanned,
        referenced: c.referenced,
        protected: c.protected,
        young: c.young,
        quarantined: c.quarantined,
        orphans: { ...summary, sample: orphans.slice(0, SAMPLE_KEYS).map((x) => x.key) },
        prices: {
            source: catalog.info.source,
            date: catalog.info.date,
            region: regionPrices.region,
            notes: [...catalog.info.notices, ...prices.notes],
        },
        batches: batchStatuses(record, gathered.objects, prefixes.prefixes, new Set(stillReleasable.map((r) => r.object.key))),
        releasable: stillReleasable.map((r) => ({ key: r.object.key, batch: r.batch, by: r.by.protectedBy ?? 'the registry' })),
        action,
        diagnostics,
        notices,
    };
}
function isClass(s) {
    return (0,storage_classes/* isStorageClass */.wk)(s);
}


/***/ })

};
