export const id = 365;
export const ids = [365];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ compareCohorts),
/* harmony export */   gT: () => (/* binding */ CLASS_INDEX),
/* harmony export */   hz: () => (/* binding */ CohortBuilder)
/* harmony export */ });
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
        if (o.current && o.lockedUntilDay === 0) {
            // signature < 2^20, class < 8, day < 2^17: fits well within 2^53.
            const key = (o.signature * 8 + o.classIndex) * 131072 + o.createdDay;
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
        const key = `${o.signature}|${o.classIndex}|${o.createdDay}|${o.current ? 1 : 0}|${o.noncurrentSinceDay}|${o.newerVersions}|${o.lockedUntilDay}`;
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
        }
        if (o.lockedUntilDay !== 0)
            c.lockedUntilDay = o.lockedUntilDay;
        return c;
    }
    cohorts() {
        return [...this.simple.values(), ...this.other.values()].sort(compareCohorts);
    }
}
function compareCohorts(a, b) {
    return (a.signature - b.signature ||
        CLASS_INDEX[a.storageClass] - CLASS_INDEX[b.storageClass] ||
        a.createdDay - b.createdDay ||
        Number(b.current) - Number(a.current) ||
        (a.noncurrentSinceDay ?? 0) - (b.noncurrentSinceDay ?? 0) ||
        (a.newerVersions ?? 0) - (b.newerVersions ?? 0) ||
        (a.lockedUntilDay ?? 0) - (b.lockedUntilDay ?? 0));
}


/***/ }),

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VG: () => (/* binding */ csvLayout),
  V8: () => (/* binding */ foldCsvFiles),
  dc: () => (/* binding */ kernelSetup)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/cost/cohorts/cohort.ts
var cohort = __webpack_require__(5847);
;// CONCATENATED MODULE: ./src/cost/inventory/csv-kernel.ts
/**
 * The S3 Inventory CSV parser (ADR 0080) as one self-contained function: it refers to nothing
 * outside its body, so its source text could also run in a worker thread (ncc cannot bundle worker
 * files; ADR 0080 says why none is used today). Lines are found with the native indexOf, fields with a small
 * loop; only the needed columns are decoded. Keys are compared as bytes against the rule prefixes,
 * and become strings only when a URL escape ("%", "+") falls within the longest prefix, or to track
 * versions. S3 Inventory quotes every field and URL-encodes keys, so no field holds a quote.
 *
 * Cohort keys: current unlocked objects by the number (signature × 8 + class) × 131072 + day;
 * others by "signature|class|day|current|noncurrentSince|newerVersions|lockedUntilDay".
 */
