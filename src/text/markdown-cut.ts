/**
 * Markdown cut short to fit a budget (the comment's 65,536 characters, the summary's byte budget)
 * without breaking what follows: cut at a paragraph break when one is near, never inside a
 * surrogate pair, and every code fence and `<details>` block left open is closed. Blocks are
 * counted by the lines lifeguard writes (`<details…>` and `</details>` and fences start their own
 * line; untrusted text never starts one, its line breaks are escaped), so text quoted inside a code
 * span cannot unbalance the count. Pure.
 */

/** `head` (already short enough) with its open fence and `<details>` blocks closed. */
export function closeOpenBlocks(head: string): string {
  let fenced = false;
  let open = 0;
  for (const line of head.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    else if (!fenced && /^<details[\s>]/.test(line)) open++;
    else if (!fenced && /^<\/details>/.test(line)) open = Math.max(0, open - 1);
  }
  return head + (fenced ? '\n```' : '') + '\n</details>'.repeat(open);
}

/** The longest head of `text` within `room` (measured by `size`), cut at a paragraph break when one is in the second half. */
export function cutAtParagraph(text: string, room: number, size: (s: string) => number = (s) => s.length): string {
  let head = text.slice(0, room);
  while (head.length && size(head) > room) head = head.slice(0, Math.max(0, head.length - Math.ceil((size(head) - room) / 4) - 1));
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const cut = head.lastIndexOf('\n\n');
  return cut > head.length / 2 ? head.slice(0, cut) : head;
}
