export const id = 340;
export const ids = [340,209,197];
export const modules = {

/***/ 6197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cohortSql: () => (/* binding */ cohortSql),
/* harmony export */   g: () => (/* binding */ COHORT_COLUMNS)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/**
 * The SQL that builds lifeguard's cohort table where a huge bucket's inventory already lives
 * (Amazon Athena over the S3 Inventory table AWS documents). It computes exactly what the local
 * readers compute: the longest rule prefix, the size band, the UTC creation day, and for versioned
 * inventories the noncurrent-since day, newer noncurrent versions and Object Lock. Written in the
 * SQL subset Athena (Trino) and DuckDB share, so a test can run it locally.
 */

const COHORT_COLUMNS = [
    'prefix_group',
    'size_band',
    'storage_class',
    'created_date',
    'is_latest',
    'noncurrent_since',
    'newer_versions',
    'locked_until',
    'head_size_band',
    'head_created_date',
    'overwritten',
    'objects',
    'bytes',
];
const lit = (s) => `'${s.replace(/'/g, "''")}'`;
function cohortSql(matcher, o) {
    const byLength = matcher.prefixes
        .map((p, i) => ({ p, i }))
        .filter((x) => x.i > 0)
        .sort((a, b) => b.p.length - a.p.length || a.i - b.i);
    const prefixCase = byLength.length
        ? `CASE ${byLength.map((x) => `WHEN starts_with(k, ${lit(x.p)}) THEN ${lit(x.p)}`).join(' ')} ELSE '' END`
        : "''";
    const bands = matcher.sizeBounds
        .map((b, i) => ({ b, i }))
        .slice(1)
        .reverse();
    const bandOf = (col) => bands.length ? `CASE ${bands.map((x) => `WHEN ${col} >= ${x.b} THEN ${x.b}`).join(' ')} ELSE 0 END` : '0';
    const bandCase = bandOf('size');
    const classes = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASS_NAMES */ .Uu.map(lit).join(', ');
    const where = o.where ? `\n  WHERE ${o.where}` : '';
    const k = (o.format ?? 'CSV') === 'CSV' ? "url_decode(replace(key, '+', '%20'))" : 'key';
    const header = `-- lifeguard cohort table (columns: ${COHORT_COLUMNS.join(', ')}).
-- Run in Athena over the S3 Inventory table; download the result as CSV and pass it to
-- lifeguard cost --cohorts FILE with the same --current and --proposed files.
-- ${(o.format ?? 'CSV') === 'CSV' ? 'Keys are URL-decoded: S3 Inventory CSV writes them URL-encoded ("+" for a space).' : `Keys are read as they are: ${o.format} inventories do not URL-encode them.`}`;
    if (!o.versioned) {
        return `${header}
WITH src AS (
  SELECT ${k} AS k, size, last_modified_date, storage_class
  FROM ${o.table}${where}
)
SELECT ${prefixCase} AS prefix_group,
       ${bandCase} AS size_band,
       storage_class,
       CAST(CAST(last_modified_date AS DATE) AS VARCHAR) AS created_date,
       true AS is_latest,
       CAST(NULL AS VARCHAR) AS noncurrent_since,
       0 AS newer_versions,
       CAST(NULL AS VARCHAR) AS locked_until,
       CAST(NULL AS VARCHAR) AS head_size_band,
       CAST(NULL AS VARCHAR) AS head_created_date,
       false AS overwritten,
       count(*) AS objects,
       sum(size) AS bytes
FROM src
WHERE storage_class IN (${classes})
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4;
`;
    }
    return `${header}
-- Versions of a key are ordered newest first: a noncurrent version became noncurrent when the next
-- newer one (or delete marker) was created, and ranks below the key's newest row (its head).
WITH src AS (
  SELECT key AS raw_key, ${k} AS k, size, last_modified_date, storage_class,
         is_latest, is_delete_marker, object_lock_retain_until_date AS lock_until, object_lock_legal_hold_status AS hold
  FROM ${o.table}${where}
),
ranked AS (
  SELECT *,
         lag(last_modified_date) OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS newer_date,
         coalesce(sum(CASE WHEN NOT is_latest AND NOT is_delete_marker THEN 1 ELSE 0 END)
           OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS newer_nc,
         first_value(CASE WHEN is_latest AND NOT is_delete_marker AND storage_class IN (${classes}) THEN CAST(${bandOf('size')} AS VARCHAR) ELSE 'none' END)
           OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS head_band,
         first_value(last_modified_date) OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS head_date,
         sum(CASE WHEN is_delete_marker THEN 0 ELSE 1 END) OVER (PARTITION BY raw_key) AS data_versions
  FROM src
)
SELECT ${prefixCase} AS prefix_group,
       ${bandCase} AS size_band,
       storage_class,
       CAST(CAST(last_modified_date AS DATE) AS VARCHAR) AS created_date,
       is_latest,
       CASE WHEN is_latest THEN NULL
            ELSE CAST(CAST(greatest(coalesce(newer_date, last_modified_date), last_modified_date) AS DATE) AS VARCHAR) END AS noncurrent_since,
       CASE WHEN is_latest THEN 0 ELSE least(newer_nc, ${o.rankCap}) END AS newer_versions,
       CASE WHEN hold = 'ON' THEN 'legal-hold'
            WHEN lock_until IS NULL THEN NULL
            WHEN CAST(CAST(lock_until AS DATE) AS TIMESTAMP) = lock_until THEN CAST(CAST(CAST(lock_until AS DATE) - INTERVAL '1' DAY AS DATE) AS VARCHAR)
            ELSE CAST(CAST(lock_until AS DATE) AS VARCHAR) END AS locked_until,
       CASE WHEN is_latest THEN NULL ELSE head_band END AS head_size_band,
       CASE WHEN is_latest THEN NULL ELSE CAST(CAST(head_date AS DATE) AS VARCHAR) END AS head_created_date,
       is_latest AND data_versions > 1 AS overwritten,
       count(*) AS objects,
       sum(size) AS bytes
FROM ranked
WHERE NOT is_delete_marker AND storage_class IN (${classes})
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
`;
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

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readInventory)
/* harmony export */ });
/* harmony import */ var _cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9906);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(903);
/* harmony import */ var _orc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4569);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4730);





