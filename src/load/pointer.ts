/** RFC 6901 JSON Pointers: how findings address a node without knowing lines or columns. */

export function escapeSegment(segment: string | number): string {
  // Hot path: rules build pointers for every element they look at; most need no escaping.
  if (typeof segment === 'number') return String(segment);
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** The value at `pointer` in plain data, or undefined when the path does not exist. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node = data;
  for (const s of splitPointer(pointer)) {
    node = Array.isArray(node)
      ? node[Number(s)]
      : typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[s]
        : undefined;
  }
  return node;
}