function csvKernel(setup) {
    const L = setup.layout;
    const QUOTE = 0x22;
    const COMMA = 0x2c;
    const LF = 0x0a;
    const CR = 0x0d;
    const maxCol = Math.max(L.key, L.size, L.lastModified, L.storageClass, L.isLatest, L.isDeleteMarker, L.lockUntil, L.legalHold);
    const starts = new Int32Array(maxCol + 1);
    const ends = new Int32Array(maxCol + 1);
    const bands = setup.sizeBounds;
    const nBands = bands.length;
    const prefixStrings = setup.prefixes;
    const prefixes = prefixStrings.map((p, index) => ({ index, bytes: Buffer.from(p, 'utf8') })).filter((p) => p.index > 0);
    prefixes.sort((a, b) => b.bytes.length - a.bytes.length);
    const byFirst = [];
    for (let b = 0; b < 256; b++)
        byFirst.push(prefixes.filter((p) => p.bytes[0] === b));
    const longest = prefixes.reduce((m, p) => Math.max(m, p.bytes.length), 0);
    const classByLength = [];
    setup.classNames.forEach((n, index) => (classByLength[n.length] ??= []).push({ bytes: Buffer.from(n), index }));
    const simple = new Map();
    const other = new Map();
    const unknown = new Map();
    let rows = 0;
    let skipped = 0;
    let versioned = false;
    let file = '';
    let line = 0;
    let carry;
    let lastYmd = -1;
    let lastDay = 0;
    // Versions of a key arrive together, newest first, possibly across data files.
    let vKey;
    let vNewerDay = 0;
    let vSeen = 0;
    const bad = (what) => new Error(`${file}:${line}: the inventory row ${what}`);
    const decodeKey = (buf, s, e) => {
        const raw = buf.toString('latin1', s, e);
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0)
            return raw;
        try {
            return decodeURIComponent(raw.replace(/\+/g, ' '));
        }
        catch {
            return raw;
        }
    };
    const dayAt = (buf, s, e) => {
        if (e - s < 10)
            throw bad('has a LastModifiedDate that is not an ISO 8601 date');
        let y = 0;
        let m = 0;
        let d = 0;
        for (let i = s; i < s + 4; i++)
            y = y * 10 + buf[i] - 48;
        m = (buf[s + 5] - 48) * 10 + buf[s + 6] - 48;
        d = (buf[s + 8] - 48) * 10 + buf[s + 9] - 48;
        if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) || buf[s + 4] !== 0x2d)
            throw bad('has a LastModifiedDate that is not an ISO 8601 date');
        const ymd = y * 10000 + m * 100 + d;
        if (ymd !== lastYmd) {
            lastYmd = ymd;
            // Days from civil (proleptic Gregorian), as in src/cost/time.ts.
            const yy = y - (m <= 2 ? 1 : 0);
            const era = Math.floor(yy / 400);
            const yoe = yy - era * 400;
            const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
            lastDay = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
        }
        return lastDay;
    };
    const classAt = (buf, s, e) => {
        const len = e - s;
        const candidates = classByLength[len];
        if (candidates) {
            for (const c of candidates) {
                if (buf[s] !== c.bytes[0])
                    continue;
                let i = 1;
                while (i < len && buf[s + i] === c.bytes[i])
                    i++;
                if (i === len)
                    return c.index;
            }
        }
        const name = buf.toString('latin1', s, e);
        unknown.set(name, (unknown.get(name) ?? 0) + 1);
        return -1;
    };
    const groupOf = (buf, s, e) => {
        if (!prefixes.length || e === s)
            return 0;
        for (let i = s, stop = Math.min(e, s + longest); i < stop; i++) {
            const b = buf[i];
            if (b === 0x25 || b === 0x2b) {
                const key = decodeKey(buf, s, e);
                for (const p of prefixes)
                    if (key.startsWith(prefixStrings[p.index]))
                        return p.index;
                return 0;
            }
        }
        const len = e - s;
        outer: for (const p of byFirst[buf[s]]) {
            const pb = p.bytes;
            if (pb.length > len)
                continue;
            for (let i = 1; i < pb.length; i++)
                if (buf[s + i] !== pb[i])
                    continue outer;
            return p.index;
        }
        return 0;
    };
    const row = (buf, pos, end) => {
        let col = 0;
        while (col <= maxCol) {
            if (pos > end)
                throw bad(`has ${col} fields; the manifest's fileSchema names more`);
            if (buf[pos] === QUOTE) {
                let q = pos + 1;
                while (q < end && buf[q] !== QUOTE)
                    q++;
                if (q >= end)
                    throw bad('has a quoted field with no closing quote');
                starts[col] = pos + 1;
                ends[col] = q;
                pos = q + 2;
            }
            else {
                let c = pos;
                while (c < end && buf[c] !== COMMA)
                    c++;
                starts[col] = pos;
                ends[col] = c;
                pos = c + 1;
            }
            col++;
        }
        rows++;
        if (setup.onRecord)
            return emit(buf);
        let current = true;
        let ncSince = 0;
        let newer = 0;
        if (L.isLatest >= 0) {
            versioned = true;
            const key = decodeKey(buf, starts[L.key], ends[L.key]);
            const marker = L.isDeleteMarker >= 0 && buf[starts[L.isDeleteMarker]] === 0x74; // "true"
            const day = dayAt(buf, starts[L.lastModified], ends[L.lastModified]);
            current = buf[starts[L.isLatest]] === 0x74;
            if (key !== vKey) {
                vKey = key;
                vSeen = 0;
                vNewerDay = day;
            }
            if (!current) {
                // Without a newer version in sight, its own date is the earliest it became noncurrent.
                ncSince = Math.max(vNewerDay, day);
                newer = Math.min(vSeen, setup.rankCap);
                if (!marker)
                    vSeen++;
            }
            vNewerDay = day;
            // Delete markers hold no data; they only make their key's older versions noncurrent.
            if (marker) {
                skipped++;
                return;
            }
        }
        const cls = classAt(buf, starts[L.storageClass], ends[L.storageClass]);
        if (cls < 0) {
            skipped++;
            return;
        }
        let size = 0;
        for (let i = starts[L.size], e = ends[L.size]; i < e; i++) {
            const dgt = buf[i] - 48;
            if (dgt < 0 || dgt > 9)
                throw bad('has a Size that is not a whole number of bytes');
            size = size * 10 + dgt;
        }
        let band = 0;
        while (band + 1 < nBands && size >= bands[band + 1])
            band++;
        const signature = groupOf(buf, starts[L.key], ends[L.key]) * nBands + band;
        const day = dayAt(buf, starts[L.lastModified], ends[L.lastModified]);
        let lock = 0;
        if (L.legalHold >= 0 && ends[L.legalHold] - starts[L.legalHold] === 2 && buf[starts[L.legalHold] + 1] === 0x4e)
            lock = Infinity; // "ON"
        else if (L.lockUntil >= 0 && ends[L.lockUntil] > starts[L.lockUntil]) {
            const until = Date.parse(buf.toString('latin1', starts[L.lockUntil], ends[L.lockUntil]));
            if (!Number.isFinite(until))
                throw bad('has an ObjectLockRetainUntilDate that is not a date');
            lock = Math.floor((until - 1) / 86_400_000);
        }
        if (current && lock === 0) {
            const k = (signature * 8 + cls) * 131072 + day;
            const c = simple.get(k);
            if (c) {
                c[0]++;
                c[1] += size;
            }
            else
                simple.set(k, [1, size]);
            return;
        }
        const k = `${signature}|${cls}|${day}|${current ? 1 : 0}|${ncSince}|${newer}|${lock}`;
        const c = other.get(k);
        if (c) {
            c[1]++;
            c[2] += size;
        }
        else
            other.set(k, [k, 1, size]);
    };
    const emit = (buf) => {
        let size = 0;
        for (let i = starts[L.size], e = ends[L.size]; i < e; i++) {
            const dgt = buf[i] - 48;
            if (dgt < 0 || dgt > 9)
                throw bad('has a Size that is not a whole number of bytes');
            size = size * 10 + dgt;
        }
        const lastModifiedMs = Date.parse(buf.toString('latin1', starts[L.lastModified], ends[L.lastModified]));
        if (!Number.isFinite(lastModifiedMs))
            throw bad('has a LastModifiedDate that is not an ISO 8601 date');
        if (L.isLatest >= 0)
            versioned = true;
        setup.onRecord({
            key: decodeKey(buf, starts[L.key], ends[L.key]),
            size,
            lastModifiedMs,
            storageClass: buf.toString('latin1', starts[L.storageClass], ends[L.storageClass]),
            ...(L.isLatest >= 0 ? { isLatest: buf[starts[L.isLatest]] === 0x74 } : {}),
            isDeleteMarker: L.isDeleteMarker >= 0 && buf[starts[L.isDeleteMarker]] === 0x74,
        });
    };
    const lines = (buf, from, to) => {
        let pos = from;
        while (pos < to) {
            let nl = buf.indexOf(LF, pos);
            if (nl < 0 || nl >= to)
                nl = to;
            let end = nl;
            if (end > pos && buf[end - 1] === CR)
                end--;
            line++;
            if (end > pos)
                row(buf, pos, end);
            pos = nl + 1;
        }
    };
    return {
        beginFile(name) {
            file = name;
            line = 0;
            carry = undefined;
        },
        feed(chunk) {
            let start = 0;
            if (carry) {
                const nl = chunk.indexOf(LF);
                if (nl < 0) {
                    carry = Buffer.concat([carry, chunk]);
                    return;
                }
                const joined = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
                carry = undefined;
                lines(joined, 0, joined.length);
                start = nl + 1;
            }
            const last = chunk.lastIndexOf(LF);
            if (last < start) {
                carry = chunk.subarray(start);
                return;
            }
            lines(chunk, start, last + 1);
            if (last + 1 < chunk.length)
                carry = chunk.subarray(last + 1);
        },
        endFile() {
            if (carry && carry.length)
                lines(carry, 0, carry.length);
            carry = undefined;
        },
        result() {
            const flat = [];
            for (const [k, c] of simple)
                flat.push(k, c[0], c[1]);
            return { simple: flat, other: [...other.values()], rows, skipped, unknownClasses: [...unknown], versioned };
        },
    };
}

// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
;// CONCATENATED MODULE: ./src/cost/inventory/csv.ts
/** S3 Inventory CSV(.gz) data files into cohorts through the parser kernel (csv-kernel.ts). */






function csvLayout(columns) {
    const at = (name) => columns.indexOf(name);
    return {
        key: at('key'),
        size: at('size'),
        lastModified: at('last_modified_date'),
        storageClass: at('storage_class'),
        isLatest: at('is_latest'),
        isDeleteMarker: at('is_delete_marker'),
        lockUntil: at('object_lock_retain_until_date'),
        legalHold: at('object_lock_legal_hold_status'),
    };
}
function kernelSetup(layout, prefixes, sizeBounds, rankCap) {
    return { layout, prefixes: [...prefixes], sizeBounds: [...sizeBounds], classNames: [...storage_classes/* STORAGE_CLASS_NAMES */.Uu], rankCap };
}
const GUNZIP = { chunkSize: 1 << 20, readableHighWaterMark: 1 << 23 };
/**
 * One parser thread; zlib decompresses on the thread pool meanwhile, so two cores are busy. Parser
 * threads fed with line-aligned pieces were measured slower and twice as large on two cores
 * (ADR 0080).
 */
async function foldCsvFiles(files, setup, o = {}) {
    const k = csvKernel(setup);
    let done = 0;
    for (const f of files) {
        k.beginFile(f.name);
        try {
            for await (const chunk of decompress(f.stream(), f.name))
                k.feed(chunk);
            k.endFile();
        }
        catch (err) {
            throw readError(f.name, err);
        }
        o.onFile?.(++done);
    }
    return toCohorts(k.result());
}
function decompress(stream, name) {
    if (!/\.gz$/i.test(name))
        return stream;
    // pipeline() destroys the gunzip stream on a read error, so the loop sees every failure; the
    // read-ahead lets the thread pool decompress while this thread parses.
    return (0,external_node_stream_.pipeline)(stream, (0,external_node_zlib_.createGunzip)(GUNZIP), () => undefined);
}
function readError(name, err) {
    const e = err;
    if (e instanceof errors/* InputError */.d)
        return e;
    if (typeof e.code === 'string' && e.code.startsWith('Z_'))
        return new errors/* InputError */.d(`${name}: not a readable gzip file (${e.message})`);
    if (typeof e.code === 'string')
        return new errors/* InputError */.d(`${name}: cannot be read (${e.code})`);
    // The kernel's own errors already name file and line.
    return new errors/* InputError */.d(e.message);
}
/** The kernel's table as cohorts, in the order every reader produces them. */
function toCohorts(r) {
    const builder = new cohort/* CohortBuilder */.hz();
    const facts = { signature: 0, classIndex: 0, createdDay: 0, size: 0, current: true, noncurrentSinceDay: 0, newerVersions: 0, lockedUntilDay: 0 };
    for (const [key, objects, bytes] of r.other) {
        const [signature, classIndex, createdDay, current, noncurrentSinceDay, newerVersions, lockedUntilDay] = key.split('|').map(Number);
        Object.assign(facts, { signature, classIndex, createdDay, current: current === 1, noncurrentSinceDay, newerVersions, lockedUntilDay });
        builder.addCounts(facts, objects, bytes);
    }
    const cohorts = builder.cohorts();
    // Current, unlocked objects: the numeric key is (signature × 8 + class) × 131072 + day.
    for (let i = 0; i < r.simple.length; i += 3) {
        const key = r.simple[i];
        const rest = Math.floor(key / 131072);
        cohorts.push({ signature: Math.floor(rest / 8), storageClass: storage_classes/* STORAGE_CLASS_NAMES */.Uu[rest % 8], createdDay: key % 131072, current: true, objects: r.simple[i + 1], bytes: r.simple[i + 2] });
    }
    cohorts.sort(cohort/* compareCohorts */._n);
    return { cohorts, rows: r.rows, skipped: r.skipped, versioned: r.versioned, unknownClasses: new Map(r.unknownClasses) };
}


