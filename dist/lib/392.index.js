export const id = 392;
export const ids = [392];
export const modules = {

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ newFacts),
/* harmony export */   au: () => (/* binding */ RecordFolder)
/* harmony export */ });
/* unused harmony export VersionTracker */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4483);
/* harmony import */ var _cohort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5847);
/**
 * Objects one at a time (from a listing, a Parquet inventory or a test) into cohorts. The CSV reader
 * has its own byte-level path for speed and shares everything after the parse with this one.
 */



/**
 * Versions of a key arrive together, newest first (how S3 Inventory and ListObjectVersions order
 * them): a noncurrent version became noncurrent when the next newer one was created, and ranks
 * below the key's current version (the head), whose expiry or overwrite will rank it one lower.
 */
class VersionTracker {
    key;
    newerDay = 0;
    noncurrentSeen = 0;
    headSignature = -1;
    headDay = 0;
    /** Fills the version fields of `o` for a record of `key` (call in input order; `signature` is -1 for a delete marker). */
    track(o, key, isLatest, isDeleteMarker, day, cap, signature) {
        if (key !== this.key) {
            this.key = key;
            this.noncurrentSeen = 0;
            this.newerDay = day;
            // A key whose newest listed row is not its latest has no head in sight: nothing will rank it lower.
            this.headSignature = isLatest && !isDeleteMarker ? signature : -1;
            this.headDay = day;
        }
        o.current = isLatest;
        o.overwritten = false;
        if (!isLatest) {
            // Without a newer version in sight, the version's own date is the earliest it can have become noncurrent.
            o.noncurrentSinceDay = Math.max(this.newerDay, day);
            o.newerVersions = Math.min(this.noncurrentSeen, cap);
            o.headSignature = this.headSignature;
            o.headCreatedDay = this.headDay;
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
    return {
        signature: 0,
        classIndex: 0,
        createdDay: 0,
        size: 0,
        current: true,
        noncurrentSinceDay: 0,
        newerVersions: 0,
        lockedUntilDay: 0,
        headSignature: -1,
        headCreatedDay: 0,
        overwritten: false,
    };
}
class RecordFolder {
    matcher;
    rankCap;
    builder = new _cohort_js__WEBPACK_IMPORTED_MODULE_2__/* .CohortBuilder */ .hz();
    facts = newFacts();
    versions = new VersionTracker();
    /** A current version held back until the next row tells whether its key has older data versions. */
    pending;
    versioned = false;
    constructor(matcher, 
    /** Ranks of noncurrent versions above this behave alike (largest NewerNoncurrentVersions + 1). */
    rankCap) {
        this.matcher = matcher;
        this.rankCap = rankCap;
    }
    add(r) {
        const o = this.facts;
        const day = (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(r.lastModifiedMs);
        const readable = !r.isDeleteMarker && Number.isFinite(day) && (0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(r.storageClass);
        const signature = readable ? this.matcher.signature(this.matcher.prefixGroupOfString(r.key), this.matcher.sizeBand(r.size)) : -1;
        if (r.isLatest !== undefined) {
            this.versioned = true;
            // A held-back current version learns from the next row whether its key has older data versions.
            if (this.pending && (this.pending.key !== r.key || r.isLatest || !r.isDeleteMarker))
                this.flush(this.pending.key === r.key && !r.isLatest && !r.isDeleteMarker);
            this.versions.track(o, r.key, r.isLatest, !!r.isDeleteMarker, day, this.rankCap, signature);
        }
        else {
            o.current = true;
            o.noncurrentSinceDay = 0;
            o.newerVersions = 0;
            o.overwritten = false;
        }
        // Delete markers hold no data; they only mark their key's older versions noncurrent.
        if (!readable) {
            this.builder.skip();
            return;
        }
        o.size = r.size;
        o.createdDay = day;
        o.classIndex = _cohort_js__WEBPACK_IMPORTED_MODULE_2__/* .CLASS_INDEX */ .gT[r.storageClass];
        o.signature = signature;
        o.lockedUntilDay = r.legalHold
            ? Infinity
            : r.lockRetainUntilMs !== undefined && r.lockRetainUntilMs > 0
                ? (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(r.lockRetainUntilMs - 1)
                : 0;
        if (r.isLatest === true) {
            this.pending = { facts: { ...o }, key: r.key };
            return;
        }
        this.builder.add(o);
    }
    /** Folds the last held-back current version; call once after the last record. */
    finish() {
        if (this.pending)
            this.flush(false);
    }
    flush(overwritten) {
        const p = this.pending;
        this.pending = undefined;
        p.facts.overwritten = overwritten;
        this.builder.add(p.facts);
    }
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ COLUMNS)
/* harmony export */ });
/** The S3 Inventory columns the columnar readers (Parquet, ORC) take, in the order they hand them on. */
const COLUMNS = [
    'key',
    'size',
    'last_modified_date',
    'storage_class',
    'is_latest',
    'is_delete_marker',
    'object_lock_retain_until_date',
    'object_lock_legal_hold_status',
];


/***/ }),

/***/ 187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VG: () => (/* binding */ csvLayout),
  V8: () => (/* binding */ foldCsvFiles),
  dc: () => (/* binding */ kernelSetup)
});

// UNUSED EXPORTS: mergeResults, toCohorts

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/cost/cohorts/cohort.ts
var cohort = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/cost/cohorts/records.ts
var records = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/cost/inventory/csv-kernel.ts
/**
 * The S3 Inventory CSV parser (ADRs 0080, 0175) as one self-contained function: it refers to
 * nothing outside its body, so its source text runs in worker threads too (ncc cannot bundle worker
 * files; ADR 0170). Lines are found with the native indexOf, fields with a small loop; only the
 * needed columns are decoded. Keys are compared as bytes against the rule prefixes, and become
 * strings only when a URL escape ("%", "+") could change which prefix matches, or to track
 * versions. S3 Inventory quotes every field and URL-encodes keys, so no field holds a quote.
 *
 * Cohort keys: current unlocked objects by the number ((signature × 8 + class) × 2 + overwritten) ×
 * 131072 + day (a day from 1970 to 2328; any other by the string key); other current versions by "signature|class|day|1|overwritten|lockedUntilDay";
 * noncurrent versions by "signature|class|day|0|noncurrentSince|newerVersions|lockedUntilDay|
 * headSignature|headCreatedDay". A versioned key's current version is held back until the key's
 * next row says whether it has older data versions.
 */
