export const id = 580;
export const ids = [580];
export const modules = {

/***/ 4580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lintUnits),
/* harmony export */   originOf: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony export name */
/* harmony import */ var _lint_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8082);
/* harmony import */ var _lint_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/**
 * The lifecycle rules, unchanged, on each resource's request; their findings moved to the origin of
 * the field they point at (the Terraform attribute, the template property) and named after the
 * resource. A finding on a value not known before apply is dropped: that value has its own info.
 */


function lintUnits(file, units, options = {}) {
    const out = [];
    for (const unit of units) {
        // With a known bucket the request shape names it, so the rules for directory buckets apply.
        const data = unit.bucket === undefined
            ? unit.request
            : { Bucket: unit.bucket, LifecycleConfiguration: { Rules: unit.request.Rules }, ...tdmos(unit) };
        for (const raw of (0,_lint_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .lintLifecycle */ .O8)(file, data, options)) {
            const f = { ...raw, pointer: raw.pointer.replace(/^\/LifecycleConfiguration(?=\/|$)/, '') };
            const moved = relocate(unit, f);
            if (moved)
                out.push(moved);
        }
        for (const f of unit.findings) {
            const severity = (0,_lint_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityFor */ .v)(undefined, f.severity, options.severities?.[f.ruleId]);
            if (!severity)
                continue;
            out.push({ ruleId: f.ruleId, severity, message: f.message, file, pointer: f.pointer, ...(f.hint ? { hint: f.hint } : {}) });
        }
    }
    return out;
}
function tdmos(unit) {
    const v = unit.request.TransitionDefaultMinimumObjectSize;
    return v === undefined ? {} : { TransitionDefaultMinimumObjectSize: v };
}
function relocate(unit, f) {
    for (const u of unit.unknown)
        if (f.pointer === u || f.pointer.startsWith(`${u}/`))
            return undefined;
    const { origin, exactMatch } = originOf(unit, f.pointer);
    if (!exactMatch || !origin.exact) {
        for (const scope of unit.incomplete) {
            if (scope === '' || f.pointer === scope || f.pointer.startsWith(`${scope}/`))
                return undefined;
        }
    }
    const via = origin.via && exactMatch ? ` (${origin.via})` : '';
    return {
        ...f,
        pointer: origin.pointer,
        reportOnKey: exactMatch && origin.exact ? false : true,
        message: `${name(unit.subject, f.message)}${via}`,
    };
}
/** The origin of a request pointer, or of its closest ancestor that has one. */
function originOf(unit, pointer) {
    let p = pointer;
    for (;;) {
        const o = unit.origins.get(p);
        if (o)
            return { origin: o, exactMatch: p === pointer };
        if (p === '')
            return { origin: { pointer: unit.pointer, exact: false }, exactMatch: false };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}
/** "rule 'x': …" becomes "aws_s3_bucket_lifecycle_configuration.ml, rule 'x': …"; others get the subject first. */
function name(subject, message) {
    if (/^rule ('|#)/.test(message))
        return `${subject}, ${message}`;
    if (message.startsWith('the configuration'))
        return `${subject}${message.slice('the configuration'.length)}`;
    return `${subject}: ${message}`;
}


/***/ })

};
