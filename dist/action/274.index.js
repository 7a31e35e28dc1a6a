export const id = 274;
export const ids = [274];
export const modules = {

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ RecordFolder)
/* harmony export */ });
/* unused harmony exports VersionTracker, newFacts */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7084);
/* harmony import */ var _cohort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5847);
/**
 * Objects one at a time (from a listing, a Parquet inventory or a test) into cohorts. The CSV reader
 * has its own byte-level path for speed and shares everything after the parse with this one.
 */



/**
 * Versions of a key arrive together, newest first (how S3 Inventory and ListObjectVersions order
 * them): a noncurrent version became noncurrent when the next newer one was created.
 */
class VersionTracker {
    key;
    newerDay = 0;
    noncurrentSeen = 0;
    /** Fills the version fields of `o` for a record of `key` (call in input order). */
    track(o, key, isLatest, isDeleteMarker, day, cap) {
        if (key !== this.key) {
            this.key = key;
            this.noncurrentSeen = 0;
            this.newerDay = day;
        }
        o.current = isLatest;
        if (!isLatest) {
            // Without a newer version in sight, the version's own date is the earliest it can have become noncurrent.
            o.noncurrentSinceDay = Math.max(this.newerDay, day);
            o.newerVersions = Math.min(this.noncurrentSeen, cap);
            if (!isDeleteMarker)
                this.noncurrentSeen++;
        }
        else {
            o.noncurrentSinceDay = 0;
            o.newerVersions = 0;
        }
        this.newerDay = day;
    }
}
function newFacts() {
    return { signature: 0, classIndex: 0, createdDay: 0, size: 0, current: true, noncurrentSinceDay: 0, newerVersions: 0, lockedUntilDay: 0 };
}
class RecordFolder {
    matcher;
    rankCap;
    builder = new _cohort_js__WEBPACK_IMPORTED_MODULE_2__/* .CohortBuilder */ .hz();
    facts = newFacts();
    versions = new VersionTracker();
    versioned = false;
    constructor(matcher, 
    /** Ranks of noncurrent versions above this behave alike (largest NewerNoncurrentVersions + 1). */
    rankCap) {
        this.matcher = matcher;
        this.rankCap = rankCap;
    }
    add(r) {
        const o = this.facts;
        const day = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(r.lastModifiedMs);
        if (r.isLatest !== undefined) {
            this.versioned = true;
            this.versions.track(o, r.key, r.isLatest, !!r.isDeleteMarker, day, this.rankCap);
        }
        else {
            o.current = true;
            o.noncurrentSinceDay = 0;
            o.newerVersions = 0;
        }
        // Delete markers hold no data; they only mark their key's older versions noncurrent.
        if (r.isDeleteMarker || !Number.isFinite(day) || !(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(r.storageClass)) {
            this.builder.skip();
            return;
        }
        o.size = r.size;
        o.createdDay = day;
        o.classIndex = _cohort_js__WEBPACK_IMPORTED_MODULE_2__/* .CLASS_INDEX */ .gT[r.storageClass];
        o.signature = this.matcher.signature(this.matcher.prefixGroupOfString(r.key), this.matcher.sizeBand(r.size));
        o.lockedUntilDay = r.legalHold ? Infinity : r.lockRetainUntilMs !== undefined && r.lockRetainUntilMs > 0 ? (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(r.lockRetainUntilMs - 1) : 0;
        this.builder.add(o);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(903);
/**
 * Where an inventory's files come from. A source hands out each data file as a byte stream (CSV) or
 * as random-access bytes (Parquet); the local folder is one source, and an s3:// location can be
 * another without touching the readers.
 */



/**
 * `path` is a manifest.json, or a folder holding one — directly, or in dated sub-folders as S3
 * delivers them (the newest by name is taken).
 */
function localSource(path, cwd) {
    if (/^s3:\/\//i.test(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${path}: inventories are read from a local folder for now; copy the report (aws s3 sync) or use --listing`);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${path}: no such file or folder`);
    const manifestPath = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory() ? findManifest(abs, path) : abs;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(manifestPath);
    return {
        manifestDisplay: manifestPath === abs ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, manifestPath.slice(abs.length + 1)),
        manifestPath,
        file(key) {
            const found = locate(dir, key);
            if (!found)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${key}: listed in the manifest but not found under ${dir} (looked for the key, its file name, and data/<file name>)`);
            return {
                name: found,
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${display}: no manifest.json in this folder or its sub-folders; point --inventory at an S3 Inventory report`);
    // Report folders are named by their start time (YYYY-MM-DDTHH-MMZ): the newest sorts last.
    return candidates.sort((a, b) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(a)).localeCompare((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(b))) || a.localeCompare(b)).at(-1);
}
/** A data file's key is its path in the destination bucket; a local copy may keep all, part or none of it. */
function locate(dir, key) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(key);
    const tries = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'data', name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'files', name)];
    for (let d = dir, i = 0; i < 6; i++, d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d))
        tries.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, key));
    return tries.find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile());
}


