export const id = 302;
export const ids = [302];
export const modules = {

/***/ 6302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listBucket: () => (/* binding */ listBucket)
/* harmony export */ });
/* harmony import */ var _cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9906);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);


async function listBucket(o) {
    const { S3Client, ListObjectsV2Command, ListObjectVersionsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const client = new S3Client({ region: o.region ?? process.env.AWS_REGION ?? 'us-east-1', endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
    const folder = new _cohorts_records_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordFolder */ .au(o.matcher, o.rankCap);
    const started = Date.now();
    const where = `s3://${o.bucket}/${o.prefix ?? ''}`;
    const tick = () => o.progress?.(`listing ${where}: ${folder.builder.rows.toLocaleString('en-US')} ${o.versions ? 'versions' : 'objects'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    try {
        if (!o.versions) {
            let token;
            do {
                const page = await client.send(new ListObjectsV2Command({ Bucket: o.bucket, Prefix: o.prefix, ContinuationToken: token }));
                for (const c of page.Contents ?? []) {
                    folder.add({ key: c.Key ?? '', size: c.Size ?? 0, lastModifiedMs: c.LastModified?.getTime() ?? NaN, storageClass: c.StorageClass ?? 'STANDARD' });
                }
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
                tick();
            } while (token);
        }
        else {
            let keyMarker;
            let versionMarker;
            do {
                const page = await client.send(new ListObjectVersionsCommand({ Bucket: o.bucket, Prefix: o.prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker }));
                const rows = [
                    ...(page.Versions ?? []).map((v) => ({ key: v.Key ?? '', size: v.Size ?? 0, lastModifiedMs: v.LastModified?.getTime() ?? NaN, storageClass: v.StorageClass ?? 'STANDARD', isLatest: !!v.IsLatest })),
                    ...(page.DeleteMarkers ?? []).map((d) => ({ key: d.Key ?? '', size: 0, lastModifiedMs: d.LastModified?.getTime() ?? NaN, storageClass: 'STANDARD', isLatest: !!d.IsLatest, isDeleteMarker: true })),
                ];
                // Versions and delete markers come in two lists; S3's order is by key, newest first.
                rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.lastModifiedMs - a.lastModifiedMs));
                for (const r of rows)
                    folder.add(r);
                keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
                versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
                tick();
            } while (keyMarker);
        }
    }
    catch (err) {
        const e = err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`cannot list ${where}: ${e.name ?? 'Error'}: ${e.message ?? String(err)}`);
    }
    finally {
        client.destroy();
    }
    return {
        cohorts: folder.builder.cohorts(),
        versioned: folder.versioned,
        rows: folder.builder.rows,
        skippedRows: folder.builder.skippedRows,
        notes: ['a listing shows no Object Lock retention: objects under retention are projected as if unlocked', 'a listing has no date of its own: the projection starts now unless --as-of says otherwise'],
        bucket: o.bucket,
    };
}


/***/ })

};
