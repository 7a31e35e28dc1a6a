/**
 * The fast path for JSON files (ADR 0040): JSON.parse gives the data, and the YAML tree that maps
 * pointers to lines is built only when a finding needs a position. What JSON.parse hides, a key
 * given twice in one object, is found by this scan; such files take the full YAML path, which
 * reports the duplicate at its position.
 */

/** True when some object in `text` (already valid JSON) names the same key twice. */
export function hasDuplicateKeys(text: string): boolean {
  return firstDuplicateKey(text) !== undefined;
}

/** The first key named twice in one object, with the offset of its second opening quote. */
export function firstDuplicateKey(text: string): { key: string; offset: number } | undefined {
  // One entry per open bracket: the keys seen so far for an object, null for an array.
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) {
          break;
        }
      }
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(start, i + 1);
        // "\u0061" and "a" are the same key; only escaped keys need decoding to compare.
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (keys.has(key)) return { key, offset: start };
        keys.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return undefined;
}
