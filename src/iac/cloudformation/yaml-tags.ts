/**
 * CloudFormation YAML's short forms (`!Ref Days`, `!If [IsProd, 30, 60]`, `!GetAtt A.B`) as the long
 * forms of the JSON syntax (`{"Ref": "Days"}`), so that one evaluator reads both. The `yaml` library
 * keeps an unknown tag on its node; the loader has already checked the file (size, depth, aliases,
 * duplicate keys), so this second walk only reads the tags it kept.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';

const INTRINSICS = new Set([
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'Length',
  'ToJsonString',
]);

export function cfnYamlData(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  return toJs(doc.contents as YamlNode | null, doc, 0);
}

function toJs(node: YamlNode | null, doc: Document, depth: number): unknown {
  if (node === null || depth > 128) return null;
  let value: unknown;
  if (isAlias(node)) return toJs(node.resolve(doc) as YamlNode | null, doc, depth + 1);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[key] = toJs(pair.value as YamlNode | null, doc, depth + 1);
    }
    value = out;
  } else if (isSeq(node)) {
    value = node.items.map((i) => toJs(i as YamlNode | null, doc, depth + 1));
  } else if (isScalar(node)) {
    value = node.value;
  }
  const tag = node.tag;
  if (!tag?.startsWith('!') || tag.startsWith('!!')) return value;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') return { 'Fn::GetAtt': value.split('.') };
  return INTRINSICS.has(name) ? { [`Fn::${name}`]: value } : value;
}