function csvKernel(setup) {
    const L = setup.layout;
    const QUOTE = 0x22;
    const COMMA = 0x2c;
    const LF = 0x0a;
    const CR = 0x0d;
    const maxCol = Math.max(L.key, L.size, L.lastModified, L.storageClass, L.isLatest, L.isDeleteMarker, L.lockUntil, L.legalHold, setup.onRecord ? (L.eTag ?? -1) : -1);
    const eTagCol = setup.onRecord ? (L.eTag ?? -1) : -1;
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
    // Longest prefix per first byte: an escape past it cannot change which of them matches.
    const reach = byFirst.map((list) => list.reduce((m, p) => Math.max(m, p.bytes.length), 0));
    // A prefix holding "%" or "+" can only be compared decoded: every key then takes the slow path.
    const plain = prefixes.every((p) => !p.bytes.includes(0x25) && !p.bytes.includes(0x2b));
    const classByLength = [];
    setup.classNames.forEach((n, index) => (classByLength[n.length] ??= []).push({ bytes: Buffer.from(n), index }));
    // The numeric cohort keys in an open-addressing table of [key, objects, bytes, -] in one typed
    // array: a Map of small arrays costs a boxed number per addition and scattered memory per lookup.
    let slots = 1 << 12;
    let shift = 32 - 12;
    let table = new Float64Array(slots * 4).fill(-Infinity);
    let used = 0;
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
    let vHead = -1;
    let vHeadDay = 0;
    let pendingKey;
    let pendingSig = 0;
    let pendingCls = 0;
    let pendingDay = 0;
    let pendingLock = 0;
    let pendingSize = 0;
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
    /** The prefix group of a key, from its raw bytes when no escape can change the answer. */
    const groupOf = (buf, s, e) => {
        if (!prefixes.length || e === s)
            return 0;
        const first = buf[s];
        if (!plain || first === 0x25 || first === 0x2b)
            return groupDecoded(buf, s, e);
        // The decoded key starts with this same byte, so only prefixes that do can match.
        const candidates = byFirst[first];
        if (!candidates.length)
            return 0;
        const len = e - s;
        let found = 0;
        let matched = 1;
        outer: for (const p of candidates) {
            const pb = p.bytes;
            if (pb.length > len)
                continue;
            for (let i = 1; i < pb.length; i++)
                if (buf[s + i] !== pb[i])
                    continue outer;
            found = p.index;
            matched = pb.length;
            break;
        }
        // Bytes up to the match hold no escape; one after it could still decode into a longer prefix.
        for (let i = s + matched, stop = Math.min(e, s + reach[first]); i < stop; i++) {
            const b = buf[i];
            if (b === 0x25 || b === 0x2b)
                return groupDecoded(buf, s, e);
        }
        return found;
    };
    const groupDecoded = (buf, s, e) => {
        const key = decodeKey(buf, s, e);
        for (const p of prefixes)
            if (key.startsWith(prefixStrings[p.index]))
                return p.index;
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
        let marker = false;
        let key = '';
        let vDay = 0;
        if (L.isLatest >= 0) {
            versioned = true;
            key = decodeKey(buf, starts[L.key], ends[L.key]);
            marker = L.isDeleteMarker >= 0 && buf[starts[L.isDeleteMarker]] === 0x74; // "true"
            vDay = dayAt(buf, starts[L.lastModified], ends[L.lastModified]);
            current = buf[starts[L.isLatest]] === 0x74;
            // A held-back current version learns here whether its key has older data versions.
            if (pendingKey !== undefined && (pendingKey !== key || current || !marker))
                flushPending(pendingKey === key && !current && !marker);
            if (key !== vKey) {
                vKey = key;
                vSeen = 0;
                vNewerDay = vDay;
                vHead = -1;
                vHeadDay = vDay;
            }
            if (!current) {
                // Without a newer version in sight, its own date is the earliest it became noncurrent.
                ncSince = Math.max(vNewerDay, vDay);
                newer = Math.min(vSeen, setup.rankCap);
                if (!marker)
                    vSeen++;
            }
            vNewerDay = vDay;
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
        const day = L.isLatest >= 0 ? vDay : dayAt(buf, starts[L.lastModified], ends[L.lastModified]);
        let lock = 0;
        if (L.legalHold >= 0 && ends[L.legalHold] - starts[L.legalHold] === 2 && buf[starts[L.legalHold] + 1] === 0x4e)
            lock = Infinity; // "ON"
        else if (L.lockUntil >= 0 && ends[L.lockUntil] > starts[L.lockUntil]) {
            const until = Date.parse(buf.toString('latin1', starts[L.lockUntil], ends[L.lockUntil]));
            if (!Number.isFinite(until))
                throw bad('has an ObjectLockRetainUntilDate that is not a date');
            lock = Math.floor((until - 1) / 86_400_000);
        }
        if (L.isLatest >= 0 && current) {
            // The key's head: its versions rank below it. Held back until its key's next row is seen.
            if (key === vKey && vSeen === 0) {
                vHead = signature;
                vHeadDay = day;
            }
            pendingKey = key;
            pendingSig = signature;
            pendingCls = cls;
            pendingDay = day;
            pendingLock = lock;
            pendingSize = size;
            return;
        }
        if (current && lock === 0 && day >= 0 && day < 131072) {
            addSimple(signature, cls, false, day, 1, size);
            return;
        }
        if (current) {
            addOther(`${signature}|${cls}|${day}|1|0|${lock}`, 1, size);
            return;
        }
        addOther(`${signature}|${cls}|${day}|0|${ncSince}|${newer}|${lock}|${vHead}|${vHeadDay}`, 1, size);
    };
    const addSimple = (signature, cls, overwritten, day, objects, size) => {
        // ((signature × 8 + class) × 2 + overwritten) × 131072 + day, as cohort.ts's simpleKey.
        const k = ((signature * 8 + cls) * 2 + (overwritten ? 1 : 0)) * 131072 + day;
        const at = slotOf(k);
        table[at + 1] += objects;
        table[at + 2] += size;
        if (used * 2 > slots)
            grow();
    };
    /** The key's slot (index of its first cell), claimed for it when new. */
    const slotOf = (k) => {
        let i = Math.imul((k | 0) ^ ((k / 4294967296) | 0), 0x9e3779b1) >>> shift;
        for (;;) {
            const t = table[i * 4];
            if (t === k)
                return i * 4;
            if (t === -Infinity) {
                table[i * 4] = k;
                table[i * 4 + 1] = 0;
                table[i * 4 + 2] = 0;
                used++;
                return i * 4;
            }
            i = (i + 1) & (slots - 1);
        }
    };
    const grow = () => {
        const old = table;
        slots *= 2;
        shift--;
        table = new Float64Array(slots * 4).fill(-Infinity);
        used = 0;
        for (let i = 0; i < old.length; i += 4) {
            if (old[i] === -Infinity)
                continue;
            const at = slotOf(old[i]);
            table[at + 1] = old[i + 1];
            table[at + 2] = old[i + 2];
        }
    };
    const addOther = (k, objects, size) => {
        const c = other.get(k);
        if (c) {
            c[1] += objects;
            c[2] += size;
        }
        else
            other.set(k, [k, objects, size]);
    };
    const flushPending = (overwritten) => {
        if (pendingLock === 0 && pendingDay >= 0 && pendingDay < 131072)
            addSimple(pendingSig, pendingCls, overwritten, pendingDay, 1, pendingSize);
        else
            addOther(`${pendingSig}|${pendingCls}|${pendingDay}|1|${overwritten ? 1 : 0}|${pendingLock}`, 1, pendingSize);
        pendingKey = undefined;
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
            ...(eTagCol >= 0 && ends[eTagCol] > starts[eTagCol] ? { eTag: buf.toString('latin1', starts[eTagCol], ends[eTagCol]) } : {}),
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
                carry = Buffer.from(chunk.subarray(start));
                return;
            }
            lines(chunk, start, last + 1);
            // A copy: the caller may hand the chunk's memory back to its producer once feed returns.
            if (last + 1 < chunk.length)
                carry = Buffer.from(chunk.subarray(last + 1));
        },
        endFile() {
            if (carry && carry.length)
                lines(carry, 0, carry.length);
            carry = undefined;
        },
        rowCount() {
            return rows;
        },
        result() {
            if (pendingKey !== undefined)
                flushPending(false);
            const flat = [];
            for (let i = 0; i < table.length; i += 4)
                if (table[i] !== -Infinity)
                    flat.push(table[i], table[i + 1], table[i + 2]);
            return { simple: flat, other: [...other.values()], rows, skipped, unknownClasses: [...unknown], versioned };
        },
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
;// CONCATENATED MODULE: ./src/cost/inventory/csv-workers.ts
/**
 * S3 Inventory CSV data files read in parallel (ADR 0170): worker threads, one file at a time each,
 * so decompression (zlib on the thread pool) and parsing (the worker's own thread) overlap within a
 * file and files are parsed side by side. A worker is the parser kernel's source text with a small
 * loop around it, run with `eval` (ncc cannot bundle worker files). A worker reads a local file
 * itself; bytes from elsewhere (S3) are streamed to it by the main thread, a few chunks ahead.
 */



/** Chunks relayed to a worker and not yet parsed; bounds memory when S3 is faster than the parser. */
const IN_FLIGHT = 8;
/** Runs inside the worker, from its source text: no reference to anything outside its body. */
function workerMain(makeKernel, collectGarbage, req) {
    const { parentPort, workerData } = req('node:worker_threads');
    const collect = collectGarbage(req);
    const fs = req('node:fs');
    const zlib = req('node:zlib');
    const { PassThrough } = req('node:stream');
    const port = parentPort;
    let relay;
    const run = async (job) => {
        const k = makeKernel(workerData);
        k.beginFile(job.name);
        let source;
        if (job.path !== undefined)
            source = fs.createReadStream(job.path, { highWaterMark: 1 << 20 });
        else
            source = relay = new PassThrough({ highWaterMark: 1 << 22 });
        const input = job.gz ? source.pipe(zlib.createGunzip({ chunkSize: 1 << 20 })) : source;
        source.on('error', (e) => input.destroy(e));
        let chunks = 0;
        for await (const chunk of input) {
            k.feed(chunk);
            if (++chunks % 16 === 0)
                collect();
            if (chunks % 32 === 0)
                port.postMessage({ type: 'progress', rows: k.rowCount() });
        }
        k.endFile();
        const result = k.result();
        port.postMessage({ type: 'result', result });
    };
    port.on('message', (m) => {
        if (m.type === 'file') {
            run(m).catch((e) => port.postMessage({ type: 'error', message: e.message, code: e.code }));
        }
        else if (m.type === 'chunk') {
            relay.write(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength), () => port.postMessage({ type: 'ack' }));
        }
        else if (m.type === 'end')
            relay.end();
    });
}
/**
 * Runs inside a worker, from its source text: a young-generation collection, or nothing where the
 * runtime will not give one. zlib hands out a new 1 MiB buffer per chunk; the buffers live outside
 * the JavaScript heap, which the worker barely touches, so V8 would only collect them after 64 MiB
 * of them had piled up (its external-memory limit) in every worker: a fifth of the peak memory of
 * a large report. A minor collection every 16 chunks returns them for well under a millisecond.
 */
