import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalImportNames } from '../../scripts/canonical-imports.mjs';

const canonical: (text: string) => string = canonicalImportNames;

/** One module of dist/lib/666.index.js as CI's clean build and the build here numbered its imports. */
function sarifModule(n: Record<'details' | 'docs' | 'rules' | 'version' | 'locations', number>): string {
  return [
    '/***/ 6095:',
    '/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {',
    `/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_${n.details}__ = __webpack_require__(6716);`,
    `/* harmony import */ var _lint_docs_url_js__WEBPACK_IMPORTED_MODULE_${n.docs}__ = __webpack_require__(2130);`,
    `/* harmony import */ var _config_known_rules_js__WEBPACK_IMPORTED_MODULE_${n.rules}__ = __webpack_require__(639);`,
    `/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_${n.version}__ = __webpack_require__(311);`,
    `/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_${n.locations}__ = __webpack_require__(5126);`,
    `    const describe = options.describeRule ?? _config_known_rules_js__WEBPACK_IMPORTED_MODULE_${n.rules}__/* .ruleMeta */ .t;`,
    `    version: _version_js__WEBPACK_IMPORTED_MODULE_${n.version}__/* .VERSION */ .x,`,
    `    informationUri: _lint_docs_url_js__WEBPACK_IMPORTED_MODULE_${n.docs}__/* .REPOSITORY_URL */ .ld,`,
    `    uri: (0,_locations_js__WEBPACK_IMPORTED_MODULE_${n.locations}__/* .artifactUri */ .PC)(d.file, base),`,
    `    text: (0,_details_js__WEBPACK_IMPORTED_MODULE_${n.details}__/* .detailLines */ .Z)(d),`,
    '/***/ }),',
    '',
  ].join('\n');
}

describe('canonical import names in the bundle', () => {
  it("makes CI's numbering and this machine's the same, numbered in declaration order", () => {
    const ci = sarifModule({ details: 4, docs: 3, rules: 0, version: 2, locations: 1 });
    const here = sarifModule({ details: 0, docs: 4, rules: 1, version: 3, locations: 2 });
    expect(ci).not.toBe(here);
    expect(canonical(ci)).toBe(canonical(here));
    expect(canonical(ci)).toBe(sarifModule({ details: 0, docs: 1, rules: 2, version: 3, locations: 4 }));
  });

  it('numbers each module on its own and keeps the suffixes webpack derives from a name', () => {
    const chunk = [
      'export const id = 1;',
      '/***/ 10:',
      '/* harmony import */ var _a__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3);',
      '/* harmony import */ var _a__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(_a__WEBPACK_IMPORTED_MODULE_1__);',
      '/***/ 20:',
      '/* harmony import */ var _b__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4);',
      '/* harmony import */ var _c__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5);',
      'f(_c__WEBPACK_IMPORTED_MODULE_0__, _b__WEBPACK_IMPORTED_MODULE_1__);',
      '',
    ].join('\n');
    expect(canonical(chunk)).toBe(
      [
        'export const id = 1;',
        '/***/ 10:',
        '/* harmony import */ var _a__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3);',
        '/* harmony import */ var _a__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(_a__WEBPACK_IMPORTED_MODULE_0__);',
        '/***/ 20:',
        '/* harmony import */ var _b__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4);',
        '/* harmony import */ var _c__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5);',
        'f(_c__WEBPACK_IMPORTED_MODULE_1__, _b__WEBPACK_IMPORTED_MODULE_0__);',
        '',
      ].join('\n'),
    );
  });

  it('is how the committed dist/ was built', () => {
    const files = readdirSync('dist/lib').filter((f) => f.endsWith('.js'));
    const numbered = files.filter((f) => readFileSync(`dist/lib/${f}`, 'utf8').includes('__WEBPACK_IMPORTED_MODULE_'));
    expect(numbered.length).toBeGreaterThan(10);
    for (const f of numbered) {
      const text = readFileSync(`dist/lib/${f}`, 'utf8');
      expect(canonical(text) === text, `dist/lib/${f} is canonical`).toBe(true);
    }
  });
});
