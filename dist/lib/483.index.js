export const id = 483;
export const ids = [483];
export const modules = {

/***/ 6483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exactConfiguration: () => (/* binding */ exactConfiguration),
/* harmony export */   loadResource: () => (/* binding */ loadResource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7338);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6887);
/**
 * One resource's lifecycle rules, named the way `.lifeguard.yml` targets and `lifeguard cost` name
 * them: a Terraform address (`aws_s3_bucket_lifecycle_configuration.ml_data`, or the full address
 * in a plan) in a .tf file, a module folder or a plan JSON; a CloudFormation logical ID in a
 * template. Its rules are what will be sent only if every value is known: otherwise the caller is
 * told which value is missing, never given a guess.
 */






/** `path` is absolute, `display` as shown; `address` may be left out when the file holds one resource. */
async function loadResource(path, display, address) {
    let file = path;
    let shown = display;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
            const found = fileDeclaring(path, address);
            if (!found)
                return { ok: false, message: `no .tf file in ${display} declares ${address ?? 'a lifecycle resource'}` };
            file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, found);
            shown = `${display.replace(/\/$/, '')}/${found}`;
        }
    }
    catch {
        return { ok: false, message: `${display}: no such file or folder` };
    }
    let source;
    if (file.endsWith('.tf')) {
        const read = await (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readTerraform */ .T)(file, shown);
        if (!read.ok)
            return { ok: false, message: `${shown}:${read.problem.line}:${read.problem.column}: ${read.problem.message}` };
        source = read.source;
    }
    else {
        const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o)(file, shown);
        if (!read.ok)
            return { ok: false, message: `${shown}:${read.problem.line}:${read.problem.column}: ${read.problem.message}` };
        const kind = (0,_load_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .detectKind */ .i_)(read.doc.data);
        if (!(0,_load_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .isIacKind */ .sq)(kind))
            return { ok: false, message: `${shown} is not a Terraform file, plan JSON or CloudFormation template` };
        source = await (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .fromDocument */ .s)(file, read.doc, kind);
    }
    const index = address === undefined && source.units.length === 1 ? 0 : source.units.findIndex((u) => u.address === address);
    if (index < 0) {
        const known = source.units.map((u) => u.address).join(', ') || 'none';
        const what = address === undefined ? `several lifecycle resources (${known}); name one` : `no lifecycle resource ${address} (it has: ${known})`;
        return { ok: false, message: `${shown} has ${what}`, source };
    }
    return { ok: true, source, unit: source.units[index], index, path: file };
}
/** The request of a unit whose every value is known, or why it cannot be known before plan/deploy. */
function exactConfiguration(unit) {
    if (unit.unknown.size || unit.incomplete.size) {
        const what = unit.findings
            .filter((f) => f.ruleId === 'iac-unknown-value')
            .map((f) => f.message.replace(/^[^:]*: /, '').replace(/; lifeguard checks.*$/, ''));
        return {
            ok: false,
            message: `the rules of ${unit.subject} are known only at plan or deploy time (${what.join('; ')}); name a plan JSON (terraform show -json) or give the values literally`,
        };
    }
    const configuration = { Rules: unit.request.Rules };
    if (unit.request.TransitionDefaultMinimumObjectSize !== undefined)
        configuration.TransitionDefaultMinimumObjectSize = unit.request.TransitionDefaultMinimumObjectSize;
    return { ok: true, configuration };
}
function fileDeclaring(dir, address) {
    const [type, name] = (address ?? '').replace(/^(module\.[^.]+\.)+/, '').split('.');
    const pattern = type && name
        ? new RegExp(`resource\\s+"${escapeRe(type)}"\\s+"${escapeRe(name.replace(/\[.*\]$/, ''))}"`)
        : /resource\s+"aws_s3_bucket(_lifecycle_configuration)?"/;
    for (const n of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((f) => f.endsWith('.tf'))
        .sort()) {
        if (pattern.test((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n), 'utf8')))
            return n;
    }
    return undefined;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};
