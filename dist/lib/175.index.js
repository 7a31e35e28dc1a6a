export const id = 175;
export const ids = [175];
export const modules = {

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listBucket: () => (/* binding */ listBucket)
/* harmony export */ });
/* harmony import */ var _cost_cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9906);
/* harmony import */ var _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);


async function listBucket(o) {
    // The project's one S3 edge: its checksum, retry and credential settings, and errors by name.
    const { openS3 } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 511));
    const { forEachListedPage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9134));
    const s3 = await openS3({ region: o.region, endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
    const folder = new _cost_cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordFolder */ .au(o.matcher, o.rankCap);
    const started = Date.now();
    const where = `s3://${o.bucket}/${o.prefix ?? ''}`;
    const tick = () => o.progress?.(`listing ${where}: ${folder.builder.rows.toLocaleString('en-US')} ${o.versions ? 'versions' : 'objects'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    try {
        await forEachListedPage(s3, { bucket: o.bucket }, { prefix: o.prefix, versions: o.versions }, (page) => {
            const rows = page.map((v) => ({
                key: v.key,
                size: v.size,
                lastModifiedMs: v.lastModified.getTime(),
                storageClass: v.storageClass || 'STANDARD',
                ...(o.versions ? { isLatest: v.isLatest } : {}),
                ...(v.deleteMarker ? { isDeleteMarker: true } : {}),
            }));
            // Versions and delete markers come in two lists; S3's order is by key, newest first.
            if (o.versions)
                rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.lastModifiedMs - a.lastModifiedMs));
            for (const r of rows)
                folder.add(r);
            tick();
        });
    }
    catch (err) {
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`cannot list ${where}: ${err.message ?? String(err)}`);
    }
    finally {
        s3.client.destroy();
    }
    return {
        cohorts: (folder.finish(), folder.builder.cohorts()),
        versioned: folder.versioned,
        rows: folder.builder.rows,
        skippedRows: folder.builder.skippedRows,
        notes: [
            'a listing shows no Object Lock retention: objects under retention are projected as if unlocked',
            'a listing has no date of its own: the projection starts now unless --as-of says otherwise',
        ],
        bucket: o.bucket,
    };
}


/***/ })

};
