/** A place in a source file: 1-based line and column, and where the node ends when known. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
