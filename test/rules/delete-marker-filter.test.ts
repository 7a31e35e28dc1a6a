import { describe, it } from 'vitest';
import { deleteMarkerFilter } from '../../src/lint/rules/delete-marker-filter.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('delete-marker-filter (3a.4, 3a.5)', () => {
  it('rejects ExpiredObjectDeleteMarker in rules filtered by tags or size, and accepts prefix filters', () => {
    checkRule(
      deleteMarkerFilter,
      [
        {
          name: 'prefix filter (JSON)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "logs/"}, "Expiration": {"ExpiredObjectDeleteMarker": true}}]}`,
        },
        {
          name: 'whole bucket (YAML)',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {}', '    Expiration: {ExpiredObjectDeleteMarker: true}'),
        },
        {
          name: 'a tag filter with Days is fine',
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {Tag: {Key: k, Value: v}}, Expiration: {Days: 3}}'),
        },
      ],
      [
        {
          name: 'with a Tag (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Tag": {"Key": "team", "Value": "ml"}},',
            '  "Expiration": {"ExpiredObjectDeleteMarker": true}}]}',
          ),
          errors: [{ line: 2, column: 18, messageId: 'withTags', data: { filter: '(tag=team:ml)' } }],
        },
        {
          name: 'false, with a size filter, is still refused (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And: {Prefix: logs/, ObjectSizeGreaterThan: 0}',
            '    Expiration:',
            '      ExpiredObjectDeleteMarker: false',
          ),
          errors: [{ line: 7, messageId: 'withSize' }],
        },
        {
          name: 'tags and size together: both faults',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And: {Tags: [{Key: a, Value: b}], ObjectSizeLessThan: 100}',
            '    Expiration: {ExpiredObjectDeleteMarker: true}',
          ),
          errors: [
            { line: 6, messageId: 'withTags' },
            { line: 6, messageId: 'withSize' },
          ],
        },
      ],
    );
  });
});
