import { MALFORMED_XML_TEXT } from '../../model/s3-limits.js';
import { evidenceFor } from '../evidence/records.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { arr, obj } from '../../model/values.js';

/**
 * Characters XML 1.0 cannot carry, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone
 * (which UTF-8 cannot encode: a client sends U+FFFD instead, so S3 would store another prefix).
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NAMES: Record<number, string> = { 0: 'NUL' };

/**
 * Catalogue 1.10 (well-formed XML): PutBucketLifecycleConfiguration is an XML request, so an ID, a
 * prefix or a tag holding a character XML 1.0 cannot represent makes the body not well-formed. The
 * S3 API reference says as much of object keys ("XML 1.0 parser cannot parse some characters, such
 * as characters with an ASCII value from 0 to 10").
 */
export const xmlCharacters: LifecycleRule = {
  meta: {
    id: 'xml-characters',
    description: 'IDs, prefixes and tags hold only characters an XML 1.0 request can carry (no NUL, no lone surrogate).',
    defaultSeverity: 'error',
    catalogue: ['1.10'],
    evidence: evidenceFor('1.10-xml'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const check = (value: unknown, ...path: Array<string | number>) => {
        if (typeof value !== 'string') return;
        const m = NOT_XML.exec(value);
        if (!m) return;
        const code = m[0].charCodeAt(0);
        const what = code >= 0xd800 && code <= 0xdfff ? `a lone surrogate U+${hex(code)} (half of a pair; UTF-8 cannot encode it, so S3 would get U+FFFD instead)` : `U+${hex(code)}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
        const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
        ctx.report({
          pointer: rule.at(...path),
          message: rejection(rule.label, `${field} holds ${what} at character ${m.index + 1}, which an XML 1.0 request cannot carry`, 'MalformedXML', MALFORMED_XML_TEXT),
        });
      };
      check(rule.raw.ID, 'ID');
      check(rule.raw.Prefix, 'Prefix');
      const filter = obj(rule.raw.Filter);
      if (!filter) continue;
      check(filter.Prefix, 'Filter', 'Prefix');
      const tag = obj(filter.Tag);
      check(tag?.Key, 'Filter', 'Tag', 'Key');
      check(tag?.Value, 'Filter', 'Tag', 'Value');
      const and = obj(filter.And);
      check(and?.Prefix, 'Filter', 'And', 'Prefix');
      arr(and?.Tags).forEach((t, i) => {
        check(obj(t)?.Key, 'Filter', 'And', 'Tags', i, 'Key');
        check(obj(t)?.Value, 'Filter', 'And', 'Tags', i, 'Value');
      });
    }
  },
};

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
