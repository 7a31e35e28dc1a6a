export const id = 220;
export const ids = [220];
export const modules = {

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
