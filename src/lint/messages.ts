/** Counting words for messages and reports ("1 rule", "3 rules"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
