export const id = 210;
export const ids = [210];
export const modules = {

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPriceCatalog: () => (/* binding */ loadPriceCatalog)
/* harmony export */ });
async function loadPriceCatalog(source, region) {
    const { loadPriceCatalog: load } = await __webpack_require__.e(/* import() */ 439).then(__webpack_require__.bind(__webpack_require__, 9439));
    return load({ source, region });
}


/***/ })

};
