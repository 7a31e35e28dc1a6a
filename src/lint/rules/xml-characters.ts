import { recorded, SCHEMA_TEXT } from '../report-message.js';
import { evidenceFor } from '../evidence/records.js';
import type { LifecycleRule } from '../types.js';
import { arr, obj } from '../../model/values.js';

/**
 * Characters XML 1.0 cannot carry, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone
 * (which UTF-8 cannot encode: a client sends U+FFFD instead, so S3 would store another prefix).
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

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
    messages: {
      notXml: {
        message: '{{rule}}: {{field}} holds {{what}} at character {{at}}, which XML 1.0 cannot carry',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Remove the character.{{note}}',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const check = (value: unknown, ...path: Array<string | number>) => {
        if (typeof value !== 'string') return;
        const m = NOT_XML.exec(value);
        if (!m) return;
        const code = m[0].charCodeAt(0);
        const surrogate = code >= 0xd800 && code <= 0xdfff;
        const what = surrogate ? `a lone surrogate U+${hex(code)}` : `U+${hex(code)}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
        const note = surrogate ? ' A lone surrogate is half of a pair: UTF-8 cannot encode it, so S3 would get U+FFFD instead.' : '';
        const field = path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1);
        ctx.report({
          pointer: rule.at(...path),
          messageId: 'notXml',
          data: { rule: rule.label, field, what, at: m.index + 1, note },
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
