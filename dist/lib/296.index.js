export const id = 296;
export const ids = [296];
export const modules = {

/***/ 7296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromIac: () => (/* binding */ fromIac)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9563);
/* harmony import */ var _lint_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(612);
/* harmony import */ var _proposed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7077);
/**
 * A target whose rules live in Terraform or CloudFormation (`source: {terraform | cloudformation,
 * resource}`): the resource's request is the proposed configuration, its findings point into the
 * .tf file or template, and bucket-state and registry findings are moved there through the
 * resource's origins. Only a resource whose values are all known can be planned.
 */




async function fromIac(target, config) {
    const { loadResource, exactConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 6483));
    const { lintIac } = await __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 6887));
    const { originOf } = await __webpack_require__.e(/* import() */ 580).then(__webpack_require__.bind(__webpack_require__, 4580));
    const given = (target.source.terraform ?? target.source.cloudformation);
    const ws = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .workspaceOf */ .B3)(config);
    const path = ws.resolve(given, config.dir);
    const loaded = await loadResource(path, ws.display(path), target.source.resource);
    if (!loaded.ok)
        return { ok: false, message: loaded.message, findings: [], documents: loaded.source ? [loaded.source.doc] : [] };
    const { source, unit, index } = loaded;
    const only = { ...source, units: [unit], findings: [], relocate: source.relocate ? [source.relocate[index]] : undefined };
    const findings = lintIac(only, config.rules, [{ ...target, source: { ...target.source, resource: unit.address } }]);
    const documents = [source.doc, ...source.documents];
    if (unit.bucket !== undefined && unit.bucket !== target.bucket) {
        return {
            ok: false,
            message: `${unit.subject} in ${source.doc.file} is for bucket ${unit.bucket}, but target ${target.name} is bucket ${target.bucket}`,
            findings,
            documents,
        };
    }
    const exact = exactConfiguration(unit);
    if (!exact.ok)
        return { ok: false, message: exact.message, findings, documents };
    const move = source.relocate?.[index];
    return {
        ok: true,
        proposed: {
            file: source.doc.file,
            path: loaded.path,
            base: '',
            configuration: exact.configuration,
            rules: (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleViews */ .W)({ Rules: unit.request.Rules }, '').map((view) => ({ view, canonical: (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRule */ .YE)(view.raw) })),
            findings,
            documents,
            configurationOf: () => {
                throw new _proposed_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c(`${source.doc.file}: the drift guard reads lifecycle files and policies, not ${unit.subject}`);
            },
            locate: (pointer) => {
                const at = { file: source.doc.file, pointer: originOf(unit, pointer).origin.pointer };
                if (!move)
                    return at;
                const moved = move({ ruleId: '', severity: 'info', message: '', ...at });
                return { file: moved.file, pointer: moved.pointer };
            },
        },
    };
}


/***/ })

};
