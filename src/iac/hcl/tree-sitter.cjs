// The CommonJS build of web-tree-sitter, required from CommonJS so that the bundler (ncc) takes the
// "require" export: the ESM build imports "module" at run time, which the bundle cannot (ADR 0161).
module.exports = require('web-tree-sitter');