/***/ }),

/***/ 903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A problem with an input file, already phrased for the user (file:line:column where known). */
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest)
/* harmony export */ });
/* unused harmony exports parseManifest, csvColumns, parquetColumns */
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7338);
/* harmony import */ var _lint_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2739);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/**
 * An S3 Inventory manifest.json: the report's date, format, column schema and data files. Read with
 * positions so a bad manifest is one sentence with file:line:column.
 */



async function readManifest(path, display) {
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o)(path, display);
    if (!read.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
    return parseManifest(read.doc);
}
function parseManifest(doc) {
    const data = doc.data;
    const fail = (pointer, message) => {
        const p = doc.locate(pointer);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${doc.file}:${p.line}:${p.column}: ${message}`);
    };
    if (!(0,_lint_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(data))
        return fail('', 'an S3 Inventory manifest is a JSON object with fileFormat, fileSchema and files');
    const format = data.fileFormat;
    if (format !== 'CSV' && format !== 'Parquet' && format !== 'ORC') {
        return fail('/fileFormat', `fileFormat must be "CSV", "Parquet" or "ORC"${format === undefined ? ' and is missing' : `, not ${JSON.stringify(format)}`}`);
    }
    if (format === 'ORC')
        fail('/fileFormat', 'ORC inventories are not read yet; configure the inventory as CSV or Parquet, or use --cohort-sql athena');
    if (typeof data.fileSchema !== 'string' || data.fileSchema.trim() === '')
        return fail('/fileSchema', 'fileSchema must name the inventory columns');
    const columns = format === 'CSV' ? csvColumns(data.fileSchema) : parquetColumns(data.fileSchema);
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
        if (!(0,_lint_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(f) || typeof f.key !== 'string')
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
    return schema.split(',').map((c) => c.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}
/** "message s3.inventory { required binary bucket (UTF8); optional int64 size; … }" → names. */
function parquetColumns(schema) {
    return [...schema.matchAll(/(?:required|optional|repeated)\s+\w+\s+(\w+)/g)].map((m) => m[1].toLowerCase());
}


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ foldParquet)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(903);

const COLUMNS = ['key', 'size', 'last_modified_date', 'storage_class', 'is_latest', 'is_delete_marker', 'object_lock_retain_until_date', 'object_lock_legal_hold_status'];
async function foldParquet(file, present, folder, name) {
    const { parquetMetadataAsync, parquetReadObjects } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 4338));
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: not a readable Parquet file (${err.message})`);
    }
    const columns = COLUMNS.filter((c) => present.includes(c));
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        const rows = await parquetReadObjects({ file, metadata, columns, rowStart, rowEnd, utf8: true });
        for (const r of rows) {
            folder.add({
                key: String(r.key ?? ''),
                size: Number(r.size ?? 0),
                lastModifiedMs: timeOf(r.last_modified_date),
                storageClass: String(r.storage_class ?? ''),
                isLatest: r.is_latest === undefined || r.is_latest === null ? undefined : Boolean(r.is_latest),
                isDeleteMarker: Boolean(r.is_delete_marker),
                lockRetainUntilMs: r.object_lock_retain_until_date == null ? undefined : timeOf(r.object_lock_retain_until_date),
                legalHold: r.object_lock_legal_hold_status === 'ON',
            });
        }
        rowStart = rowEnd;
    }
}
/** TIMESTAMP_MILLIS arrives as a Date (or a bigint/number of ms, depending on the writer). */
function timeOf(v) {
    if (v instanceof Date)
        return v.getTime();
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string')
        return Date.parse(v);
    return NaN;
}


/***/ })

};