async function readInventory(source, opts) {
    const manifest = await source.readManifest();
    const notes = [];
    let cohorts;
    let rows = 0;
    let skipped = 0;
    let versioned = false;
    if (manifest.format === 'CSV') {
        const setup = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .kernelSetup */ .dc)((0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .csvLayout */ .VG)(manifest.columns), opts.matcher.prefixes, opts.matcher.sizeBounds, opts.rankCap);
        const files = manifest.files.map((f) => source.file(f.key));
        const folded = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .foldCsvFiles */ .V8)(files, setup, {
            threads: opts.threads,
            onProgress: (rows, done) => opts.onProgress?.(rows, done, files.length),
        });
        for (const [name, n] of folded.unknownClasses)
            notes.push(`${n} objects in storage class ${name}, which lifecycle projections do not cover, were left out`);
        ({ cohorts, rows, skipped, versioned } = folded);
    }
    else {
        const folder = new _cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordFolder */ .au(opts.matcher, opts.rankCap);
        let done = 0;
        for (const f of manifest.files) {
            const file = source.file(f.key);
            await guarded(file.name, async () => (manifest.format === 'ORC' ? _orc_js__WEBPACK_IMPORTED_MODULE_3__/* .foldOrc */ .E : _parquet_js__WEBPACK_IMPORTED_MODULE_4__/* .foldParquet */ .U)(await file.randomAccess(), manifest.columns, folder, file.name));
            opts.onProgress?.(folder.builder.rows, ++done, manifest.files.length);
        }
        folder.finish();
        cohorts = folder.builder.cohorts();
        ({ rows, skippedRows: skipped } = folder.builder);
        versioned = folder.versioned;
    }
    return { cohorts, asOfMs: manifest.creationMs, versioned, rows, skippedRows: skipped, notes, bucket: manifest.sourceBucket };
}
async function guarded(name, work) {
    try {
        await work();
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d)
            throw err;
        const e = err;
        if (typeof e.code === 'string' && e.code.startsWith('Z_'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name}: not a readable gzip file (${e.message})`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name}: cannot be read (${e.code ?? e.message})`);
    }
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

/***/ 5136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ project),
  L: () => (/* binding */ round)
});

// EXTERNAL MODULE: ./src/cost/time.ts
var time = __webpack_require__(7084);
// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
// EXTERNAL MODULE: ./src/cost/simulate/ledger.ts
var ledger = __webpack_require__(5203);
// EXTERNAL MODULE: ./src/cost/simulate/prices.ts
var simulate_prices = __webpack_require__(4588);
;// CONCATENATED MODULE: ./src/cost/simulate/earlier.ts
class EarlierTally {
    d0;
    endDay;
    total = { objects: 0, bytes: 0, byteDays: 0 };
    constructor(
    /** First day the configurations act (actions already due fire then). */
    d0, 
    /** Last day of the horizon. */
    endDay) {
        this.d0 = d0;
        this.endDay = endDay;
    }
    /** One cohort's events under the current and under the proposed rules. */
    add(c, current, proposed) {
        const then = this.removalDay(proposed);
        if (then === undefined)
            return;
        const now = this.removalDay(current) ?? Infinity;
        if (now <= then)
            return;
        this.total.objects += c.objects;
        this.total.bytes += c.bytes;
        this.total.byteDays += c.bytes * (Math.min(now, this.endDay) - then);
    }
    removalDay(events) {
        const e = events.find((x) => x.kind === 'delete' || x.kind === 'delete-marker');
        return e && e.day <= this.endDay ? Math.max(e.day, this.d0) : undefined;
    }
}

// EXTERNAL MODULE: ./src/cost/simulate/runs.ts + 3 modules
var runs = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
;// CONCATENATED MODULE: ./src/cost/simulate/unknowns.ts

