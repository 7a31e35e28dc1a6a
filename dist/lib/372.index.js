export const id = 372;
export const ids = [372];
export const modules = {

/***/ 9372:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// The CommonJS build of web-tree-sitter, required from CommonJS so that the bundler (ncc) takes the
// "require" export: the ESM build imports "module" at run time, which the bundle cannot (ADR 0161).
module.exports = __webpack_require__(551);


/***/ })

};
