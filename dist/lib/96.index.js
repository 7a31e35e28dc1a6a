export const id = 96;
export const ids = [96];
export const modules = {

/***/ 6096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkIacCandidate: () => (/* binding */ checkIacCandidate),
/* harmony export */   checkTerraformCandidate: () => (/* binding */ checkTerraformCandidate)
/* harmony export */ });
/* harmony import */ var _load_detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9);
/* harmony import */ var _lint_file_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73);
/* harmony import */ var _iac_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6887);
/* harmony import */ var _config_target_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9366);




async function checkTerraformCandidate(c, config) {
    const read = await (0,_iac_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readTerraform */ .T)(c.path, c.display, !c.explicit);
    if (!read.ok) {
        if (read.kind === 'io')
            return { entry: { file: c.display, kind: 'unreadable' }, findings: [], ioError: { path: c.display, message: read.problem.message } };
        // A .tf file found in a folder is only parsed when it may hold lifecycle rules (readTerraform).
        if (!c.explicit && read.kind === 'content' && !(0,_load_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .looksRelevant */ .gc)(await textOf(c.path)))
            return { findings: [] };
        return {
            entry: { file: c.display, kind: 'unreadable' },
            findings: [(0,_lint_file_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .fileProblemFinding */ .Vd)(read.problem, c.display)],
        };
    }
    return outcome(c, read.source, config);
}
async function checkIacCandidate(c, doc, kind, config) {
    return outcome(c, await (0,_iac_source_js__WEBPACK_IMPORTED_MODULE_2__/* .fromDocument */ .s)(c.path, doc, kind), config);
}
function outcome(c, source, config) {
    if (source.units.length === 0 && source.findings.length === 0 && !c.explicit)
        return { findings: [] };
    const kind = source.kind === 'cloudformation' ? 'cloudformation' : 'terraform';
    return {
        entry: { file: c.display, kind },
        findings: (0,_iac_source_js__WEBPACK_IMPORTED_MODULE_2__.lintIac)(source, config.rules, (0,_config_target_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsOfSource */ .z)(config, c.path)),
        doc: source.doc,
        documents: source.documents,
    };
}
async function textOf(path) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    return readFile(path, 'latin1').catch(() => '');
}


/***/ })

};