function collectGarbage(req) {
    try {
        // Node's documented way to reach gc() without a command-line flag: it exists in new contexts.
        req('node:v8').setFlagsFromString('--expose-gc');
        const gc = req('node:vm').runInNewContext('gc');
        return () => gc({ type: 'minor' });
    }
    catch {
        return () => undefined;
    }
}
/**
 * Runs inside a decompression worker, from its source text: reads a local gzip file, inflates it
 * and hands the bytes over a few megabytes at a time, pausing while the parser is behind.
 */
function inflateMain(collectGarbage, req) {
    const { parentPort, workerData } = req('node:worker_threads');
    const collect = collectGarbage(req);
    let chunks = 0;
    const fs = req('node:fs');
    const zlib = req('node:zlib');
    const port = parentPort;
    const { path, ahead, size } = workerData;
    const gunzip = zlib.createGunzip({ chunkSize: size });
    // A few buffers go back and forth, so memory stays flat however large the file.
    const free = Array.from({ length: ahead }, () => new ArrayBuffer(size));
    port.on('message', (buf) => {
        free.push(buf);
        if (gunzip.isPaused())
            gunzip.resume();
    });
    gunzip.on('data', (chunk) => {
        if (++chunks % 16 === 0)
            collect();
        const buf = free.pop() ?? new ArrayBuffer(size);
        new Uint8Array(buf).set(chunk);
        port.postMessage({ type: 'chunk', data: buf, length: chunk.length }, [buf]);
        if (!free.length)
            gunzip.pause();
    });
    gunzip.on('end', () => port.postMessage({ type: 'end' }));
    const fail = (e) => port.postMessage({ type: 'error', message: e.message, code: e.code });
    gunzip.on('error', fail);
    const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
    input.on('error', fail);
    input.pipe(gunzip);
}
/**
 * A local gzip file's bytes, inflated on a worker thread: the calling thread only parses (zlib's
 * own thread-pool work and its callbacks would otherwise share this thread's time). Each chunk is
 * valid until the next is asked for; its memory then goes back to the worker.
 */
