export const id = 658;
export const ids = [658];
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


/***/ })

};
