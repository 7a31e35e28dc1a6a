export const id = 146;
export const ids = [146];
export const modules = {

/***/ 7146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Source: () => (/* binding */ s3Source)
/* harmony export */ });
/* unused harmony exports isS3Url, parseS3Url */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3504);
/* harmony import */ var _load_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4651);
/* harmony import */ var _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _cost_inventory_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8941);
/**
 * An S3 Inventory report where S3 delivers it: `s3://bucket/…/manifest.json`, or a prefix holding
 * dated report folders (the newest manifest by folder name is taken, as for a local folder). The
 * manifest is read and parsed like a local one (file:line:column on a fault); data files stream
 * from GetObject (CSV) or are read by ranged GETs (Parquet, ORC). Goes through the project's one S3
 * edge; the SDK is loaded only here, by dynamic import.
 */





function isS3Url(path) {
    return /^s3:\/\//i.test(path);
}
function parseS3Url(url) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url);
    if (!m || !m[1])
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${url}: not an s3:// location (s3://BUCKET/PREFIX or s3://BUCKET/…/manifest.json)`);
    return { bucket: m[1], key: m[2] ?? '' };
}
async function s3Source(url, location) {
    const { bucket, key } = parseS3Url(url);
    const { openS3 } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 511));
    const s3 = await openS3(location);
    try {
        const manifestKey = /(^|\/)manifest\.json$/.test(key) ? key : await findManifest(s3, bucket, key, url);
        const display = `s3://${bucket}/${manifestKey}`;
        return {
            manifestDisplay: display,
            async readManifest() {
                const bytes = await getBytes(s3, bucket, manifestKey, display);
                const text = (0,_load_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(bytes);
                if (!text.ok)
                    throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: ${text.problem.message}`);
                const parsed = (0,_load_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseText */ .r4)(display, text.text, 'json');
                if (!parsed.ok)
                    throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}:${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message}`);
                return (0,_cost_inventory_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(parsed.doc);
            },
            file: (fileKey) => s3File(s3, bucket, fileKey),
            close: () => s3.client.destroy(),
        };
    }
    catch (err) {
        s3.client.destroy();
        throw err;
    }
}
/** The newest manifest.json under a prefix: report folders are named by their start time. */
async function findManifest(s3, bucket, prefix, url) {
    const { forEachListedPage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9134));
    const found = [];
    const base = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    try {
        await forEachListedPage(s3, { bucket }, { prefix: base }, (page) => {
            for (const o of page)
                if (/(^|\/)manifest\.json$/.test(o.key))
                    found.push(o.key);
        });
    }
    catch (err) {
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${url}: cannot list the report (${err.message})`);
    }
    if (!found.length)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${url}: no manifest.json under this prefix; point --inventory at an S3 Inventory report`);
    const folder = (k) => k.split('/').slice(-2, -1)[0] ?? '';
    return found.sort((a, b) => folder(a).localeCompare(folder(b)) || a.localeCompare(b)).at(-1);
}
function failure(err, display) {
    const e = err;
    const status = e.$metadata?.httpStatusCode;
    const name = e.name ?? 'Error';
    if (name === 'NoSuchKey' || status === 404)
        return new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: no such object (listed in the manifest but not in the bucket)`);
    if (name === 'AccessDenied' || status === 403)
        return new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: access denied; the role needs s3:GetObject on it`);
    return new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: cannot be read (${name}${status ? `, HTTP ${status}` : ''})`);
}
async function getBytes(s3, bucket, key, display, range) {
    try {
        const out = await s3.client.send(new s3.sdk.GetObjectCommand({ Bucket: bucket, Key: key, ...(range ? { Range: range } : {}) }));
        return await out.Body.transformToByteArray();
    }
    catch (err) {
        throw failure(err, display);
    }
}
function s3File(s3, bucket, key) {
    const display = `s3://${bucket}/${key}`;
    return {
        name: display,
        stream() {
            // A stream at once; the bytes follow when GetObject answers (errors end the stream).
            const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough({ highWaterMark: 1 << 20 });
            s3.client.send(new s3.sdk.GetObjectCommand({ Bucket: bucket, Key: key })).then((res) => {
                const body = res.Body;
                body.on('error', (e) => out.destroy(failure(e, display)));
                body.pipe(out);
            }, (err) => out.destroy(failure(err, display)));
            return out;
        },
        async randomAccess() {
            let size;
            try {
                const head = await s3.client.send(new s3.sdk.HeadObjectCommand({ Bucket: bucket, Key: key }));
                size = head.ContentLength ?? 0;
            }
            catch (err) {
                throw failure(err, display);
            }
            return {
                byteLength: size,
                async slice(start, end) {
                    const last = (end ?? size) - 1;
                    if (last < start)
                        return new ArrayBuffer(0);
                    const bytes = await getBytes(s3, bucket, key, display, `bytes=${start}-${last}`);
                    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
                },
            };
        },
    };
}


/***/ })

};