async function* gunzipInWorker(path) {
    const w = new external_node_worker_threads_.Worker(`"use strict";\nvar __name = (f) => f;\n(${inflateMain.toString()})(${collectGarbage.toString()}, require);\n`, {
        eval: true,
        workerData: { path, ahead: 6, size: 1 << 20 },
    });
    const queue = [];
    let wake;
    const push = (m) => {
        queue.push(m);
        wake?.();
    };
    w.on('message', push);
    w.on('error', (e) => push({ type: 'error', message: e.message, code: e.code }));
    try {
        for (;;) {
            while (!queue.length)
                await new Promise((r) => (wake = r));
            const m = queue.shift();
            if (m.type === 'end')
                return;
            if (m.type === 'error')
                throw Object.assign(new Error(m.message), { code: m.code });
            yield Buffer.from(m.data, 0, m.length);
            w.postMessage(m.data, [m.data]);
        }
    }
    finally {
        await w.terminate();
    }
}
let source;
/** The worker's program: the kernel and the loop, as text. `__name` is what some transpilers wrap functions in. */
function workerSource() {
    source ??= `"use strict";\nvar __name = (f) => f;\n(${workerMain.toString()})(${csvKernel.toString()}, ${collectGarbage.toString()}, require);\n`;
    return source;
}
/** Folds the files on `threads` workers and returns one kernel result per file, in file order. */
async function parseInWorkers(files, setup, o) {
    const results = new Array(files.length);
    const rowsOf = new Float64Array(files.length);
    let next = 0;
    let done = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(o.threads, files.length)) }, () => new external_node_worker_threads_.Worker(workerSource(), { eval: true, workerData: setup }));
    const report = () => o.onProgress?.(rowsOf.reduce((a, b) => a + b, 0), done);
    try {
        await Promise.all(workers.map(async (w) => {
            while (next < files.length) {
                const i = next++;
                results[i] = await parseOne(w, files[i], (rows) => {
                    rowsOf[i] = rows;
                    report();
                });
                rowsOf[i] = results[i].rows;
                done++;
                report();
            }
        }));
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
}
function parseOne(w, f, onRows) {
    return new Promise((resolve, reject) => {
        let inFlight = 0;
        let wake;
        let stream;
        const cleanup = () => {
            w.off('message', onMessage);
            w.off('error', onError);
            stream?.destroy();
        };
        const onError = (e) => {
            cleanup();
            reject(readError(f.name, e));
        };
        const onMessage = (m) => {
            if (m.type === 'progress')
                onRows(m.rows);
            else if (m.type === 'ack') {
                inFlight--;
                wake?.();
            }
            else if (m.type === 'error') {
                cleanup();
                reject(readError(f.name, Object.assign(new Error(m.message), { code: m.code })));
            }
            else {
                cleanup();
                resolve(m.result);
            }
        };
        w.on('message', onMessage);
        w.on('error', onError);
        const gz = /\.gz$/i.test(f.name);
        w.postMessage({ type: 'file', name: f.name, ...(f.path !== undefined ? { path: f.path } : {}), gz });
        if (f.path !== undefined)
            return;
        void (async () => {
            try {
                stream = f.stream();
                for await (const chunk of stream) {
                    // Copy out of the stream's pool so the bytes can be handed over, not cloned again.
                    const data = new Uint8Array(chunk);
                    inFlight++;
                    w.postMessage({ type: 'chunk', data }, [data.buffer]);
                    while (inFlight >= IN_FLIGHT)
                        await new Promise((r) => (wake = r));
                }
                w.postMessage({ type: 'end' });
            }
            catch (e) {
                onError(e);
            }
        })();
    });
}
function readError(name, err) {
    const e = err;
    if (e instanceof errors/* InputError */.d)
        return e;
    if (typeof e.code === 'string' && e.code.startsWith('Z_'))
        return new errors/* InputError */.d(`${name}: not a readable gzip file (${e.message})`);
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code))
        return new errors/* InputError */.d(`${name}: cannot be read (${e.code})`);
    // The kernel's own errors already name file and line.
    return new errors/* InputError */.d(e.message);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        // CSV manifests say "ETag" (read as etag), Parquet schemas e_tag.
        eTag: Math.max(at('e_tag'), at('etag')),
    };
}
function kernelSetup(layout, prefixes, sizeBounds, rankCap) {
    return { layout, prefixes: [...prefixes], sizeBounds: [...sizeBounds], classNames: [...storage_classes/* STORAGE_CLASS_NAMES */.Uu], rankCap };
}
const GUNZIP = { chunkSize: 1 << 20, readableHighWaterMark: 1 << 23 };
/**
 * Several files of a report without versions are parsed in worker threads, one file per worker
 * (ADR 0170). One file, or versions (a key's versions may continue into the next file), are parsed
 * on this thread while zlib decompresses ahead on the thread pool.
 */
