/** A file as a list of lines, so a test can see which line a finding is on (line n is lines[n - 1]). */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}
