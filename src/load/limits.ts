/**
 * Budgets for reading untrusted files. They are named here so that messages, docs and tests
 * agree on the same numbers.
 */
/** A lifecycle configuration of 1,000 rules is about 400 KB of pretty JSON; 5 MiB leaves room. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Nesting deeper than this is no lifecycle configuration and only risks the parser's stack. */
export const MAX_NESTING_DEPTH = 64;
/** YAML aliases expanded per document before we call it an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;
/** Bytes sniffed for NUL to tell a binary file from text. */
export const BINARY_SNIFF_BYTES = 8000;
