export const id = 658;
export const ids = [658];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ compareCohorts),
/* harmony export */   gT: () => (/* binding */ CLASS_INDEX),
/* harmony export */   hz: () => (/* binding */ CohortBuilder),
/* harmony export */   uw: () => (/* binding */ splitSimpleKey)
/* harmony export */ });
/* unused harmony export simpleKey */
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
            // signature < 2^20, class < 8, overwritten < 2, day < 2^17: fits well within 2^53.
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
        return [...this.simple.values(), ...this.other.values()].sort(compareCohorts);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _orc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4569);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4730);




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
                await (manifest.format === 'ORC' ? _orc_js__WEBPACK_IMPORTED_MODULE_1__/* .foldOrc */ .E : _parquet_js__WEBPACK_IMPORTED_MODULE_2__/* .foldParquet */ .U)(await file.randomAccess(), manifest.columns, sink, file.name, true);
            }
            catch (err) {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d)
                    throw err;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${file.name}: cannot be read (${err.message})`);
            }
        }
    }
    return { asOfMs: manifest.creationMs, bucket: manifest.sourceBucket, rows };
}


/***/ })

};
