import { describe, it } from 'vitest';
import { xmlCharacters } from '../../src/lint/rules/xml-characters.js';
import { checkRule } from '../helpers/lint.js';

const rule = (filter: unknown, id = 'logs') =>
  `{"Rules": [\n${JSON.stringify({ ID: id, Status: 'Enabled', Filter: filter, Expiration: { Days: 1 } })}\n]}`;

describe('xml-characters (1.10)', () => {
  it('rejects NUL, other C0 controls and lone surrogates in IDs, prefixes and tags', () => {
    checkRule(
      xmlCharacters,
      [
        { name: 'tab, line feed and carriage return are XML characters', code: rule({ Prefix: 'a\tb\nc\rd/' }) },
        { name: 'a full surrogate pair (emoji)', code: rule({ Tag: { Key: 'bucket', Value: '🪣' } }) },
      ],
      [
        {
          name: 'NUL in a prefix',
          code: rule({ Prefix: 'logs/\u0000' }),
          errors: [{ line: 2, messageId: 'notXml', data: { field: 'Filter.Prefix', what: 'U+0000 (NUL)', at: 6 } }],
        },
        {
          name: 'a lone high surrogate in a tag value',
          code: rule({ Tag: { Key: 'k', Value: 'a\ud83e' } }),
          errors: [{ line: 2, messageId: 'notXml', data: { field: 'Filter.Tag.Value', what: 'a lone surrogate U+D83E' } }],
        },
        {
          name: 'a lone low surrogate in an And tag key',
          code: rule({
            And: {
              Prefix: 'p/',
              Tags: [
                { Key: '\udc00', Value: 'v' },
                { Key: 'b', Value: 'c' },
              ],
            },
          }),
          errors: [{ line: 2, messageId: 'notXml', data: { field: 'Filter.And.Tags[0].Key', what: 'a lone surrogate U+DC00' } }],
        },
        {
          name: 'a control character in the ID',
          code: rule({}, 'id\u0007'),
          errors: [{ line: 2, messageId: 'notXml', data: { what: 'U+0007' } }],
        },
      ],
    );
  });
});
