export const id = 154;
export const ids = [154,0];
export const modules = {

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   compileConfiguration: () => (/* binding */ compileConfiguration),
/* harmony export */   maxNewerVersions: () => (/* binding */ maxNewerVersions)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9563);
/* harmony import */ var _model_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);
/* harmony import */ var _lint_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(612);
/* harmony import */ var _model_selector_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9276);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3855);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7084);







const EMPTY_CONFIG = {
    rules: [],
    disabled: 0,
    minimumObjectSize: _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
    minimumObjectSizeSource: 'default',
    skipped: [],
};
/**
 * `data` is a lifecycle file's parsed content (the S3 API shape or a full request). A configuration
 * lifeguard applies uses the file's TransitionDefaultMinimumObjectSize, else all_storage_classes_128K.
 */
function compileConfiguration(data) {
    const located = (0,_model_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .locateConfiguration */ .L)(data);
    const size = located.transitionDefaultMinimumObjectSize;
    const fromFile = size === 'all_storage_classes_128K' || size === 'varies_by_storage_class';
    const rules = [];
    const skipped = [];
    let disabled = 0;
    (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .arr */ .QL)(located.config.Rules).forEach((raw, index) => {
        if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(raw))
            return;
        if (raw.Status !== 'Enabled') {
            disabled++;
            return;
        }
        rules.push(compileRule(raw, index, skipped));
    });
    return {
        rules,
        disabled,
        minimumObjectSize: fromFile ? size : _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
        minimumObjectSizeSource: fromFile ? 'file' : 'default',
        skipped,
    };
}
function compileRule(raw, index, skipped) {
    const label = (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleLabel */ .D)(raw, index);
    const selector = (0,_model_selector_js__WEBPACK_IMPORTED_MODULE_4__/* .selectorOf */ .B)(raw);
    // The actions come from the one canonical form (model/canonical.ts); the simulator only turns
    // their times into day offsets or fixed days.
    const rule = (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRule */ .YE)(raw);
    const when = (t, what) => {
        if (t.days !== undefined && t.days >= 0)
            return { days: t.days };
        if (t.date !== undefined) {
            const day = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .dayOfIsoText */ .O7)(t.date);
            if (Number.isFinite(day))
                return { onDay: day };
        }
        skipped.push(`${label}: ${what} has no readable Days or Date and is left out of the projection`);
        return undefined;
    };
    const transitions = [];
    for (const t of rule.transitions) {
        if (!(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.storageClass))
            continue;
        const w = when(t, `a Transition to ${t.storageClass}`);
        if (w)
            transitions.push({ when: w, storageClass: t.storageClass });
    }
    const exp = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .obj */ .WL)(raw.Expiration);
    const expiration = exp && (exp.Days !== undefined || exp.Date !== undefined) ? when(rule.expiration ?? {}, 'Expiration') : undefined;
    const noncurrentTransitions = [];
    for (const t of rule.noncurrentTransitions) {
        if (!(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .isStorageClass */ .wk)(t.storageClass) || t.noncurrentDays === undefined || t.noncurrentDays < 0)
            continue;
        noncurrentTransitions.push({ when: { days: t.noncurrentDays }, storageClass: t.storageClass, newer: t.newerNoncurrentVersions });
    }
    const nce = rule.noncurrentExpiration;
    return {
        index,
        id: (0,_model_values_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(raw.ID),
        label,
        selector,
        hasSizeFilter: selector.sizeGreaterThan !== undefined || selector.sizeLessThan !== undefined,
        transitions: transitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        expiration,
        noncurrentTransitions: noncurrentTransitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
        noncurrentExpiration: nce?.noncurrentDays !== undefined && nce.noncurrentDays > 0
            ? { days: nce.noncurrentDays, newer: nce.newerNoncurrentVersions }
            : undefined,
        abortsMultipartUploads: rule.abortIncompleteMultipartUpload !== undefined,
    };
}
function whenOrder(w) {
    return 'days' in w ? w.days : w.onDay;
}
/** The largest NewerNoncurrentVersions any rule uses: version ranks above it behave alike. */
function maxNewerVersions(configs) {
    let max = 0;
    for (const c of configs) {
        for (const r of c.rules) {
            for (const t of r.noncurrentTransitions)
                max = Math.max(max, t.newer ?? 0);
            max = Math.max(max, r.noncurrentExpiration?.newer ?? 0);
        }
    }
    return max;
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ dayOfIsoText),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   j9: () => (/* binding */ GIB),
/* harmony export */   kW: () => (/* binding */ MONTH_MS),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH)
/* harmony export */ });
/* unused harmony exports daysFromCivil, isoDay */
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4483);
/**
 * The calendar of a projection. Lifecycle works in whole UTC days (actions fire at 00:00 UTC: the
 * days and their rounding are model/timing.ts); the bill works in hours, and a month is 730 hours, as
 * in the AWS Pricing Calculator.
 */

const HOUR_MS = 3_600_000;
const HOURS_PER_MONTH = 730;
const MONTH_MS = HOURS_PER_MONTH * HOUR_MS;
/** Storage is billed in binary GB. */
const GIB = 2 ** 30;
/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without allocating a Date. */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** "YYYY-MM-DD…" to a day number; NaN when the text does not start with a date. */
function dayOfIsoText(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (!m)
        return NaN;
    return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}
function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}


/***/ }),

/***/ 5154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readConfigurationData),
/* harmony export */   readConfiguration: () => (/* binding */ readConfiguration)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_detect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(903);
/* harmony import */ var _cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/** Lifecycle files (and the live bucket's configuration) read for a projection. */





async function readConfiguration(path, display) {
    return (await readConfigurationData(path, display)).config;
}
/** The configuration compiled, and the file's content as parsed (for a tracking baseline). */
async function readConfigurationData(path, display) {
    // A Terraform or CloudFormation resource: FILE (one resource) or FILE#ADDRESS (docs/formats/).
    const [file, address] = splitAddress(path);
    if (/\.tf$/.test(file) || address !== undefined)
        return readResource(file, display.replace(/#[^#]*$/, ''), address);
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o)(path, display);
    if (!read.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
    if ((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .isIacKind */ .sq)((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectKind */ .i_)(read.doc.data)))
        return readResource(path, display, undefined);
    if ((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectKind */ .i_)(read.doc.data) !== 'lifecycle') {
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}:1:1: not a lifecycle configuration (no "Rules" or "LifecycleConfiguration"); compile a retention policy first`);
    }
    return { config: (0,_cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(read.doc.data), data: read.doc.data };
}
function splitAddress(path) {
    const at = path.lastIndexOf('#');
    if (at < 0 || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return [path, undefined];
    return [path.slice(0, at), path.slice(at + 1)];
}
async function readResource(path, display, address) {
    const { loadResource, exactConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 6483));
    const loaded = await loadResource(path, display, address);
    if (!loaded.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(loaded.message);
    const exact = exactConfiguration(loaded.unit);
    if (!exact.ok)
        throw new _cost_inventory_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${display}: ${exact.message}`);
    return { config: (0,_cost_rules_compile_js__WEBPACK_IMPORTED_MODULE_4__.compileConfiguration)(exact.configuration), data: exact.configuration };
}


/***/ })

};