async function foldCsvFiles(files, setup, o = {}) {
    const threads = o.threads ?? (0,external_node_os_.availableParallelism)();
    if (files.length > 1 && threads > 1 && setup.layout.isLatest < 0 && !setup.onRecord) {
        const results = await parseInWorkers(files, setup, { threads, onProgress: o.onProgress });
        return toCohorts(mergeResults(results));
    }
    const k = csvKernel(setup);
    let done = 0;
    let chunks = 0;
    for (const f of files) {
        k.beginFile(f.name);
        try {
            // A local gzip file with a core to spare is inflated on a worker thread (ADR 0170).
            const bytes = f.path !== undefined && threads > 1 && /\.gz$/i.test(f.name)
                ? gunzipInWorker(f.path)
                : decompress(f.stream(), f.name);
            for await (const chunk of bytes) {
                k.feed(chunk);
                if (++chunks % 32 === 0)
                    o.onProgress?.(k.rowCount(), done);
            }
            k.endFile();
        }
        catch (err) {
            throw readError(f.name, err);
        }
        o.onProgress?.(k.rowCount(), ++done);
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
/** Per-file tables summed into one. */
function mergeResults(results) {
    if (results.length === 1)
        return results[0];
    // Summed in place in one flat list (key → its offset): no small array per cohort.
    const flat = [];
    const at = new Map();
    const other = new Map();
    const unknown = new Map();
    let rows = 0;
    let skipped = 0;
    let versioned = false;
    for (const r of results) {
        for (let i = 0; i < r.simple.length; i += 3) {
            const j = at.get(r.simple[i]);
            if (j === undefined) {
                at.set(r.simple[i], flat.length);
                flat.push(r.simple[i], r.simple[i + 1], r.simple[i + 2]);
            }
            else {
                flat[j + 1] += r.simple[i + 1];
                flat[j + 2] += r.simple[i + 2];
            }
        }
        for (const [k, objects, bytes] of r.other) {
            const c = other.get(k);
            if (c) {
                c[1] += objects;
                c[2] += bytes;
            }
            else
                other.set(k, [k, objects, bytes]);
        }
        for (const [name, n] of r.unknownClasses)
            unknown.set(name, (unknown.get(name) ?? 0) + n);
        rows += r.rows;
        skipped += r.skipped;
        versioned ||= r.versioned;
    }
    return { simple: flat, other: [...other.values()], rows, skipped, unknownClasses: [...unknown], versioned };
}
/** The kernel's table as cohorts, in the order every reader produces them. */
function toCohorts(r) {
    const builder = new cohort/* CohortBuilder */.hz();
    const facts = (0,records/* newFacts */.E3)();
    for (const [key, objects, bytes] of r.other) {
        const f = key.split('|').map(Number);
        facts.signature = f[0];
        facts.classIndex = f[1];
        facts.createdDay = f[2];
        facts.current = f[3] === 1;
        if (facts.current) {
            facts.overwritten = f[4] === 1;
            facts.lockedUntilDay = f[5];
        }
        else {
            [facts.noncurrentSinceDay, facts.newerVersions, facts.lockedUntilDay, facts.headSignature, facts.headCreatedDay] = f.slice(4);
            facts.overwritten = false;
        }
        builder.addCounts(facts, objects, bytes);
    }
    const counts = new Map();
    const keys = [];
    for (let i = 0; i < r.simple.length; i += 3) {
        counts.set(r.simple[i], i);
        keys.push(r.simple[i]);
    }
    const simple = (0,cohort/* inSimpleOrder */.Pv)(keys).map((key) => {
        const i = counts.get(key);
        const k = (0,cohort/* splitSimpleKey */.uw)(key);
        const c = {
            signature: k.signature,
            storageClass: storage_classes/* STORAGE_CLASS_NAMES */.Uu[k.classIndex],
            createdDay: k.day,
            current: true,
            objects: r.simple[i + 1],
            bytes: r.simple[i + 2],
        };
        if (k.overwritten)
            c.overwritten = true;
        return c;
    });
    const cohorts = (0,cohort/* mergeCohorts */.Vh)(simple, builder.cohorts());
    return { cohorts, rows: r.rows, skipped: r.skipped, versioned: r.versioned, unknownClasses: new Map(r.unknownClasses) };
}


/***/ }),

/***/ 4569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ foldOrc)
});

// EXTERNAL MODULE: ./src/cost/inventory/columns.ts
var columns = __webpack_require__(1717);
// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/cost/inventory/orc/protobuf.ts
/**
 * The few Protocol Buffers messages of an ORC file's tail and stripe footers (ADR 0171), read by
 * field number: PostScript, Footer, StripeInformation, Type, StripeFooter, Stream, ColumnEncoding
 * (apache/orc-format orc_proto.proto). Unknown fields are skipped, as protobuf readers do.
 */
