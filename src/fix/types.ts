/**
 * Fixes as data. A rule says what to change in terms of the document (a plan of changes at JSON
 * Pointers); src/fix turns a plan into text edits on the file, keeping everything else byte for byte.
 * `safe`: S3 treats the configuration the same, or the fix only adds what the finding asks for.
 * `suggestion`: it changes what the rules do; shown, and applied only when asked (--fix-type suggestion).
 */
export type FixKind = 'safe' | 'suggestion';

/** One change to the document, at a JSON Pointer into the file's data. */
export type Change =
  /** Set a member (added at the end of its object when missing) or replace a value. */
  | { op: 'set'; pointer: string; value: unknown }
  /** Remove a member of an object. */
  | { op: 'remove'; pointer: string }
  /** Replace the member at `pointer` with `key: value`, in the same place. */
  | { op: 'rename'; pointer: string; key: string; value: unknown }
  /** Add an element at the end of the array at `pointer`. */
  | { op: 'append'; pointer: string; value: unknown };

/** What a rule attaches to a finding: independent changes (each one edit), applied together. */
export interface FixPlan {
  kind: FixKind;
  /** Short, imperative: what the fix does ("add \"Filter\": {} to rule #2"). */
  description: string;
  changes: Change[];
}

/** Replace the text between two offsets (UTF-16 code units, end exclusive) of a file. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  kind: FixKind;
  description: string;
  /** Non-overlapping, in file order. */
  edits: TextEdit[];
}