/***/ }),

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   B: () => (/* binding */ maxNewerVersions),
/* harmony export */   compileConfiguration: () => (/* binding */ compileConfiguration)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _model_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);
/* harmony import */ var _lint_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(612);
/* harmony import */ var _lint_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2739);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7084);





const EMPTY_CONFIG = {
    rules: [],
    disabled: 0,
    minimumObjectSize: _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
    minimumObjectSizeSource: 'default',
    skipped: [],
};
/**
 * `data` is a lifecycle file's parsed content (the S3 API shape or a full request). A configuration
 * lifeguard applies uses the file's TransitionDefaultMinimumObjectSize, else all_storage_classes_128K.
 */
function compileConfiguration(data) {
    const located = (0,_model_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .locateConfiguration */ .L)(data);
    const size = located.transitionDefaultMinimumObjectSize;
    const fromFile = size === 'all_storage_classes_128K' || size === 'varies_by_storage_class';
    const rules = [];
    const skipped = [];
    let disabled = 0;
    (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .arr */ .QL)(located.config.Rules).forEach((raw, index) => {
        if (!(0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(raw))
            return;
        if (raw.Status !== 'Enabled') {
            disabled++;
            return;
        }
        rules.push(compileRule(raw, index, skipped));
    });
    return {
        rules,
        disabled,
        minimumObjectSize: fromFile ? size : _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
        minimumObjectSizeSource: fromFile ? 'file' : 'default',
        skipped,
    };
}
function compileRule(raw, index, skipped) {
    const label = (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleLabel */ .Do)(raw, index);
    const selector = (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorOf */ .Bk)(raw);
    const when = (o, what) => {
        const days = (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(o.Days);
        if (days !== undefined && days >= 0)
            return { days };
        const date = (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(o.Date);
        if (date !== undefined) {
            const day = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOfIsoText */ .O7)(date);
            if (Number.isFinite(day))
                return { onDay: day };
        }
        skipped.push(`${label}: ${what} has no readable Days or Date and is left out of the projection`);
        return undefined;
    };
    const transitions = [];
    for (const t of (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .arr */ .QL)(raw.Transitions ?? ((0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(raw.Transition) ? [raw.Transition] : []))) {
        if (!(0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(t) || !(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.StorageClass))
            continue;
        const w = when(t, `a Transition to ${String(t.StorageClass)}`);
        if (w)
            transitions.push({ when: w, storageClass: t.StorageClass });
    }
    const exp = (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .obj */ .WL)(raw.Expiration);
    const expiration = exp && (exp.Days !== undefined || exp.Date !== undefined) ? when(exp, 'Expiration') : undefined;
    const noncurrentTransitions = [];
    for (const t of (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .arr */ .QL)(raw.NoncurrentVersionTransitions ?? ((0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(raw.NoncurrentVersionTransition) ? [raw.NoncurrentVersionTransition] : []))) {
        if (!(0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(t) || !(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.StorageClass))
            continue;
        const days = (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(t.NoncurrentDays);
        if (days === undefined || days < 0)
            continue;
        noncurrentTransitions.push({ when: { days }, storageClass: t.StorageClass, newer: (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(t.NewerNoncurrentVersions) });
    }
    const nce = (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .obj */ .WL)(raw.NoncurrentVersionExpiration);
    const nceDays = nce ? (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(nce.NoncurrentDays) : undefined;
    return {
        index,
        id: (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(raw.ID),
        label,
        selector,
        hasSizeFilter: selector.sizeGreaterThan !== undefined || selector.sizeLessThan !== undefined,
        transitions: transitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        expiration,
        noncurrentTransitions: noncurrentTransitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        noncurrentExpiration: nceDays !== undefined && nceDays > 0 ? { days: nceDays, newer: (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(nce.NewerNoncurrentVersions) } : undefined,
        abortsMultipartUploads: (0,_lint_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(raw.AbortIncompleteMultipartUpload),
    };
}
function whenOrder(w) {
    return 'days' in w ? w.days : w.onDay;
}
/** The largest NewerNoncurrentVersions any rule uses: version ranks above it behave alike. */
function maxNewerVersions(configs) {
    let max = 0;
    for (const c of configs) {
        for (const r of c.rules) {
            for (const t of r.noncurrentTransitions)
                max = Math.max(max, t.newer ?? 0);
            max = Math.max(max, r.noncurrentExpiration?.newer ?? 0);
        }
    }
    return max;
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ dayOfIsoText),
/* harmony export */   Wx: () => (/* binding */ nextMidnightDay),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   j9: () => (/* binding */ GIB),
/* harmony export */   kW: () => (/* binding */ MONTH_MS),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH)
/* harmony export */ });
/* unused harmony exports daysFromCivil, isoDay */
/**
 * The calendar of a projection. Lifecycle works in whole UTC days (actions fire at 00:00 UTC); the
 * bill works in hours, and a month is 730 hours, as in the AWS Pricing Calculator.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HOURS_PER_MONTH = 730;
const MONTH_MS = HOURS_PER_MONTH * HOUR_MS;
/** Storage is billed in binary GB. */
const GIB = 2 ** 30;
/** Days since 1970-01-01 of the UTC day that holds `ms`. */
function dayOf(ms) {
    return Math.floor(ms / DAY_MS);
}
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
/**
 * The first 00:00 UTC strictly after `ms`: when a configuration takes effect, and when an action
 * due "creation + Days" fires (S3 rounds up to the next midnight).
 */
function nextMidnightDay(ms) {
    return dayOf(ms) + 1;
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  projectTarget: () => (/* binding */ projectTarget)
});

// UNUSED EXPORTS: DEFAULT_MONTHS, runCost

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/cost/cohorts/cohort.ts
var cohort = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
// EXTERNAL MODULE: ./src/cost/time.ts
var time = __webpack_require__(7084);
;// CONCATENATED MODULE: ./src/cost/athena/sql.ts
/**
 * The SQL that builds lifeguard's cohort table where a huge bucket's inventory already lives
 * (Amazon Athena over the S3 Inventory table AWS documents). It computes exactly what the local
 * readers compute: the longest rule prefix, the size band, the UTC creation day, and for versioned
 * inventories the noncurrent-since day, newer noncurrent versions and Object Lock. Written in the
 * SQL subset Athena (Trino) and DuckDB share, so a test can run it locally.
 */

const COHORT_COLUMNS = ['prefix_group', 'size_band', 'storage_class', 'created_date', 'is_latest', 'noncurrent_since', 'newer_versions', 'locked_until', 'objects', 'bytes'];
const lit = (s) => `'${s.replace(/'/g, "''")}'`;
function cohortSql(matcher, o) {
    const byLength = matcher.prefixes.map((p, i) => ({ p, i })).filter((x) => x.i > 0).sort((a, b) => b.p.length - a.p.length || a.i - b.i);
    const prefixCase = byLength.length ? `CASE ${byLength.map((x) => `WHEN starts_with(k, ${lit(x.p)}) THEN ${lit(x.p)}`).join(' ')} ELSE '' END` : "''";
    const bands = matcher.sizeBounds.map((b, i) => ({ b, i })).slice(1).reverse();
    const bandCase = bands.length ? `CASE ${bands.map((x) => `WHEN size >= ${x.b} THEN ${x.b}`).join(' ')} ELSE 0 END` : '0';
    const classes = STORAGE_CLASS_NAMES.map(lit).join(', ');
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
-- newer one (or delete marker) was created.
WITH src AS (
  SELECT key AS raw_key, ${k} AS k, size, last_modified_date, storage_class,
         is_latest, is_delete_marker, object_lock_retain_until_date AS lock_until, object_lock_legal_hold_status AS hold
  FROM ${o.table}${where}
),
ranked AS (
  SELECT *,
         lag(last_modified_date) OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS newer_date,
         coalesce(sum(CASE WHEN NOT is_latest AND NOT is_delete_marker THEN 1 ELSE 0 END)
           OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS newer_nc
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
       count(*) AS objects,
       sum(size) AS bytes
FROM ranked
WHERE NOT is_delete_marker AND storage_class IN (${classes})
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8;
`;
}

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
        throw new errors/* InputError */.d(`${display}: ${(0,load_read/* describeIoError */.Q)(err)}`);
    }
    const lines = text.split(/\r?\n/);
    const header = splitCsv(lines[0] ?? '');
    const at = Object.fromEntries(COHORT_COLUMNS.map((c) => [c, header.indexOf(c)]));
    const missing = COHORT_COLUMNS.filter((c) => at[c] < 0);
    if (missing.length)
        throw new errors/* InputError */.d(`${display}:1:1: not a lifeguard cohort table: no column ${missing.join(', ')} (build it with --cohort-sql athena)`);
    const builder = new cohort/* CohortBuilder */.hz();
    const facts = { signature: 0, classIndex: 0, createdDay: 0, size: 0, current: true, noncurrentSinceDay: 0, newerVersions: 0, lockedUntilDay: 0 };
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

;// CONCATENATED MODULE: ./src/cost/cohorts/matcher.ts
/**
 * Which rules select an object, decided once per distinct behaviour instead of once per object.
 * Every rule prefix of both configurations is a prefix of the key or not, and the prefixes that are
 * form a chain, so the longest matching prefix decides them all. Every size predicate and every
 * size-dependent storage-class fact is a threshold, so the interval between consecutive thresholds
 * decides them all. The pair (prefix group, size interval) is an object's selector signature.
 */

class SelectorMatcher {
    /** Distinct rule prefixes, "" first; index = prefix group. */
    prefixes;
    /** Lower bounds of the size intervals, 0 first; index = size band. */
    sizeBounds;
    configs;
    byLength;
    /** Per first byte of a key, the prefixes (longest first) that can match it; "" matches all. */
    byFirstByte;
    longestPrefixBytes;
    memo = new Map();
    constructor(configs) {
        this.configs = configs;
        const prefixes = new Set(['']);
        const bounds = new Set([0, storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS]);
        for (const name of storage_classes/* STORAGE_CLASS_NAMES */.Uu) {
            const f = storage_classes/* STORAGE_CLASSES */.Zq[name];
            if (f.minBillableBytes > 0)
                bounds.add(f.minBillableBytes);
            if (f.autoTieringMinBytes)
                bounds.add(f.autoTieringMinBytes);
        }
        for (const c of configs) {
            for (const r of c.rules) {
                prefixes.add(r.selector.prefix);
                // size > gt starts at gt + 1; size < lt ends before lt.
                if (r.selector.sizeGreaterThan !== undefined)
                    bounds.add(r.selector.sizeGreaterThan + 1);
                if (r.selector.sizeLessThan !== undefined)
                    bounds.add(r.selector.sizeLessThan);
            }
        }
        this.prefixes = ['', ...[...prefixes].filter((p) => p !== '').sort()];
        this.sizeBounds = [...bounds].sort((a, b) => a - b);
        this.byLength = this.prefixes
            .map((p, index) => ({ index, bytes: Buffer.from(p, 'utf8') }))
            .filter((p) => p.index > 0)
            .sort((a, b) => b.bytes.length - a.bytes.length);
        this.byFirstByte = Array.from({ length: 256 }, (_, b) => this.byLength.filter((p) => p.bytes[0] === b));
        this.longestPrefixBytes = this.byLength.reduce((m, p) => Math.max(m, p.bytes.length), 0);
    }
    get sizeBands() {
        return this.sizeBounds.length;
    }
    signature(prefixGroup, sizeBand) {
        return prefixGroup * this.sizeBounds.length + sizeBand;
    }
    prefixGroupOfString(key) {
        for (const p of this.byLength)
            if (key.startsWith(this.prefixes[p.index]))
                return p.index;
        return 0;
    }
    /** Longest rule prefix of the UTF-8 key bytes buf[start, end). */
    prefixGroupOfBytes(buf, start, end) {
        const len = end - start;
        if (len === 0)
            return 0;
        outer: for (const p of this.byFirstByte[buf[start]]) {
            const b = p.bytes;
            if (b.length > len)
                continue;
            for (let i = 0; i < b.length; i++)
                if (buf[start + i] !== b[i])
                    continue outer;
            return p.index;
        }
        return 0;
    }
    sizeBand(size) {
        const b = this.sizeBounds;
        // Few bounds: a linear scan beats a binary search here.
        let i = 0;
        while (i + 1 < b.length && size >= b[i + 1])
            i++;
        return i;
    }
    /** Smallest and largest size (exclusive; Infinity for the last band) of a band. */
    bandRange(band) {
        return { from: this.sizeBounds[band], to: this.sizeBounds[band + 1] ?? Infinity };
    }
    /** Whether every object of a band is smaller than `bytes`. */
    bandBelow(band, bytes) {
        return this.bandRange(band).to <= bytes;
    }
    /** Rules of each configuration (in `configs` order) that select objects of a signature. */
    matches(signature) {
        let m = this.memo.get(signature);
        if (m)
            return m;
        const group = Math.floor(signature / this.sizeBounds.length);
        const band = signature % this.sizeBounds.length;
        const prefix = this.prefixes[group];
        const size = this.sizeBounds[band];
        m = this.configs.map((c) => {
            const out = { rules: [], tagDependent: [] };
            for (const r of c.rules) {
                const s = r.selector;
                if (!prefix.startsWith(s.prefix))
                    continue;
                if (s.sizeGreaterThan !== undefined && !(size > s.sizeGreaterThan))
                    continue;
                if (s.sizeLessThan !== undefined && !(size < s.sizeLessThan))
                    continue;
                (s.tags.length ? out.tagDependent : out.rules).push(r);
            }
            return out;
        });
        this.memo.set(signature, m);
        return m;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/load/detect.ts
var detect = __webpack_require__(9);
// EXTERNAL MODULE: ./src/cost/rules/compile.ts
var compile = __webpack_require__(0);
;// CONCATENATED MODULE: ./src/cost/configuration.ts
/** Lifecycle files (and the live bucket's configuration) read for a projection. */





async function readConfiguration(path, display) {
    // A Terraform or CloudFormation resource: FILE (one resource) or FILE#ADDRESS (docs/formats/).
    const [file, address] = splitAddress(path);
    if (/\.tf$/.test(file) || address !== undefined)
        return readResource(file, display.replace(/#[^#]*$/, ''), address);
    const read = await (0,load_read/* readSource */.o)(path, display);
    if (!read.ok)
        throw new errors/* InputError */.d(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
    if ((0,detect/* isIacKind */.sq)((0,detect/* detectKind */.i_)(read.doc.data)))
        return readResource(path, display, undefined);
    if ((0,detect/* detectKind */.i_)(read.doc.data) !== 'lifecycle') {
        throw new errors/* InputError */.d(`${display}:1:1: not a lifecycle configuration (no "Rules" or "LifecycleConfiguration"); compile a retention policy first`);
    }
    return (0,compile.compileConfiguration)(read.doc.data);
}
function splitAddress(path) {
    const at = path.lastIndexOf('#');
    if (at < 0 || (0,external_node_fs_.existsSync)(path))
        return [path, undefined];
    return [path.slice(0, at), path.slice(at + 1)];
}
async function readResource(path, display, address) {
    const { loadResource, exactConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 6483));
    const loaded = await loadResource(path, display, address);
    if (!loaded.ok)
        throw new errors/* InputError */.d(loaded.message);
    const exact = exactConfiguration(loaded.unit);
    if (!exact.ok)
        throw new errors/* InputError */.d(`${display}: ${exact.message}`);
    return (0,compile.compileConfiguration)(exact.configuration);
}

// EXTERNAL MODULE: ./src/cost/cohorts/records.ts
var records = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/cost/inventory/csv.ts + 1 modules
var csv = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/cost/inventory/manifest.ts
var inventory_manifest = __webpack_require__(8941);
// EXTERNAL MODULE: ./src/cost/inventory/parquet.ts
var parquet = __webpack_require__(4730);
;// CONCATENATED MODULE: ./src/cost/inventory/read.ts





async function readInventory(source, opts) {
    const manifest = await (0,inventory_manifest/* readManifest */.WI)(source.manifestPath, source.manifestDisplay);
    const notes = [];
    let cohorts;
    let rows = 0;
    let skipped = 0;
    let versioned = false;
    if (manifest.format === 'CSV') {
        const setup = (0,csv/* kernelSetup */.dc)((0,csv/* csvLayout */.VG)(manifest.columns), opts.matcher.prefixes, opts.matcher.sizeBounds, opts.rankCap);
        const files = manifest.files.map((f) => {
            const file = source.file(f.key);
            return { name: file.name, stream: file.stream };
        });
        const folded = await (0,csv/* foldCsvFiles */.V8)(files, setup, { onFile: (done) => opts.onProgress?.(0, done, files.length) });
        for (const [name, n] of folded.unknownClasses)
            notes.push(`${n} objects in storage class ${name}, which lifecycle projections do not cover, were left out`);
        ({ cohorts, rows, skipped, versioned } = folded);
    }
    else {
        const folder = new records/* RecordFolder */.au(opts.matcher, opts.rankCap);
        let done = 0;
        for (const f of manifest.files) {
            const file = source.file(f.key);
            await guarded(file.name, async () => (0,parquet/* foldParquet */.U)(await file.randomAccess(), manifest.columns, folder, file.name));
            opts.onProgress?.(folder.builder.rows, ++done, manifest.files.length);
        }
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
        if (err instanceof errors/* InputError */.d)
            throw err;
        const e = err;
        if (typeof e.code === 'string' && e.code.startsWith('Z_'))
            throw new errors/* InputError */.d(`${name}: not a readable gzip file (${e.message})`);
        throw new errors/* InputError */.d(`${name}: cannot be read (${e.code ?? e.message})`);
    }
}

// EXTERNAL MODULE: ./src/cost/inventory/source.ts
var source = __webpack_require__(4209);
;// CONCATENATED MODULE: ./src/cost/cohorts/growth.ts
const GROWTH_WINDOW_DAYS = 30;
function observedGrowth(cohorts, asOfDay) {
    const from = asOfDay - GROWTH_WINDOW_DAYS;
    const rates = new Map();
    for (const c of cohorts) {
        if (!c.current || c.createdDay < from || c.createdDay >= asOfDay)
            continue;
        const key = `${c.signature}|${c.storageClass}`;
        let r = rates.get(key);
        if (!r) {
            r = { signature: c.signature, storageClass: c.storageClass, objectsPerDay: 0, bytesPerDay: 0 };
            rates.set(key, r);
        }
        r.objectsPerDay += c.objects / GROWTH_WINDOW_DAYS;
        r.bytesPerDay += c.bytes / GROWTH_WINDOW_DAYS;
    }
    return [...rates.values()];
}
/** One cohort per group and day, from the as-of day to the horizon's last day. */
function growthCohorts(cohorts, asOfDay, endDay) {
    const out = [];
    for (const r of observedGrowth(cohorts, asOfDay)) {
        for (let d = asOfDay; d <= endDay; d++) {
            out.push({ signature: r.signature, storageClass: r.storageClass, createdDay: d, current: true, objects: r.objectsPerDay, bytes: r.bytesPerDay, projected: true });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cost/simulate/ledger.ts


class Ledger {
    asOfMs;
    months;
    prices;
    storage;
    transition;
    early;
    deleted = { objects: 0, bytes: 0 };
    byRule = new Map();
    endMs;
    constructor(asOfMs, months, prices) {
        this.asOfMs = asOfMs;
        this.months = months;
        this.prices = prices;
        this.storage = new Float64Array(months);
        this.transition = new Float64Array(months);
        this.early = new Float64Array(months);
        this.endMs = asOfMs + months * time/* MONTH_MS */.kW;
    }
    /** Returns whether the cohort was permanently deleted within the horizon. */
    post(c, events) {
        let cls = c.storageClass;
        let entry = c.entryDay;
        let from = Math.max(c.startMs, this.asOfMs);
        for (const e of events) {
            const at = e.day * time/* DAY_MS */.sO;
            if (at >= this.endMs)
                break;
            if (e.kind === 'delete-marker') {
                this.tally(e.rule).deleteMarkers += c.objects;
                continue;
            }
            this.addStorage(c, cls, from, at);
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
            from = at;
        }
        this.addStorage(c, cls, from, this.endMs);
        return false;
    }
    monthOf(ms) {
        return Math.min(this.months - 1, Math.max(0, Math.floor((ms - this.asOfMs) / time/* MONTH_MS */.kW)));
    }
    billedBytes(c, cls) {
        return billedBytes(c, cls);
    }
    monthlyRate(c, cls) {
        return monthlyStorageUsd(c, cls, this.prices);
    }
    addStorage(c, cls, fromMs, toMs) {
        if (toMs <= fromMs)
            return;
        const rate = this.monthlyRate(c, cls);
        if (rate === 0)
            return;
        let m = this.monthOf(fromMs);
        while (m < this.months) {
            const ws = this.asOfMs + m * time/* MONTH_MS */.kW;
            const we = ws + time/* MONTH_MS */.kW;
            const overlap = Math.min(we, toMs) - Math.max(ws, fromMs);
            if (overlap > 0)
                this.storage[m] += (rate * overlap) / time/* HOUR_MS */.iQ / time/* HOURS_PER_MONTH */.x4;
            if (toMs <= we)
                break;
            m++;
        }
    }
    /** Leaving a class before its minimum storage duration bills the remaining days. */
    earlyCharge(c, cls, entryDay, day) {
        const remaining = storage_classes/* STORAGE_CLASSES */.Zq[cls].minStorageDays - (day - entryDay);
        if (remaining <= 0)
            return 0;
        return (this.billedBytes(c, cls) / time/* GIB */.j9) * this.prices.storage[cls] * ((remaining * 24) / time/* HOURS_PER_MONTH */.x4);
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
    const min = storage_classes/* STORAGE_CLASSES */.Zq[cls].minBillableBytes;
    return min > 0 && c.sizeBelow <= min ? c.objects * min : c.bytes;
}
/** USD per 730-hour month for objects sitting in a class (archive metadata and monitoring included). */
function monthlyStorageUsd(c, cls, prices) {
    const f = storage_classes/* STORAGE_CLASSES */.Zq[cls];
    const p = prices.storage;
    let usd = (billedBytes(c, cls) / time/* GIB */.j9) * p[cls];
    if (f.archiveOverhead) {
        usd += ((c.objects * f.archiveOverhead.classBytes) / time/* GIB */.j9) * p[cls];
        usd += ((c.objects * f.archiveOverhead.standardBytes) / time/* GIB */.j9) * p.STANDARD;
    }
    if (f.autoTieringMinBytes !== undefined && c.sizeBelow > f.autoTieringMinBytes)
        usd += c.objects * prices.monitoringPerObject;
    return usd;
}

;// CONCATENATED MODULE: ./src/cost/simulate/prices.ts

/**
 * `used`: the classes the projection can bill (objects' classes and rule targets) and the classes
 * rules move objects into; notes are made only for those, so a report names only what it used.
 */
function projectionPrices(region, used) {
    const notes = [];
    const storage = {};
    const transition = {};
    for (const name of storage_classes/* STORAGE_CLASS_NAMES */.Uu) {
        const s = region.storage[name];
        const band = s?.value[0];
        storage[name] = band?.usdPerGbMonth ?? 0;
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
    if (!used || used.storage.has('INTELLIGENT_TIERING'))
        note(notes, 'Intelligent-Tiering monitoring price', m.origin, region.region);
    return { storage, transition, monitoringPerObject: m.value, notes };
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

;// CONCATENATED MODULE: ./src/cost/simulate/timeline.ts

function timeline(input, rules, ctx) {
    const events = [];
    let cls = input.storageClass;
    let current = input.current;
    let ncBase = input.noncurrentBase;
    let t = ctx.d0;
    const lockFree = input.lockedUntilDay === undefined ? -Infinity : input.lockedUntilDay + 1;
    while (t <= ctx.endDay) {
        const d = nextDecision(rules, current, input, ncBase, t, ctx.d0, lockFree, ctx.versioned);
        if (d === undefined || d > ctx.endDay)
            break;
        if (current) {
            const exp = dueExpiration(rules, input.createdBase, d, ctx.d0);
            const move = chooseTransition(rules, (r) => r.transitions, input.createdBase, d, cls, input, ctx);
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
                ncBase = d;
            }
        }
        else if (ncBase !== undefined) {
            const exp = dueNoncurrentExpiration(rules, ncBase, d, input.newerVersions ?? 0);
            if (exp && d >= lockFree) {
                events.push({ day: d, kind: 'delete', rule: exp });
                return events;
            }
            const move = chooseTransition(rules, (r) => r.noncurrentTransitions.filter((x) => (input.newerVersions ?? 0) >= (x.newer ?? 0)), ncBase, d, cls, input, ctx);
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
/** The next day ≥ t on which some action of these rules is due. */
function nextDecision(rules, current, input, ncBase, t, d0, lockFree, versioned) {
    let best = Infinity;
    const consider = (day) => {
        if (day >= t && day < best)
            best = day;
    };
    for (const r of rules) {
        if (current) {
            if (r.expiration) {
                const due = dueDay(r.expiration, input.createdBase, d0);
                consider(versioned ? due : Math.max(due, lockFree));
            }
            for (const x of r.transitions)
                consider(dueDay(x.when, input.createdBase, d0));
        }
        else if (ncBase !== undefined) {
            if (r.noncurrentExpiration)
                consider(Math.max(d0, ncBase + r.noncurrentExpiration.days, lockFree));
            for (const x of r.noncurrentTransitions)
                consider(dueDay(x.when, ncBase, d0));
        }
    }
    return Number.isFinite(best) ? best : undefined;
}
/** The rule whose expiration is due by day d (the shortest expiration wins). */
function dueExpiration(rules, base, d, d0) {
    let best;
    let bestDay = Infinity;
    for (const r of rules) {
        if (!r.expiration)
            continue;
        const due = dueDay(r.expiration, base, d0);
        if (due <= d && due < bestDay) {
            best = r;
            bestDay = due;
        }
    }
    return best;
}
function dueNoncurrentExpiration(rules, base, d, newer) {
    let best;
    for (const r of rules) {
        const e = r.noncurrentExpiration;
        if (!e || newer < (e.newer ?? 0))
            continue;
        if (base + e.days <= d && (!best || e.days < best.noncurrentExpiration.days))
            best = r;
    }
    return best;
}
/**
 * The class the object moves to on day d, if any: per rule the coldest transition due that the
 * object may take from its class, then across rules S3's conflict resolution.
 */
function chooseTransition(rules, pick, base, d, from, input, ctx) {
    const candidates = [];
    for (const r of rules) {
        const list = pick(r);
        for (let i = list.length - 1; i >= 0; i--) {
            const x = list[i];
            if (dueDay(x.when, base, ctx.d0) > d)
                continue;
            if (!(0,storage_classes/* canTransition */.w)(from, x.storageClass) || !sizeAllows(r, x.storageClass, input, ctx))
                continue;
            candidates.push({ to: x.storageClass, rule: r });
            break;
        }
    }
    if (candidates.length <= 1)
        return candidates[0];
    const rank = (c) => storage_classes/* TRANSITION_CONFLICT_PREFERENCE */.zE.indexOf(c);
    return candidates.reduce((a, b) => (rank(b.to) < rank(a.to) ? b : a));
}
/** The 128 KiB transition default (§5.2): a size filter in the rule always takes precedence. */
function sizeAllows(rule, to, input, ctx) {
    if (!input.belowTransitionDefault || rule.hasSizeFilter)
        return true;
    return ctx.minimumObjectSize === 'varies_by_storage_class' && storage_classes/* STORAGE_CLASSES */.Zq[to].smallObjectsTransitionByDefault;
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
    const prices = projectionPrices(input.prices, { storage: billed, transition: targets });
    const versioned = input.versioned ?? input.table.versioned;
    const d0 = (0,time/* nextMidnightDay */.Wx)(asOfMs);
    const endDay = (0,time/* dayOf */.kb)(asOfMs + months * time/* MONTH_MS */.kW);
    const ledgers = configs.map(() => new Ledger(asOfMs, months, prices));
    const contexts = configs.map((c) => ({
        d0,
        endDay,
        versioned,
        minimumObjectSize: c.minimumObjectSize,
    }));
    const newlyDeleted = { objects: 0, bytes: 0 };
    const asOfDay = (0,time/* dayOf */.kb)(asOfMs);
    const grown = input.growth === 'observed' ? growthCohorts(input.table.cohorts, asOfDay, endDay) : [];
    for (const list of [input.table.cohorts, grown]) {
        for (const c of list) {
            const matches = matcher.matches(c.signature);
            const sizeBelow = matcher.bandRange(c.signature % matcher.sizeBands).to;
            const timelineInput = {
                storageClass: c.storageClass,
                current: c.current,
                createdBase: c.createdDay + 1,
                noncurrentBase: c.noncurrentSinceDay === undefined ? undefined : c.noncurrentSinceDay + 1,
                newerVersions: c.newerVersions,
                lockedUntilDay: c.lockedUntilDay,
                belowTransitionDefault: sizeBelow <= storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS,
            };
            const posted = {
                storageClass: c.storageClass,
                objects: c.objects,
                bytes: c.bytes,
                sizeBelow,
                startMs: c.createdDay * time/* DAY_MS */.sO + (c.projected ? time/* DAY_MS */.sO / 2 : 0),
                entryDay: inferEntryDay(c, matches[0].rules, asOfDay),
            };
            const goneNow = ledgers[0].post(posted, timeline(timelineInput, matches[0].rules, contexts[0]));
            const goneThen = ledgers[1].post(posted, timeline(timelineInput, matches[1].rules, contexts[1]));
            if (goneThen && !goneNow) {
                newlyDeleted.objects += c.objects;
                newlyDeleted.bytes += c.bytes;
            }
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
    for (const n of [...input.priceInfo.notices, ...prices.notes, ...missingTransitionPrices(input.prices, targetsOf(configs))])
        unknowns.push({ kind: 'prices', message: n });
    configs.forEach((c, i) => {
        for (const s of c.skipped)
            unknowns.push({ kind: 'input', configuration: NAMES[i], message: s });
    });
    if (configs.some((c) => c.rules.some((r) => r.abortsMultipartUploads))) {
        unknowns.push({ kind: 'model', message: 'incomplete multipart uploads are not in an inventory or a listing: what AbortIncompleteMultipartUpload saves is not projected' });
    }
    if (configs.some((c) => c.rules.some((r) => [...r.transitions, ...r.noncurrentTransitions].some((t) => t.storageClass === 'INTELLIGENT_TIERING')))) {
        unknowns.push({ kind: 'model', message: 'objects in Intelligent-Tiering are priced at its Frequent Access tier: which tier they reach depends on access, which the inventory does not show' });
    }
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
            unknowns,
        },
        newlyDeleted: { objects: Math.round(newlyDeleted.objects), bytes: Math.round(newlyDeleted.bytes) },
    };
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
function monthCost(l, m) {
    const storageUsd = l.storage[m];
    const transitionUsd = l.transition[m];
    const earlyDeleteUsd = l.early[m];
    return {
        storageUsd: round(storageUsd),
        transitionUsd: round(transitionUsd),
        earlyDeleteUsd: round(earlyDeleteUsd),
        totalUsd: round(storageUsd + transitionUsd + earlyDeleteUsd),
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

;// CONCATENATED MODULE: ./src/pipeline/cost.ts
/**
 * `cost` end to end, shared by the CLI and (per target) by `plan`: read both configurations, fold
 * the bucket's objects into cohorts, project. I/O here; the projection itself is pure.
 */








const DEFAULT_MONTHS = 12;
async function runCost(req) {
    const cwd = req.cwd ?? process.cwd();
    const unknowns = [];
    const proposed = req.proposed.kind === 'file' ? await readConfiguration((0,external_node_path_.resolve)(cwd, req.proposed.path), req.proposed.path) : req.proposed.config;
    let current = compile/* EMPTY_CONFIG */.$;
    if (req.current.kind === 'file') {
        current = await readConfiguration((0,external_node_path_.resolve)(cwd, req.current.path), req.current.path);
        if (current.minimumObjectSizeSource === 'default') {
            unknowns.push({ kind: 'input', configuration: 'current', message: `${req.current.path} does not say TransitionDefaultMinimumObjectSize; all_storage_classes_128K is assumed (a bucket configured before September 2024 may still use varies_by_storage_class)` });
        }
    }
    else if (req.current.kind === 'compiled')
        current = req.current.config;
    const configs = [current, proposed];
    const matcher = new SelectorMatcher(configs);
    const rankCap = (0,compile/* maxNewerVersions */.B)(configs) + 1;
    let table;
    switch (req.objects.kind) {
        case 'inventory':
            table = await readInventory((0,source.localSource)(req.objects.path, cwd), { matcher, rankCap });
            break;
        case 'cohorts':
            table = await readCohortCsv((0,external_node_path_.resolve)(cwd, req.objects.path), req.objects.path, matcher);
            break;
        case 'listing': {
            const { listBucket } = await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 6302));
            table = await listBucket({ ...req.objects, matcher, rankCap, progress: req.progress });
            break;
        }
    }
    for (const n of table.notes)
        unknowns.push({ kind: 'input', message: n });
    // The inventory's date, else now (a cohort table or a listing has no date of its own).
    const asOfMs = req.asOfMs ?? table.asOfMs ?? Date.now();
    return project({
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
    });
}
/**
 * For `plan`: the projection of one target whose inventory is configured. `proposedData` and
 * `currentData` are parsed lifecycle configurations (the file's content; the live bucket's).
 */
async function projectTarget(opts) {
    const { compileConfiguration } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 0));
    return runCost({
        proposed: { kind: 'compiled', config: compileConfiguration(opts.proposedData) },
        current: opts.currentData === undefined ? { kind: 'none' } : { kind: 'compiled', config: compileConfiguration(opts.currentData) },
        objects: { kind: 'inventory', path: opts.inventory },
        region: opts.region,
        catalog: opts.catalog,
        months: opts.months,
        growth: opts.growth,
        cwd: opts.cwd,
    });
}


/***/ })

};
