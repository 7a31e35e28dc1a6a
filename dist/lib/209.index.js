export const id = 209;
export const ids = [209];
export const modules = {

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


/***/ })

};
