export const id = 209;
export const ids = [209];
export const modules = {

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


/***/ })

};