class ProtoReader {
    buf;
    end;
    pos;
    constructor(buf, start = 0, end = buf.length) {
        this.buf = buf;
        this.end = end;
        this.pos = start;
    }
    more() {
        return this.pos < this.end;
    }
    varint() {
        let result = 0;
        let mul = 1;
        for (;;) {
            if (this.pos >= this.end)
                throw new Error('truncated varint');
            const b = this.buf[this.pos++];
            result += (b & 0x7f) * mul;
            if (b < 0x80)
                return result;
            mul *= 128;
        }
    }
    /** Next field: its number and wire type. */
    tag() {
        const t = this.varint();
        return { field: Math.floor(t / 8), wire: t & 7 };
    }
    bytes() {
        const n = this.varint();
        if (this.pos + n > this.end)
            throw new Error('truncated field');
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(wire) {
        if (wire === 0)
            this.varint();
        else if (wire === 1)
            this.pos += 8;
        else if (wire === 2)
            this.bytes();
        else if (wire === 5)
            this.pos += 4;
        else
            throw new Error(`unsupported protobuf wire type ${wire}`);
    }
}
/** Calls `on(field, reader, wire)` for every field of the message; `on` must consume the value or return false. */
function fields(buf, on) {
    const r = new ProtoReader(buf);
    while (r.more()) {
        const { field, wire } = r.tag();
        if (!on(field, r, wire))
            r.skip(wire);
    }
}
/** A repeated uint32, packed or not. */
function readUints(r, wire, into) {
    if (wire !== 2) {
        into.push(r.varint());
        return;
    }
    const n = r.varint();
    const inner = new ProtoReader(r.buf, r.pos, r.pos + n);
    while (inner.more())
        into.push(inner.varint());
    r.pos = inner.end;
}
const protobuf_text = new TextDecoder();
function postScript(buf) {
    const ps = { footerLength: 0, compression: 0, blockSize: 256 * 1024, metadataLength: 0, magic: '' };
    fields(buf, (f, r) => {
        if (f === 1)
            ps.footerLength = r.varint();
        else if (f === 2)
            ps.compression = r.varint();
        else if (f === 3)
            ps.blockSize = r.varint();
        else if (f === 5)
            ps.metadataLength = r.varint();
        else if (f === 8000)
            ps.magic = protobuf_text.decode(r.bytes());
        else
            return false;
        return true;
    });
    return ps;
}
function footer(buf) {
    const out = { stripes: [], types: [], rows: 0 };
    fields(buf, (f, r) => {
        if (f === 3) {
            const s = { offset: 0, indexLength: 0, dataLength: 0, footerLength: 0, rows: 0 };
            fields(r.bytes(), (g, q) => {
                const v = [0, 'offset', 'indexLength', 'dataLength', 'footerLength', 'rows'][g];
                if (!v || typeof v !== 'string')
                    return false;
                s[v] = q.varint();
                return true;
            });
            out.stripes.push(s);
        }
        else if (f === 4) {
            const t = { kind: 0, subtypes: [], fieldNames: [] };
            fields(r.bytes(), (g, q, w) => {
                if (g === 1)
                    t.kind = q.varint();
                else if (g === 2)
                    readUints(q, w, t.subtypes);
                else if (g === 3)
                    t.fieldNames.push(protobuf_text.decode(q.bytes()));
                else
                    return false;
                return true;
            });
            out.types.push(t);
        }
        else if (f === 6)
            out.rows = r.varint();
        else
            return false;
        return true;
    });
    return out;
}
function stripeFooter(buf) {
    const out = { streams: [], encodings: [], writerTimezone: '' };
    fields(buf, (f, r) => {
        if (f === 1) {
            const s = { kind: 0, column: 0, length: 0 };
            fields(r.bytes(), (g, q) => {
                if (g === 1)
                    s.kind = q.varint();
                else if (g === 2)
                    s.column = q.varint();
                else if (g === 3)
                    s.length = q.varint();
                else
                    return false;
                return true;
            });
            out.streams.push(s);
        }
        else if (f === 2) {
            const e = { kind: 0, dictionarySize: 0 };
            fields(r.bytes(), (g, q) => {
                if (g === 1)
                    e.kind = q.varint();
                else if (g === 2)
                    e.dictionarySize = q.varint();
                else
                    return false;
                return true;
            });
            out.encodings.push(e);
        }
        else if (f === 3)
            out.writerTimezone = protobuf_text.decode(r.bytes());
        else
            return false;
        return true;
    });
    return out;
}

;// CONCATENATED MODULE: ./src/cost/inventory/orc/rle.ts
/**
 * ORC's run-length encodings (ORC specification v1, "Run Length Encoding"): byte RLE, boolean RLE,
 * integer RLE version 1 and version 2 (short repeat, direct, patched base, delta). Values are
 * JavaScript numbers: exact up to 2^53, which covers object sizes, counts and times.
 */
class ByteStream {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    byte() {
        if (this.pos >= this.buf.length)
            throw new Error('a stream ends early');
        return this.buf[this.pos++];
    }
    more() {
        return this.pos < this.buf.length;
    }
    uvarint() {
        let result = 0;
        let mul = 1;
        for (;;) {
            const b = this.byte();
            result += (b & 0x7f) * mul;
            if (b < 0x80)
                return result;
            mul *= 128;
        }
    }
}
const unzigzag = (n) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
/** Byte RLE: runs of 3–130 copies, or 1–128 literal bytes. */
function byteRle(s, count) {
    const out = new Uint8Array(count);
    let i = 0;
    while (i < count) {
        const c = s.byte();
        if (c < 128) {
            const v = s.byte();
            for (let n = c + 3; n > 0 && i < count; n--)
                out[i++] = v;
        }
        else
            for (let n = 256 - c; n > 0 && i < count; n--)
                out[i++] = s.byte();
    }
    return out;
}
/** Boolean RLE: byte RLE of bit-packed values, most significant bit first. */
function booleanRle(s, count) {
    const bytes = byteRle(s, Math.ceil(count / 8));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++)
        out[i] = (bytes[i >> 3] >> (7 - (i & 7))) & 1;
    return out;
}
/** Integer RLE version 1 (DIRECT and DICTIONARY column encodings). */
function intRleV1(s, count, signed) {
    const out = [];
    const read = () => (signed ? unzigzag(s.uvarint()) : s.uvarint());
    while (out.length < count) {
        const c = s.byte();
        if (c < 128) {
            const delta = s.byte();
            const d = delta < 128 ? delta : delta - 256;
            const base = read();
            for (let n = 0; n < c + 3; n++)
                out.push(base + n * d);
        }
        else
            for (let n = 256 - c; n > 0; n--)
                out.push(read());
    }
    return out.slice(0, count);
}
const WIDTHS = [26, 28, 30, 32, 40, 48, 56, 64];
const decodeWidth = (n) => (n < 24 ? n + 1 : WIDTHS[n - 24]);
const closestFixed = (n) => n <= 24 ? Math.max(1, n) : n <= 26 ? 26 : n <= 28 ? 28 : n <= 30 ? 30 : n <= 32 ? 32 : n <= 40 ? 40 : n <= 48 ? 48 : n <= 56 ? 56 : 64;
/** `n` values of `width` bits, big-endian bit order, starting on a byte boundary. */
function unpack(s, width, n, out) {
    let bits = 0;
    let left = 0;
    for (let i = 0; i < n; i++) {
        let v = 0;
        let need = width;
        while (need > 0) {
            if (left === 0) {
                bits = s.byte();
                left = 8;
            }
            const take = Math.min(need, left);
            v = v * 2 ** take + ((bits >> (left - take)) & ((1 << take) - 1));
            left -= take;
            need -= take;
        }
        out.push(v);
    }
}
function bigEndian(s, bytes) {
    let v = 0;
    for (let i = 0; i < bytes; i++)
        v = v * 256 + s.byte();
    return v;
}
/** Integer RLE version 2 (DIRECT_V2 and DICTIONARY_V2 column encodings). */
function intRleV2(s, count, signed) {
    const out = [];
    const sign = (v) => (signed ? unzigzag(v) : v);
    while (out.length < count) {
        const b0 = s.byte();
        const kind = b0 >> 6;
        if (kind === 0) {
            // Short repeat.
            const v = sign(bigEndian(s, ((b0 >> 3) & 7) + 1));
            for (let n = (b0 & 7) + 3; n > 0; n--)
                out.push(v);
        }
        else if (kind === 1) {
            // Direct.
            const width = decodeWidth((b0 >> 1) & 0x1f);
            const length = (((b0 & 1) << 8) | s.byte()) + 1;
            const vals = [];
            unpack(s, width, length, vals);
            for (const v of vals)
                out.push(sign(v));
        }
        else if (kind === 2) {
            // Patched base.
            const width = decodeWidth((b0 >> 1) & 0x1f);
            const length = (((b0 & 1) << 8) | s.byte()) + 1;
            const b2 = s.byte();
            const baseBytes = ((b2 >> 5) & 7) + 1;
            const patchWidth = decodeWidth(b2 & 0x1f);
            const b3 = s.byte();
            const gapWidth = ((b3 >> 5) & 7) + 1;
            const patches = b3 & 0x1f;
            let base = bigEndian(s, baseBytes);
            const msb = 2 ** (baseBytes * 8 - 1);
            if (base >= msb)
                base = -(base - msb);
            const vals = [];
            unpack(s, width, length, vals);
            const list = [];
            unpack(s, closestFixed(patchWidth + gapWidth), patches, list);
            let at = 0;
            for (const p of list) {
                const gap = Math.floor(p / 2 ** patchWidth);
                const patch = p % 2 ** patchWidth;
                at += gap;
                vals[at] = vals[at] + patch * 2 ** width;
            }
            for (const v of vals)
                out.push(base + v);
        }
        else {
            // Delta.
            const fbo = (b0 >> 1) & 0x1f;
            const width = fbo === 0 ? 0 : decodeWidth(fbo);
            const length = (((b0 & 1) << 8) | s.byte()) + 1;
            let v = sign(s.uvarint());
            const delta = unzigzag(s.uvarint());
            out.push(v);
            if (length > 1)
                out.push((v += delta));
            if (width === 0)
                for (let n = 2; n < length; n++)
                    out.push((v += delta));
            else {
                const ds = [];
                unpack(s, width, length - 2, ds);
                for (const d of ds)
                    out.push((v += delta < 0 ? -d : d));
            }
        }
    }
    return out.slice(0, count);
}

