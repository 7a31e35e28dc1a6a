/**
 * A unified diff of two versions of a file, for `--fix-dry-run`: the changed lines with three lines
 * of context, as `diff -u` and `git diff` print them. Lines are matched by a longest common
 * subsequence of the part between the unchanged head and tail (fixes change a few lines).
 */
const CONTEXT = 3;
const MAX_LCS_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = lineOps(a, b);
  const name = file.startsWith('/') ? file : `/${file}`;
  let out = `--- a${name}\n+++ b${name}\n`;
  for (const hunk of hunks(ops)) out += hunk;
  return out;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // A change too large to match line by line is shown as the old lines, then the new.
  if (x.length * y.length > MAX_LCS_CELLS)
    return [
      ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
      ...x.map((line) => ({ kind: '-' as const, line })),
      ...y.map((line) => ({ kind: '+' as const, line })),
      ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
    ];
  // LCS table over the changed middle only.
  const dp: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--) dp[i]![j] = x[i] === y[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const mid: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      mid.push({ kind: ' ', line: x[i++]! });
      j++;
    } else if (i < x.length && (j >= y.length || dp[i + 1]![j]! >= dp[i]![j + 1]!)) mid.push({ kind: '-', line: x[i++]! });
    else mid.push({ kind: '+', line: y[j++]! });
  }
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...mid,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

function* hunks(ops: Op[]): Generator<string> {
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k]! - CONTEXT);
    let to = changed[k]!;
    while (k + 1 < changed.length && changed[k + 1]! - to <= 2 * CONTEXT) to = changed[++k]!;
    to = Math.min(ops.length - 1, to + CONTEXT);
    k++;
    // Line numbers of the hunk's first line in each version.
    let aLine = 1;
    let bLine = 1;
    for (let n = 0; n < from; n++) {
      if (ops[n]!.kind !== '+') aLine++;
      if (ops[n]!.kind !== '-') bLine++;
    }
    const body = ops.slice(from, to + 1);
    const aCount = body.filter((o) => o.kind !== '+').length;
    const bCount = body.filter((o) => o.kind !== '-').length;
    yield (
      `@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@\n` +
      body.map((o) => `${o.kind}${o.line}\n`).join('')
    );
  }
}