/** Classes whose reads are charged per GB (the pricing page's "Data retrievals"). */
const RETRIEVAL_CLASSES = ['STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];
function modelUnknowns(configs, billed) {
    const out = [
        {
            kind: 'model',
            topic: 'requests',
            message: 'request charges (PUT, COPY, POST, LIST, GET) are not projected: an inventory shows objects, not how often they are written or read',
            needs: "request counts per storage class: S3 request metrics in CloudWatch, Storage Lens, or the bucket's lines in the Cost and Usage Report",
        },
    ];
    const reads = RETRIEVAL_CLASSES.filter((c) => billed.has(c));
    if (reads.length) {
        out.push({
            kind: 'model',
            topic: 'retrievals',
            message: `retrieval charges are not projected: reading from ${reads.map((c) => storage_classes/* STORAGE_CLASSES */.Zq[c].label).join(', ')} is charged per GB, and restores from the Glacier classes per request too`,
            needs: 'bytes read per storage class (GetObject bytes in S3 request metrics, or server access logs) and, for Glacier, restore requests by tier',
        });
    }
    const aborts = configs.some((c) => c.rules.some((r) => r.abortsMultipartUploads));
    out.push({
        kind: 'model',
        topic: 'multipart-uploads',
        message: `incomplete multipart uploads are not in an inventory or a listing: their storage${aborts ? ', and what AbortIncompleteMultipartUpload saves,' : ''} is not projected`,
        needs: 'the bytes of incomplete multipart uploads and their age: ListMultipartUploads and ListParts, or Storage Lens "incomplete multipart upload bytes"',
    });
    return out;
}
/** Shown in every report that prices Intelligent-Tiering objects. */
function accessAssumption(accessedShare, setBy = `--it-access ${accessedShare}`) {
    const pct = `${Math.round(accessedShare * 1000) / 10}%`;
    const what = accessedShare === 0
        ? 'no object in S3 Intelligent-Tiering is read after it arrives'
        : accessedShare === 1
            ? 'every object in S3 Intelligent-Tiering is read at least every 30 days'
            : `${pct} of the objects in S3 Intelligent-Tiering are read at least every 30 days and the rest never`;
    return {
        kind: 'intelligent-tiering-access',
        accessedShare,
        message: `assumed that ${what} (${setBy}): objects of 128 KiB or more not read move to Infrequent Access after 30 days and to Archive Instant Access after 90; smaller ones stay in Frequent Access`,
    };
}
/** When a month's usage of a banded class goes past the first band, the one-bucket simplification matters. */
function volumeBandUnknown(cls, peakGbMonths, bands) {
    const first = bands[0];
    if (!first || first.toGb === null || peakGbMonths <= first.toGb || bands.length < 2)
        return undefined;
    const tb = (gb) => `${Math.round((gb / 1024) * 10) / 10} TB`;
    const inferred = bands
        .filter((b) => b.origin && peakGbMonths > b.fromGb)
        .map((b) => b.origin.note)
        .filter(Boolean);
    return {
        kind: 'model',
        topic: 'volume-bands',
        message: `${storage_classes/* STORAGE_CLASSES */.Zq[cls].label} reaches ${tb(peakGbMonths)} in a month, past the first volume band (${tb(first.toGb)}): it is priced by this bucket's own volume, but AWS bands the account's total in the region, so with other buckets more of it falls in the cheaper bands${inferred.length ? `; ${inferred.join('; ')}` : ''}`,
        needs: "the account's other storage of this class in the region (Cost and Usage Report, or Storage Lens at account level)",
    };
}

;// CONCATENATED MODULE: ./src/cost/simulate/project.ts







const NAMES = ['current', 'proposed'];
function project(input) {
    const { matcher, months, asOfMs } = input;
    const configs = [input.current, input.proposed];
    const targets = new Set(targetsOf(configs));
    const billed = new Set([...targets, ...input.table.cohorts.map((c) => c.storageClass)]);
    // Archive classes bill part of their overhead at Standard's rate.
    if (billed.has('GLACIER') || billed.has('DEEP_ARCHIVE'))
        billed.add('STANDARD');
    const prices = (0,simulate_prices/* projectionPrices */.Cd)(input.prices, { storage: billed, transition: targets });
    const versioned = input.versioned ?? input.table.versioned;
    const accessedShare = input.itAccessedShare ?? 0;
    const ledgers = configs.map(() => new ledger/* Ledger */.Oc(asOfMs, months, prices, { accessedShare }));
    const newlyDeleted = { objects: 0, bytes: 0 };
    const endDay = (0,timing/* dayOf */.kb)(asOfMs + months * time/* MONTH_MS */.kW);
    const earlier = new EarlierTally((0,timing/* nextMidnightDay */.Wx)(asOfMs), endDay);
    for (const run of (0,runs/* cohortRuns */.E)({ table: input.table, matcher, configs, asOfMs, endDay, growth: input.growth, versioned })) {
        const gone = run.events.map((events, i) => ledgers[i].post(run.posted, events));
        if (!run.cohort.projected)
            earlier.add(run.cohort, run.events[0], run.events[1]);
        if (gone[1] && !gone[0]) {
            newlyDeleted.objects += run.cohort.objects;
            newlyDeleted.bytes += run.cohort.bytes;
        }
    }
    const monthly = Array.from({ length: months }, (_, m) => ({
        month: m + 1,
        current: monthCost(ledgers[0], m),
        proposed: monthCost(ledgers[1], m),
    }));
    const currentUsd = round(monthly.reduce((s, x) => s + x.current.totalUsd, 0));
    const proposedUsd = round(monthly.reduce((s, x) => s + x.proposed.totalUsd, 0));
    const unknowns = [...(input.unknowns ?? [])];
    unknowns.push(...tagUnknowns(input.table.cohorts, matcher, configs));
    for (const n of [...input.priceInfo.notices, ...prices.notes, ...(0,simulate_prices/* missingTransitionPrices */.kA)(input.prices, targetsOf(configs))])
        unknowns.push({ kind: 'prices', message: n });
    configs.forEach((c, i) => {
        for (const s of c.skipped)
            unknowns.push({ kind: 'input', configuration: NAMES[i], message: s });
    });
    unknowns.push(...modelUnknowns(configs, billed));
    for (const cls of ['STANDARD', 'INTELLIGENT_TIERING']) {
        const u = volumeBandUnknown(cls, Math.max(...ledgers.map((l) => l.peakGbMonths(cls))), prices.bands[cls]);
        if (u)
            unknowns.push(u);
    }
    const assumptions = billed.has('INTELLIGENT_TIERING') ? [accessAssumption(accessedShare, input.itAccessSetting)] : [];
    return {
        report: {
            version: 1,
            region: input.prices.region,
            asOf: new Date(asOfMs).toISOString(),
            months,
            prices: { source: input.priceInfo.source, date: input.priceInfo.date },
            monthly,
            totals: { currentUsd, proposedUsd, savingsUsd: round(currentUsd - proposedUsd) },
            deleted: {
                current: { objects: Math.round(ledgers[0].deleted.objects), bytes: Math.round(ledgers[0].deleted.bytes) },
                proposed: { objects: Math.round(ledgers[1].deleted.objects), bytes: Math.round(ledgers[1].deleted.bytes) },
            },
            byRule: ruleReports(input.table.cohorts, matcher, configs, ledgers),
            assumptions,
            unknowns,
        },
        newlyDeleted: { objects: Math.round(newlyDeleted.objects), bytes: Math.round(newlyDeleted.bytes) },
        deletedEarlier: {
            objects: Math.round(earlier.total.objects),
            bytes: Math.round(earlier.total.bytes),
            byteDays: Math.round(earlier.total.byteDays),
        },
    };
}
function monthCost(l, m) {
    const byClass = l.storageByClass(m);
    const storageUsd = Object.values(byClass).reduce((a, b) => a + b, 0);
    const transitionUsd = l.transition[m];
    const earlyDeleteUsd = l.early[m];
    const storageByClassUsd = {};
    for (const [cls, usd] of Object.entries(byClass))
        if (round(usd) !== 0)
            storageByClassUsd[cls] = round(usd);
    return {
        storageUsd: round(storageUsd),
        transitionUsd: round(transitionUsd),
        earlyDeleteUsd: round(earlyDeleteUsd),
        totalUsd: round(storageUsd + transitionUsd + earlyDeleteUsd),
        storageByClassUsd,
    };
}
/** Micro-dollars: a bill shows cents, but small cases must stay checkable by hand. */
function round(usd) {
    return Math.round(usd * 1_000_000) / 1_000_000;
}
function targetsOf(configs) {
    return configs.flatMap((c) => c.rules.flatMap((r) => [...r.transitions, ...r.noncurrentTransitions].map((t) => t.storageClass)));
}
function tagUnknowns(cohorts, matcher, configs) {
    const sums = new Map();
    configs.forEach((c, i) => {
        for (const r of c.rules)
            if (r.selector.tags.length)
                sums.set(r, { config: i, objects: 0, bytes: 0 });
    });
    if (!sums.size)
        return [];
    for (const [signature, total] of bySignature(cohorts)) {
        for (const m of matcher.matches(signature)) {
            for (const r of m.tagDependent) {
                const s = sums.get(r);
                s.objects += total.objects;
                s.bytes += total.bytes;
            }
        }
    }
    return [...sums].map(([r, s]) => ({
        kind: 'tags',
        configuration: NAMES[s.config],
        rule: r.label,
        objects: s.objects,
        bytes: s.bytes,
        message: `${r.label} (${NAMES[s.config]}) depends on tags: up to ${s.objects} objects, ${s.bytes} bytes. S3 Inventory has no tags, so the projection leaves this rule out`,
    }));
}
function ruleReports(cohorts, matcher, configs, ledgers) {
    const matched = new Map();
    for (const [signature, total] of bySignature(cohorts)) {
        for (const m of matcher.matches(signature)) {
            for (const r of [...m.rules, ...m.tagDependent]) {
                const s = matched.get(r) ?? { objects: 0, bytes: 0 };
                s.objects += total.objects;
                s.bytes += total.bytes;
                matched.set(r, s);
            }
        }
    }
    return configs.flatMap((c, i) => c.rules.map((r) => {
        const t = ledgers[i].byRule.get(r);
        return {
            configuration: NAMES[i],
            index: r.index,
            id: r.id ?? null,
            rule: r.label,
            matched: matched.get(r) ?? { objects: 0, bytes: 0 },
            transitions: { objects: Math.round(t?.transitionedObjects ?? 0), usd: round(t?.transitionUsd ?? 0) },
            deleted: { objects: Math.round(t?.deletedObjects ?? 0), bytes: Math.round(t?.deletedBytes ?? 0) },
            deleteMarkers: Math.round(t?.deleteMarkers ?? 0),
            earlyDeleteUsd: round(t?.earlyDeleteUsd ?? 0),
        };
    }));
}
/** Objects and bytes per selector signature: what rule matching needs, without the cohort detail. */
function bySignature(cohorts) {
    const out = new Map();
    for (const c of cohorts) {
        const s = out.get(c.signature);
        if (s) {
            s.objects += c.objects;
            s.bytes += c.bytes;
        }
        else
            out.set(c.signature, { objects: c.objects, bytes: c.bytes });
    }
    return out;
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ cohortRuns)
});

// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
;// CONCATENATED MODULE: ./src/cost/cohorts/growth.ts
const GROWTH_WINDOW_DAYS = 30;
function observedGrowth(cohorts, asOfDay, sizeBands) {
    const from = asOfDay - GROWTH_WINDOW_DAYS;
    const uploads = new Map();
    const overwrites = new Map();
    const keys = new Map();
    const written = new Map();
    const add = (into, c) => {
        const key = `${c.signature}|${c.storageClass}`;
        let r = into.get(key);
        if (!r) {
            r = { signature: c.signature, storageClass: c.storageClass, objectsPerDay: 0, bytesPerDay: 0 };
            into.set(key, r);
        }
        r.objectsPerDay += c.objects / GROWTH_WINDOW_DAYS;
        r.bytesPerDay += c.bytes / GROWTH_WINDOW_DAYS;
    };
    for (const c of cohorts) {
        const group = Math.floor(c.signature / sizeBands);
        const ofOverwrittenKey = c.current ? !!c.overwritten : (c.headSignature ?? -1) >= 0;
        if (c.current && c.overwritten)
            keys.set(group, (keys.get(group) ?? 0) + c.objects);
        if (c.createdDay < from || c.createdDay >= asOfDay)
            continue;
        if (ofOverwrittenKey) {
            add(overwrites, c);
            written.set(group, (written.get(group) ?? 0) + c.objects / GROWTH_WINDOW_DAYS);
        }
        else if (c.current)
            add(uploads, c);
    }
    const overwriteEveryDays = new Map();
    for (const [group, perDay] of written) {
        const k = keys.get(group) ?? 0;
        if (k > 0 && perDay > 0)
            overwriteEveryDays.set(group, k / perDay);
    }
    // Overwrites of a group whose keys are no longer current (all deleted) have no key to land on.
    const landed = [...overwrites.values()].filter((r) => overwriteEveryDays.has(Math.floor(r.signature / sizeBands)));
    return { uploads: [...uploads.values()], overwrites: landed, overwriteEveryDays };
}
/** One cohort per rate and day, from the as-of day to the horizon's last day; overwrites carry their group's interval. */
function growthCohorts(growth, asOfDay, endDay, sizeBands) {
    const out = [];
    for (const [list, overwrite] of [
        [growth.uploads, false],
        [growth.overwrites, true],
    ]) {
        for (const r of list) {
            const every = overwrite ? growth.overwriteEveryDays.get(Math.floor(r.signature / sizeBands)) : undefined;
            for (let d = asOfDay; d <= endDay; d++) {
                const c = {
                    signature: r.signature,
                    storageClass: r.storageClass,
                    createdDay: d,
                    current: true,
                    objects: r.objectsPerDay,
                    bytes: r.bytesPerDay,
                    projected: true,
                };
                if (every !== undefined)
                    c.overwritten = true;
                out.push(c);
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/cost/rules/compile.ts
var compile = __webpack_require__(0);
// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
;// CONCATENATED MODULE: ./src/cost/simulate/timeline.ts


const NO_RANK = { now: 0, increments: [] };
/** The first day from which the rank is at least n (-Infinity: already; Infinity: never). */
function rankReached(r, n) {
    if (n <= r.now)
        return -Infinity;
    return r.increments[n - r.now - 1] ?? Infinity;
}
function timeline(input, rules, ctx) {
    const events = [];
    let cls = input.storageClass;
    let current = input.current;
    let ncBase = input.noncurrentBase;
    let rank = input.rank ?? NO_RANK;
    let t = ctx.d0;
    const lockFree = input.lockedUntilDay === undefined ? -Infinity : input.lockedUntilDay + 1;
    while (t <= ctx.endDay) {
        const d = current
            ? nextCurrent(rules, input.createdBase, t, ctx.d0, lockFree, ctx.versioned)
            : ncBase === undefined
                ? Infinity
                : nextNoncurrent(rules, ncBase, rank, t, ctx.d0, lockFree);
        // An upload overwrites this version before the next action: it is noncurrent from then on.
        if (current && input.overwrite && input.overwrite.base <= Math.min(d, ctx.endDay)) {
            current = false;
            ncBase = input.overwrite.base;
            rank = input.overwrite.rank;
            t = Math.max(t, ncBase);
            continue;
        }
        if (!Number.isFinite(d) || d > ctx.endDay)
            break;
        if (current) {
            const exp = dueExpiration(rules, input.createdBase, d, ctx.d0);
            const move = chooseTransition(rules, (r) => r.transitions, (x) => dueDay(x.when, input.createdBase, ctx.d0), d, cls, input, ctx);
            // Permanent deletion takes precedence over transition; Object Lock holds it back (not transitions).
            if (exp && !ctx.versioned && d >= lockFree) {
                events.push({ day: d, kind: 'delete', rule: exp });
                return events;
            }
            // Transition takes precedence over the creation of a delete marker: both happen that day.
            if (move) {
                events.push({ day: d, kind: 'transition', to: move.to, rule: move.rule });
                cls = move.to;
            }
            if (exp && ctx.versioned) {
                events.push({ day: d, kind: 'delete-marker', rule: exp });
                current = false;
                // Noncurrent from this run's 00:00; later uploads of the key rank above it (approximation:
                // the marker itself does not count, as S3 counts only noncurrent versions).
                ncBase = d;
                rank = input.overwrite ? { now: 0, increments: input.overwrite.rank.increments.filter((x) => x > d) } : NO_RANK;
            }
        }
        else if (ncBase !== undefined) {
            const exp = dueNoncurrentExpiration(rules, ncBase, rank, d, ctx.d0);
            if (exp && d >= lockFree) {
                events.push({ day: d, kind: 'delete', rule: exp });
                return events;
            }
            const base = ncBase;
            const move = chooseTransition(rules, (r) => r.noncurrentTransitions, (x) => Math.max(dueDay(x.when, base, ctx.d0), rankReached(rank, x.newer ?? 0)), d, cls, input, ctx);
            if (move) {
                events.push({ day: d, kind: 'transition', to: move.to, rule: move.rule });
                cls = move.to;
            }
        }
        t = d + 1;
    }
    return events;
}
function dueDay(when, base, d0) {
    return Math.max(d0, 'days' in when ? base + when.days : when.onDay);
}
/** The next day ≥ t on which an action of these rules is due for a current version. */
function nextCurrent(rules, createdBase, t, d0, lockFree, versioned) {
    let best = Infinity;
    const consider = (day) => {
        if (day >= t && day < best)
            best = day;
    };
    for (const r of rules) {
        if (r.expiration) {
            const due = dueDay(r.expiration, createdBase, d0);
            consider(versioned ? due : Math.max(due, lockFree));
        }
        for (const x of r.transitions)
            consider(dueDay(x.when, createdBase, d0));
    }
    return best;
}
/** The next day ≥ t on which an action is due for a noncurrent version of this rank. */
function nextNoncurrent(rules, ncBase, rank, t, d0, lockFree) {
    let best = Infinity;
    const consider = (day) => {
        const at = Math.max(day, t);
        if (at < best && Number.isFinite(day))
            best = at;
    };
    for (const r of rules) {
        const e = r.noncurrentExpiration;
        if (e)
            consider(Math.max(d0, ncBase + e.days, lockFree, rankReached(rank, e.newer ?? 0)));
        for (const x of r.noncurrentTransitions)
            consider(Math.max(dueDay(x.when, ncBase, d0), rankReached(rank, x.newer ?? 0)));
    }
    return best;
}
/** The rule whose expiration is due by day d (the shortest expiration wins). */
function dueExpiration(rules, base, d, d0) {
    // One pass, no array per call: this runs for every event of every cohort under every configuration.
    const best = (0,timing/* earliestDue */.eb)(rules, (r) => (r.expiration ? dueDay(r.expiration, base, d0) : Infinity));
    return best && best.due <= d ? best.item : undefined;
}
/** The noncurrent expiration due by day d: NoncurrentDays passed and more newer versions than it keeps. */
function dueNoncurrentExpiration(rules, base, rank, d, d0) {
    let best;
    for (const r of rules) {
        const e = r.noncurrentExpiration;
        if (!e || Math.max(d0, base + e.days, rankReached(rank, e.newer ?? 0)) > d)
            continue;
        if (!best || e.days < best.noncurrentExpiration.days)
            best = r;
    }
    return best;
}
/**
 * The class the object moves to on day d, if any: per rule the coldest transition due that the
 * object may take from its class, then across rules S3's conflict resolution.
 */
function chooseTransition(rules, pick, due, d, from, input, ctx) {
    const candidates = [];
    for (const r of rules) {
        const list = pick(r);
        for (let i = list.length - 1; i >= 0; i--) {
            const x = list[i];
            if (due(x) > d)
                continue;
            if (!(0,storage_classes/* canTransition */.w)(from, x.storageClass) || !sizeAllows(r, x.storageClass, input, ctx))
                continue;
            candidates.push({ to: x.storageClass, rule: r });
            break;
        }
    }
    if (candidates.length <= 1)
        return candidates[0];
    return (0,timing/* preferredTransition */.r9)(candidates, from, (c) => c.to);
}
/** The 128 KiB transition default (§5.2): a size filter in the rule always takes precedence. */
function sizeAllows(rule, to, input, ctx) {
    if (!input.belowTransitionDefault || rule.hasSizeFilter)
        return true;
    return ctx.minimumObjectSize === 'varies_by_storage_class' && storage_classes/* STORAGE_CLASSES */.Zq[to].smallObjectsTransitionByDefault;
}

;// CONCATENATED MODULE: ./src/cost/simulate/versions.ts

class VersionChains {
    matcher;
    ruleSets;
    d0;
    rankCap;
    overwriteEveryDays;
    firstUploadMs;
    markers = new Map();
    constructor(matcher, ruleSets, d0, 
    /** Ranks at or above this behave alike (largest NewerNoncurrentVersions + 1). */
    rankCap, 
    /** Per prefix group: days between two overwrites of one key (observed growth); empty without growth. */
    overwriteEveryDays, 
    /** When the first projected upload arrives (ms): noon of the as-of day. */
    firstUploadMs) {
        this.matcher = matcher;
        this.ruleSets = ruleSets;
        this.d0 = d0;
        this.rankCap = rankCap;
        this.overwriteEveryDays = overwriteEveryDays;
        this.firstUploadMs = firstUploadMs;
    }
    /** The version fields of a timeline input for cohort `c` under configuration `config`. */
    versionInput(c, config) {
        const every = this.everyDays(c.signature);
        if (c.current) {
            if (!c.overwritten || every === undefined)
                return {};
            const first = Math.max((c.createdDay + 0.5 + every) * timing/* DAY_MS */.sO, c.projected ? 0 : this.firstUploadMs);
            return { overwrite: { base: (0,timing/* nextMidnightDay */.Wx)(first), rank: { now: 0, increments: this.overwrites(first, every, 0) } } };
        }
        const head = c.headSignature ?? -1;
        if (head < 0)
            return { rank: { now: c.newerVersions ?? 0, increments: [] } };
        // The head stops being current at its expiry (a delete marker) or its next overwrite, whichever comes first.
        const marker = this.markerDay(head, c.headCreatedDay ?? c.noncurrentSinceDay ?? 0, config);
        const overwrite = every === undefined ? Infinity : Math.max((c.headCreatedDay + 0.5 + every) * timing/* DAY_MS */.sO, this.firstUploadMs);
        const headGone = Math.min(marker + 1, (0,timing/* dayOf */.kb)(overwrite) + 1);
        const increments = Number.isFinite(headGone) ? [headGone] : [];
        if (every !== undefined)
            increments.push(...this.overwrites(overwrite, every, headGone));
        return { rank: { now: c.newerVersions ?? 0, increments: increments.slice(0, this.rankCap) } };
    }
    everyDays(signature) {
        return this.overwriteEveryDays.get(Math.floor(signature / this.matcher.sizeBands));
    }
    /** Days (first run after) of the overwrites that follow the one at `firstMs`, after day `after`. */
    overwrites(firstMs, everyDays, after) {
        const out = [];
        for (let n = 1; out.length < this.rankCap; n++) {
            const day = (0,timing/* dayOf */.kb)(firstMs + n * everyDays * timing/* DAY_MS */.sO) + 1;
            if (day > after)
                out.push(day);
        }
        return out;
    }
    /** The day a current version of this signature and creation day gets a delete marker under a configuration. */
    markerDay(signature, createdDay, config) {
        const key = `${config}|${signature}|${createdDay}`;
        let day = this.markers.get(key);
        if (day === undefined) {
            day = Infinity;
            for (const r of this.ruleSets[config](signature)) {
                const e = r.expiration;
                if (!e)
                    continue;
                day = Math.min(day, Math.max(this.d0, 'days' in e ? createdDay + 1 + e.days : e.onDay));
            }
            this.markers.set(key, day);
        }
        return day;
    }
}

;// CONCATENATED MODULE: ./src/cost/simulate/runs.ts
/**
 * Every cohort of a table (and, with observed growth, the cohorts still to be uploaded) run through
 * each configuration: its lifecycle events, and what the ledger needs to price them. Shared by the
 * projection (which prices the events) and tracking (which asks where each cohort is on a date).
 */






function* cohortRuns(s) {
    const { matcher, configs, asOfMs, endDay, versioned } = s;
    const d0 = (0,timing/* nextMidnightDay */.Wx)(asOfMs);
    const asOfDay = (0,timing/* dayOf */.kb)(asOfMs);
    const contexts = configs.map((c) => ({ d0, endDay, versioned, minimumObjectSize: c.minimumObjectSize }));
    const growth = s.growth === 'observed' ? observedGrowth(s.table.cohorts, asOfDay, matcher.sizeBands) : undefined;
    const grown = growth ? growthCohorts(growth, asOfDay, endDay, matcher.sizeBands) : [];
    const chains = new VersionChains(matcher, configs.map((_, i) => (signature) => matcher.matches(signature)[i].rules), d0, (0,compile.maxNewerVersions)(configs) + 1, growth?.overwriteEveryDays ?? new Map(), asOfDay * timing/* DAY_MS */.sO + timing/* DAY_MS */.sO / 2);
    for (const list of [s.table.cohorts, grown]) {
        for (const c of list) {
            const matches = matcher.matches(c.signature);
            const sizeBelow = matcher.bandRange(c.signature % matcher.sizeBands).to;
            const input = {
                storageClass: c.storageClass,
                current: c.current,
                createdBase: (0,timing/* firstRunDayAfterDay */.WY)(c.createdDay),
                noncurrentBase: c.noncurrentSinceDay === undefined ? undefined : (0,timing/* firstRunDayAfterDay */.WY)(c.noncurrentSinceDay),
                lockedUntilDay: c.lockedUntilDay,
                belowTransitionDefault: sizeBelow <= storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS,
            };
            const posted = {
                storageClass: c.storageClass,
                objects: c.objects,
                bytes: c.bytes,
                sizeBelow,
                startMs: c.createdDay * timing/* DAY_MS */.sO + (c.projected ? timing/* DAY_MS */.sO / 2 : 0),
                entryDay: inferEntryDay(c, matches[0].rules, asOfDay),
            };
            const events = configs.map((_, i) => timeline(versioned ? { ...input, ...chains.versionInput(c, i) } : input, matches[i].rules, contexts[i]));
            yield { cohort: c, posted, events };
        }
    }
}
/**
 * When objects entered a class other than the one they were uploaded to is not in the inventory:
 * the current rules' own transition into that class tells it, else the creation day (which never
 * overstates an early-deletion charge).
 */
function inferEntryDay(c, currentRules, asOfDay) {
    if (!c.current || c.storageClass === 'STANDARD')
        return c.createdDay;
    let entry = c.createdDay;
    for (const r of currentRules) {
        for (const t of r.transitions) {
            if (t.storageClass !== c.storageClass || !('days' in t.when))
                continue;
            const day = c.createdDay + 1 + t.when.days;
            // A transition not yet due cannot have put the object where it is: it was uploaded there.
            if (day <= asOfDay)
                entry = Math.max(entry, day);
        }
    }
    return entry;
}


/***/ }),

/***/ 5154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readConfigurationData),
/* harmony export */   readConfiguration: () => (/* binding */ readConfiguration)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_detect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/** Lifecycle files (and the live bucket's configuration) read for a projection. */





async function readConfiguration(path, display) {
    return (await readConfigurationData(path, display)).config;
}
/** The configuration compiled, and the file's content as parsed (for a tracking baseline). */
async function readConfigurationData(path, display) {
    // A Terraform or CloudFormation resource: FILE (one resource) or FILE#ADDRESS (docs/formats/).
    const [file, address] = splitAddress(path);
    if (/\.tf$/.test(file) || address !== undefined)
        return readResource(file, display.replace(/#[^#]*$/, ''), address);
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o)(path, display);
    if (!read.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
    if ((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .isIacKind */ .sq)((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectKind */ .i_)(read.doc.data)))
        return readResource(path, display, undefined);
    if ((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectKind */ .i_)(read.doc.data) !== 'lifecycle') {
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}:1:1: not a lifecycle configuration (no "Rules" or "LifecycleConfiguration"); compile a retention policy first`);
    }
    return { config: (0,_cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(read.doc.data), data: read.doc.data };
}
function splitAddress(path) {
    const at = path.lastIndexOf('#');
    if (at < 0 || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return [path, undefined];
    return [path.slice(0, at), path.slice(at + 1)];
}
async function readResource(path, display, address) {
    const { loadResource, exactConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 6483));
    const loaded = await loadResource(path, display, address);
    if (!loaded.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(loaded.message);
    const exact = exactConfiguration(loaded.unit);
    if (!exact.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: ${exact.message}`);
    return { config: (0,_cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(exact.configuration), data: exact.configuration };
}


/***/ }),

/***/ 9340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ER: () => (/* binding */ inventoryProgress),
  projectTarget: () => (/* binding */ projectTarget),
  zP: () => (/* binding */ readFrom),
  runCost: () => (/* binding */ runCost)
});