;// CONCATENATED MODULE: ./src/cost/inventory/orc/reader.ts
/**
 * A reader for the part of Apache ORC that S3 Inventory writes (ADR 0171): a struct of string,
 * bigint, boolean and timestamp columns (int, short and byte too), compressed with ZLIB, Snappy,
 * zstd or not at all, in RLE version 1 or 2, direct or dictionary strings. Stripe by stripe, only
 * the columns asked for; anything else (other types, LZ4, LZO) is refused with a sentence.
 * Checked against the Apache ORC project's example files and their expected output.
 */



/** Type kinds (orc_proto.proto Type.Kind) this reader decodes. */
const BOOLEAN = 0;
const BYTE = 1;
const SHORT = 2;
const INT = 3;
const LONG = 4;
const STRING = 7;
const TIMESTAMP = 9;
const STRUCT = 12;
const VARCHAR = 16;
const CHAR = 17;
const TIMESTAMP_INSTANT = 18;
const COMPRESSION = ['NONE', 'ZLIB', 'SNAPPY', 'LZO', 'LZ4', 'ZSTD'];
/** Stream kinds. */
const PRESENT = 0;
const DATA = 1;
const LENGTH = 2;
const DICTIONARY_DATA = 3;
const SECONDARY = 5;
/** ORC timestamps count from 2015-01-01 00:00:00. */
const ORC_EPOCH_S = Date.UTC(2015, 0, 1) / 1000;
const ROOT = '_root';
class OrcError extends Error {
}
const toBytes = async (b) => new Uint8Array(await b);
async function openOrc(file) {
    const size = file.byteLength;
    if (size < 4)
        throw new OrcError('too short to be an ORC file');
    const tailLength = Math.min(size, 256 * 1024);
    const tail = await toBytes(file.slice(size - tailLength, size));
    const psLength = tail[tail.length - 1];
    const ps = postScript(tail.subarray(tail.length - 1 - psLength, tail.length - 1));
    if (ps.magic !== 'ORC')
        throw new OrcError('no ORC magic in the postscript');
    if (!COMPRESSION[ps.compression] || ps.compression === 3 || ps.compression === 4)
        throw new OrcError(`compression ${COMPRESSION[ps.compression] ?? ps.compression} is not supported (ZLIB, Snappy, zstd and none are)`);
    const footerEnd = size - 1 - psLength;
    const footerBytes = footerEnd - ps.footerLength >= size - tailLength
        ? tail.subarray(tail.length - 1 - psLength - ps.footerLength, tail.length - 1 - psLength)
        : await toBytes(file.slice(footerEnd - ps.footerLength, footerEnd));
    const f = footer(await decompress(footerBytes, ps.compression));
    const root = f.types[0];
    if (!root)
        throw new OrcError('the footer has no types');
    // A file of one unnamed column (not a struct) names it "_root".
    return { footer: f, columns: root.kind === STRUCT ? root.fieldNames : [ROOT], compression: ps.compression, blockSize: ps.blockSize };
}
/** Decompresses a stream: chunks with a 3-byte header (length × 2 + "stored as is"). */
async function decompress(buf, kind) {
    if (kind === 0)
        return buf;
    const parts = [];
    let pos = 0;
    while (pos + 3 <= buf.length) {
        const header = buf[pos] | (buf[pos + 1] << 8) | (buf[pos + 2] << 16);
        const length = header >>> 1;
        const chunk = buf.subarray(pos + 3, pos + 3 + length);
        pos += 3 + length;
        if (header & 1)
            parts.push(chunk);
        else if (kind === 1)
            parts.push((0,external_node_zlib_.inflateRawSync)(chunk));
        else if (kind === 5)
            parts.push((0,external_node_zlib_.zstdDecompressSync)(chunk));
        else {
            const { snappyUncompress } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 4338));
            let n = 0;
            for (let i = 0, shift = 0;; i++, shift += 7) {
                n += (chunk[i] & 0x7f) * 2 ** shift;
                if (chunk[i] < 0x80)
                    break;
            }
            const out = new Uint8Array(n);
            snappyUncompress(chunk, out);
            parts.push(out);
        }
    }
    if (parts.length === 1)
        return parts[0];
    const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/**
 * Each stripe's rows as columns: `want` names top-level columns; absent ones are left out.
 * Timestamps are milliseconds since 1970 UTC (the writer's time zone applied); their nanoseconds
 * are kept in `nanos`.
 */
