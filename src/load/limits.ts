/**
 * Budgets for reading untrusted files. They are named here so that messages, docs and tests
 * agree on the same numbers.
 */
/** A lifecycle configuration of 1,000 rules is about 400 KB of pretty JSON; 5 MiB leaves room. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Nesting deeper than this is no lifecycle configuration and only risks the parser's stack. */
export const MAX_NESTING_DEPTH = 64;
/**
 * Levels of HCL syntax (blocks, parentheses, operators, calls, elements, interpolations) a .tf file
 * may nest: the bracket count above misses `1 + 1 + …` and `!!!…`, and converting the tree recurses
 * once per level. Lifecycle configurations nest about ten; the evaluator stops at 32 anyway.
 */
export const MAX_SYNTAX_DEPTH = 256;
/**
 * What evaluating the expressions of one .tf file may build, in units: one per number, boolean,
 * list or object, one per character of a string; a reference to a local or variable counts the part
 * it names again, since whoever reads the attribute walks that. Past the budget a value is unknown.
 */
export const MAX_EVAL_UNITS = 2_000_000;
/** The longest string a template or function may build: no lifecycle value comes near 64 KiB. */
export const MAX_EVAL_STRING = 64 * 1024;
/**
 * Nodes that YAML aliases may add to a document when expanded (each alias counts the whole node it
 * stands for); more is an alias bomb, deep ("billion laughs") or wide (one big node aliased often).
 */
export const MAX_ALIAS_NODES = 10_000;
/**
 * Nodes in one YAML document. The parser spends tens of microseconds per node, so this bounds its
 * time (well under a second) and memory; a 1,000-rule configuration has about 15,000.
 */
export const MAX_YAML_NODES = 40_000;
/**
 * Objects and lists in one JSON document. JSON.parse keeps each as a JS object (about 100 bytes),
 * so this bounds memory; a 5 MiB quarantine file or registry manifest holds about 100,000.
 */
export const MAX_JSON_CONTAINERS = 500_000;
/** Members of one JSON object: more make JSON.parse build a slow dictionary, and no format of ours has them. */
export const MAX_OBJECT_MEMBERS = 50_000;
/** Bytes sniffed for NUL to tell a binary file from text. */
export const BINARY_SNIFF_BYTES = 8000;
