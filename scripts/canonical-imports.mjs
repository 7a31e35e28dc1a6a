// Webpack names a module's imports `<request>__WEBPACK_IMPORTED_MODULE_<n>__`, with n counted in the
// order its code generation first asks for each one. That order is not always the same from one
// machine to the next (CI's clean build numbered one module's five imports 4, 3, 0, 2, 1 where the
// build here numbered them 0, 4, 1, 3, 2), so dist/ could not be rebuilt byte for byte. The names
// are local to each module's function: renumbering them in the order they first appear (their
// declarations, which webpack writes in source order) gives the same bundle wherever it is built.
// See docs/adr/0199-canonical-import-names.md.

/** A module in a chunk starts on a line of its own: `/***\/ 1234:`. */
const MODULE_START = /^\/\*\*\*\/ \d+:$/m;
const IMPORT_NAME = /([\w$]*?)__WEBPACK_IMPORTED_MODULE_(\d+)__/g;

/** The chunk's text with every module's import names numbered by first appearance. */
export function canonicalImportNames(text) {
  const starts = [];
  const re = new RegExp(MODULE_START.source, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  if (starts.length === 0) return renumber(text);
  const parts = [text.slice(0, starts[0])];
  for (let i = 0; i < starts.length; i++) parts.push(renumber(text.slice(starts[i], starts[i + 1] ?? text.length)));
  return parts.join('');
}

function renumber(moduleText) {
  const names = new Map();
  return moduleText.replace(IMPORT_NAME, (whole, prefix) => {
    let name = names.get(whole);
    if (name === undefined) {
      name = `${prefix}__WEBPACK_IMPORTED_MODULE_${names.size}__`;
      names.set(whole, name);
    }
    return name;
  });
}