// UNUSED EXPORTS: DEFAULT_MONTHS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/load/read.ts
var read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/cost/cohorts/cohort.ts
var cohort = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/cost/cohorts/records.ts
var records = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
// EXTERNAL MODULE: ./src/cost/time.ts
var time = __webpack_require__(7084);
// EXTERNAL MODULE: ./src/cost/athena/sql.ts
var sql = __webpack_require__(6197);
;// CONCATENATED MODULE: ./src/cost/athena/cohort-csv.ts
/**
 * The cohort table as CSV: what the Athena query returns (header row, quoted fields) and what
 * `--cohorts FILE` reads back. Rows name their prefix group and size band by value, so a table
 * built for other rules is refused instead of misread.
 */








/** The table lifeguard built, as the rows the SQL returns (for comparison and export). */
function cohortRows(cohorts, matcher) {
    return cohorts.map((c) => ({
        prefix_group: matcher.prefixes[Math.floor(c.signature / matcher.sizeBands)],
        size_band: String(matcher.sizeBounds[c.signature % matcher.sizeBands]),
        storage_class: c.storageClass,
        created_date: isoDay(c.createdDay),
        is_latest: String(c.current),
        noncurrent_since: c.noncurrentSinceDay === undefined ? '' : isoDay(c.noncurrentSinceDay),
        newer_versions: String(c.newerVersions ?? 0),
        locked_until: c.lockedUntilDay === undefined ? '' : c.lockedUntilDay === Infinity ? 'legal-hold' : isoDay(c.lockedUntilDay),
        head_size_band: c.headSignature === undefined ? '' : c.headSignature < 0 ? 'none' : String(matcher.sizeBounds[c.headSignature % matcher.sizeBands]),
        head_created_date: c.headCreatedDay === undefined ? '' : isoDay(c.headCreatedDay),
        overwritten: String(c.overwritten ?? false),
        objects: String(c.objects),
        bytes: String(c.bytes),
    }));
}
async function readCohortCsv(path, display, matcher) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.d(`${display}: ${(0,read/* describeIoError */.Q)(err)}`);
    }
    const lines = text.split(/\r?\n/);
    const header = splitCsv(lines[0] ?? '');
    const at = Object.fromEntries(sql/* COHORT_COLUMNS */.g.map((c) => [c, header.indexOf(c)]));
    const missing = sql/* COHORT_COLUMNS */.g.filter((c) => at[c] < 0);
    if (missing.length)
        throw new errors/* InputError */.d(`${display}:1:1: not a lifeguard cohort table: no column ${missing.join(', ')} (build it with --cohort-sql athena)`);
    const builder = new cohort/* CohortBuilder */.hz();
    const facts = (0,records/* newFacts */.E3)();
    let rows = 0;
    let versioned = false;
    for (let i = 1; i < lines.length; i++) {
        if (!lines[i])
            continue;
        const f = splitCsv(lines[i]);
        const get = (c) => f[at[c]] ?? '';
        const bad = (what) => {
            throw new errors/* InputError */.d(`${display}:${i + 1}:1: ${what}`);
        };
        const group = matcher.prefixes.indexOf(get('prefix_group'));
        if (group < 0)
            bad(`prefix group ${JSON.stringify(get('prefix_group'))} is not a rule prefix of these configurations; the table was built for other rules — run --cohort-sql again`);
        const band = matcher.sizeBounds.indexOf(Number(get('size_band')));
        if (band < 0)
            bad(`size band ${get('size_band')} is not a size threshold of these configurations; the table was built for other rules — run --cohort-sql again`);
        const cls = get('storage_class');
        if (!(0,storage_classes/* isStorageClass */.wk)(cls))
            bad(`unknown storage class ${JSON.stringify(cls)}`);
        const day = (0,time/* dayOfIsoText */.O7)(get('created_date'));
        if (!Number.isFinite(day))
            bad(`created_date ${JSON.stringify(get('created_date'))} is not a date`);
        const objects = Number(get('objects'));
        const bytes = Number(get('bytes'));
        if (!Number.isFinite(objects) || !Number.isFinite(bytes))
            bad('objects and bytes must be numbers');
        const current = get('is_latest') !== 'false';
        if (!current)
            versioned = true;
        const lock = get('locked_until');
        facts.signature = matcher.signature(group, band);
        facts.classIndex = cohort/* CLASS_INDEX */.gT[cls];
        facts.createdDay = day;
        facts.current = current;
        facts.noncurrentSinceDay = current ? 0 : (0,time/* dayOfIsoText */.O7)(get('noncurrent_since'));
        facts.newerVersions = current ? 0 : Number(get('newer_versions')) || 0;
        facts.lockedUntilDay = lock === '' ? 0 : lock === 'legal-hold' ? Infinity : (0,time/* dayOfIsoText */.O7)(lock);
        facts.overwritten = current && get('overwritten') === 'true';
        if (!current) {
            const headBand = get('head_size_band');
            const hb = headBand === 'none' || headBand === '' ? -1 : matcher.sizeBounds.indexOf(Number(headBand));
            if (headBand !== 'none' && headBand !== '' && hb < 0)
                bad(`head size band ${headBand} is not a size threshold of these configurations; the table was built for other rules — run --cohort-sql again`);
            facts.headSignature = hb < 0 ? -1 : matcher.signature(group, hb);
            facts.headCreatedDay = get('head_created_date') === '' ? facts.noncurrentSinceDay : (0,time/* dayOfIsoText */.O7)(get('head_created_date'));
        }
        builder.addCounts(facts, objects, bytes);
        rows++;
    }
    return { cohorts: builder.cohorts(), versioned, rows, skippedRows: 0, notes: [] };
}
/** One CSV line: quoted fields with "" for a quote (what Athena writes), or plain fields. */
function splitCsv(line) {
    const out = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let v = '';
            i++;
            for (;;) {
                const q = line.indexOf('"', i);
                if (q < 0) {
                    v += line.slice(i);
                    i = line.length;
                    break;
                }
                v += line.slice(i, q);
                if (line[q + 1] === '"') {
                    v += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(v);
            i++; // the comma
        }
        else {
            const c = line.indexOf(',', i);
            const end = c < 0 ? line.length : c;
            out.push(line.slice(i, end));
            i = end + 1;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/cost/cohorts/matcher.ts
var cohorts_matcher = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/pipeline/cost-configuration.ts
var cost_configuration = __webpack_require__(5154);
// EXTERNAL MODULE: ./src/cost/track/baseline.ts
var baseline = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/cost/inventory/read.ts
var inventory_read = __webpack_require__(692);
// EXTERNAL MODULE: ./src/cost/inventory/source.ts
var inventory_source = __webpack_require__(4209);
// EXTERNAL MODULE: ./src/cost/rules/compile.ts
var compile = __webpack_require__(0);
// EXTERNAL MODULE: ./src/cost/simulate/project.ts + 2 modules
var project = __webpack_require__(5136);
;// CONCATENATED MODULE: ./src/pipeline/cost.ts
/**
 * `cost` end to end, shared by the CLI and (per target) by `plan`: read both configurations, fold
 * the bucket's objects into cohorts, project. I/O here; the projection itself is pure.
 */









const DEFAULT_MONTHS = 12;
async function runCost(req) {
    const cwd = req.cwd ?? process.cwd();
    const unknowns = [];
    const read = async (path) => (0,cost_configuration/* readConfigurationData */.J)((0,external_node_path_.resolve)(cwd, path), path);
    const proposedRead = req.proposed.kind === 'file' ? await read(req.proposed.path) : { config: req.proposed.config, data: req.proposed.data };
    const proposed = proposedRead.config;
    let current = compile.EMPTY_CONFIG;
    let currentData = { Rules: [] };
    if (req.current.kind === 'file') {
        ({ config: current, data: currentData } = await read(req.current.path));
        if (current.minimumObjectSizeSource === 'default') {
            unknowns.push({
                kind: 'input',
                configuration: 'current',
                message: `${req.current.path} does not say TransitionDefaultMinimumObjectSize; all_storage_classes_128K is assumed (a bucket configured before September 2024 may still use varies_by_storage_class)`,
            });
        }
    }
    else if (req.current.kind === 'compiled') {
        current = req.current.config;
        currentData = req.current.data;
    }
    const configs = [current, proposed];
    const matcher = new cohorts_matcher.SelectorMatcher(configs);
    const rankCap = (0,compile.maxNewerVersions)(configs) + 1;
    let table;
    switch (req.objects.kind) {
        case 'inventory':
            table = await readFrom({ ...req.objects, region: req.region }, cwd, (source) => (0,inventory_read/* readInventory */.z)(source, { matcher, rankCap, threads: req.threads, onProgress: inventoryProgress(req.progress) }));
            break;
        case 'cohorts':
            table = await readCohortCsv((0,external_node_path_.resolve)(cwd, req.objects.path), req.objects.path, matcher);
            break;
        case 'listing': {
            const { listBucket } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 4175));
            table = await listBucket({ ...req.objects, matcher, rankCap, progress: req.progress });
            break;
        }
    }
    for (const n of table.notes)
        unknowns.push({ kind: 'input', message: n });
    // The inventory's date, else now (a cohort table or a listing has no date of its own).
    const asOfMs = req.asOfMs ?? table.asOfMs ?? Date.now();
    req.onBaseline?.((0,baseline/* makeBaseline */.c1)({
        region: req.region,
        asOf: new Date(asOfMs).toISOString(),
        growth: req.growth ?? 'none',
        itAccessedShare: req.itAccessedShare ?? 0,
        current: currentData,
        proposed: proposedRead.data,
        table,
    }));
    return (0,project/* project */.C)({
        table,
        matcher,
        current,
        proposed,
        prices: req.catalog.region(req.region),
        priceInfo: req.catalog.info,
        asOfMs,
        months: req.months ?? DEFAULT_MONTHS,
        growth: req.growth ?? 'none',
        unknowns,
        itAccessedShare: req.itAccessedShare,
        itAccessSetting: req.itAccessSetting,
    });
}
/** An inventory in a local folder or at an s3:// location (the SDK is loaded only for the latter). */
async function readFrom(o, cwd, read) {
    if (!/^s3:\/\//i.test(o.path))
        return read((0,inventory_source.localSource)(o.path, cwd));
    const { s3Source } = await __webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 7146));
    const source = await s3Source(o.path, { region: o.region, endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
    try {
        return await read(source);
    }
    finally {
        source.close?.();
    }
}
/** "reading inventory: 3 of 8 files, 4,120,000 rows (2 s)" at most twice a second. */
function inventoryProgress(progress) {
    if (!progress)
        return undefined;
    const started = Date.now();
    let last = 0;
    return (rows, files, total) => {
        const now = Date.now();
        if (now - last < 500 && files < total)
            return;
        last = now;
        progress(`reading inventory: ${files} of ${total} file${total === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows (${((now - started) / 1000).toFixed(0)} s)`);
    };
}
/**
 * For `plan`: the projection of one target whose inventory is configured. `proposedData` and
 * `currentData` are parsed lifecycle configurations (the file's content; the live bucket's).
 */
async function projectTarget(opts) {
    const { compileConfiguration } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 0));
    return runCost({
        proposed: { kind: 'compiled', config: compileConfiguration(opts.proposedData), data: opts.proposedData },
        current: opts.currentData === undefined
            ? { kind: 'none' }
            : { kind: 'compiled', config: compileConfiguration(opts.currentData), data: opts.currentData },
        objects: { kind: 'inventory', path: opts.inventory, endpoint: opts.endpoint, forcePathStyle: opts.forcePathStyle },
        region: opts.region,
        catalog: opts.catalog,
        months: opts.months,
        growth: opts.growth,
        cwd: opts.cwd,
        onBaseline: opts.onBaseline,
        ...(opts.itAccessedShare === undefined
            ? {}
            : { itAccessedShare: opts.itAccessedShare, itAccessSetting: `intelligentTieringAccess ${opts.itAccessedShare} in .lifeguard.yml` }),
    });
}


/***/ })

};