async function* orcStripes(file, orc, want) {
    const root = orc.footer.types[0];
    const idOf = (name) => (root.kind === STRUCT ? root.subtypes[root.fieldNames.indexOf(name)] : name === ROOT ? 0 : undefined);
    const picked = want.map((name) => ({ name, id: idOf(name) })).filter((c) => c.id !== undefined);
    for (const s of orc.footer.stripes) {
        const bytes = await toBytes(file.slice(s.offset, s.offset + s.indexLength + s.dataLength + s.footerLength));
        const sf = stripeFooter(await decompress(bytes.subarray(s.indexLength + s.dataLength), orc.compression));
        const streams = new Map();
        let at = 0;
        for (const st of sf.streams) {
            streams.set(`${st.column}:${st.kind}`, bytes.subarray(at, at + st.length));
            at += st.length;
        }
        const columns = new Map();
        const nanos = new Map();
        for (const c of picked) {
            const col = await decodeColumn(orc, sf, streams, c.id, s.rows);
            columns.set(c.name, col.values);
            if (col.nanos)
                nanos.set(c.name, col.nanos);
        }
        yield { rows: s.rows, columns, nanos, writerTimezone: sf.writerTimezone };
    }
}
async function decodeColumn(orc, sf, streams, id, rows) {
    const type = orc.footer.types[id];
    const stream = async (kind) => {
        const raw = streams.get(`${id}:${kind}`);
        return raw ? new ByteStream(await decompress(raw, orc.compression)) : undefined;
    };
    const present = await stream(PRESENT);
    const mask = present ? booleanRle(present, rows) : undefined;
    const count = mask ? mask.reduce((a, b) => a + b, 0) : rows;
    const encoding = sf.encodings[id]?.kind ?? 0;
    const v2 = encoding >= 2;
    const ints = async (kind, n, signed) => {
        const s = await stream(kind);
        if (!s)
            throw new OrcError(`column ${id} has no ${kind === LENGTH ? 'LENGTH' : 'DATA'} stream`);
        return v2 ? intRleV2(s, n, signed) : intRleV1(s, n, signed);
    };
    let dense;
    let nanos;
    switch (type.kind) {
        case BOOLEAN:
            dense = [...booleanRle((await stream(DATA)), count)].map((b) => b === 1);
            break;
        case BYTE:
            dense = [...byteRle((await stream(DATA)), count)].map((b) => (b < 128 ? b : b - 256));
            break;
        case SHORT:
        case INT:
        case LONG:
            dense = await ints(DATA, count, true);
            break;
        case STRING:
        case VARCHAR:
        case CHAR:
            dense = await strings(encoding, count, sf.encodings[id]?.dictionarySize ?? 0, stream, ints);
            break;
        case TIMESTAMP:
        case TIMESTAMP_INSTANT: {
            const secs = await ints(DATA, count, true);
            const ns = await ints(SECONDARY, count, false);
            nanos = ns.map((v) => {
                const zeros = v & 7;
                return zeros === 0 ? Math.floor(v / 8) : Math.floor(v / 8) * 10 ** (zeros + 1);
            });
            // Seconds count from 2015-01-01 00:00:00 in the writer's time zone (UTC when it names none).
            const epochMs = ORC_EPOCH_S * 1000 - zoneOffsetMs(sf.writerTimezone, ORC_EPOCH_S * 1000);
            dense = secs.map((sec, i) => epochMs + sec * 1000 + Math.floor(nanos[i] / 1e6));
            break;
        }
        default:
            throw new OrcError(`column ${id} has a type (kind ${type.kind}) this reader does not decode`);
    }
    if (!mask)
        return { values: dense, nanos };
    const values = new Array(rows);
    const fullNanos = nanos ? new Array(rows).fill(0) : undefined;
    for (let i = 0, j = 0; i < rows; i++) {
        if (mask[i]) {
            values[i] = dense[j];
            if (fullNanos)
                fullNanos[i] = nanos[j];
            j++;
        }
        else
            values[i] = null;
    }
    return { values, nanos: fullNanos };
}
const utf8 = new TextDecoder();
const zoneFormats = new Map();
/** How far the wall clock of a time zone is ahead of UTC at an instant (0 for UTC or none). */
function zoneOffsetMs(zone, instantMs) {
    if (!zone || zone === 'UTC' || zone === 'GMT')
        return 0;
    let f = zoneFormats.get(zone);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat('en-US', {
                timeZone: zone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
            });
        }
        catch {
            throw new OrcError(`the writer's time zone ${JSON.stringify(zone)} is not known`);
        }
        zoneFormats.set(zone, f);
    }
    const p = Object.fromEntries(f.formatToParts(new Date(instantMs)).map((x) => [x.type, Number(x.value)]));
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return wall - Math.floor(instantMs / 1000) * 1000;
}
async function strings(encoding, count, dictionarySize, stream, ints) {
    const dictionary = encoding === 1 || encoding === 3;
    const lengths = await ints(LENGTH, dictionary ? dictionarySize : count, false);
    const data = await stream(dictionary ? DICTIONARY_DATA : DATA);
    const bytes = data?.buf ?? new Uint8Array(0);
    const words = [];
    let at = 0;
    for (const n of lengths) {
        words.push(utf8.decode(bytes.subarray(at, at + n)));
        at += n;
    }
    if (!dictionary)
        return words;
    return (await ints(DATA, count, false)).map((i) => words[i]);
}

;// CONCATENATED MODULE: ./src/cost/inventory/orc.ts



async function foldOrc(file, present, folder, name, withETag = false) {
    let orc;
    try {
        orc = await openOrc(file);
    }
    catch (err) {
        throw new errors/* InputError */.d(`${name}: not a readable ORC file (${err.message})`);
    }
    const want = [...columns/* COLUMNS */.c, ...(withETag ? ['e_tag'] : [])].filter((c) => present.includes(c) && orc.columns.includes(c));
    try {
        for await (const s of orcStripes(file, orc, want)) {
            const col = (n) => s.columns.get(n);
            const [key, size, modified, cls, latest, marker, until, hold] = columns/* COLUMNS */.c.map(col);
            const eTag = withETag ? col('e_tag') : undefined;
            for (let i = 0; i < s.rows; i++) {
                folder.add({
                    key: String(key?.[i] ?? ''),
                    size: Number(size?.[i] ?? 0),
                    lastModifiedMs: modified?.[i] == null ? NaN : Number(modified[i]),
                    storageClass: String(cls?.[i] ?? ''),
                    isLatest: latest ? (latest[i] == null ? undefined : latest[i] === true) : undefined,
                    isDeleteMarker: marker?.[i] === true,
                    lockRetainUntilMs: until?.[i] == null ? undefined : Number(until[i]),
                    legalHold: hold?.[i] === 'ON',
                    ...(typeof eTag?.[i] === 'string' && eTag[i] ? { eTag: eTag[i] } : {}),
                });
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d)
            throw err;
        if (err instanceof OrcError || err instanceof Error)
            throw new errors/* InputError */.d(`${name}: not a readable ORC file (${err.message})`);
        throw err;
    }
}


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ foldParquet)
/* harmony export */ });
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);


async function foldParquet(file, present, folder, name, withETag = false) {
    const { parquetMetadataAsync, parquetReadObjects } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 4338));
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${name}: not a readable Parquet file (${err.message})`);
    }
    const columns = [..._columns_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMNS */ .c, ...(withETag ? ['e_tag'] : [])].filter((c) => present.includes(c));
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
                ...(withETag && typeof r.e_tag === 'string' && r.e_tag ? { eTag: r.e_tag } : {}),
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
