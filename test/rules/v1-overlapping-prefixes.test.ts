import { describe, it } from 'vitest';
import { v1OverlappingPrefixes } from '../../src/lint/rules/v1-overlapping-prefixes.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('v1-overlapping-prefixes (4.3)', () => {
  it('rejects overlapping V1 prefixes with a shared action type', () => {
    checkRule(
      v1OverlappingPrefixes,
      [
        {
          name: 'the AWS CLI reference example: overlapping prefixes, different action types',
          code: lines(
            '{"Rules": [',
            '  {"ID": "Move rotated logs to Glacier", "Prefix": "rotated/", "Status": "Enabled", "Transitions": [{"Date": "2015-11-10T00:00:00.000Z", "StorageClass": "GLACIER"}]},',
            '  {"Status": "Enabled", "Prefix": "", "NoncurrentVersionTransitions": [{"NoncurrentDays": 2, "StorageClass": "GLACIER"}], "ID": "Move old versions to Glacier"}',
            ']}',
          ),
        },
        {
          name: 'disjoint prefixes (YAML)',
          code: lines(
            'Rules:',
            '  - {ID: a, Status: Enabled, Prefix: logs/, Expiration: {Days: 1}}',
            '  - {ID: b, Status: Enabled, Prefix: tmp/, Expiration: {Days: 2}}',
          ),
        },
        {
          name: 'the same overlap in V2 is allowed',
          code: lines(
            'Rules:',
            '  - {ID: a, Status: Enabled, Filter: {Prefix: ""}, Expiration: {Days: 10}}',
            '  - {ID: b, Status: Enabled, Filter: {Prefix: logs/}, Expiration: {Days: 2}}',
          ),
        },
      ],
      [
        {
          name: "'' and 'logs' both expire (ceph/ceph#23668), JSON",
          code: lines(
            '{"Rules": [',
            '  {"ID": "all", "Status": "Enabled", "Prefix": "", "Expiration": {"Days": 365}},',
            '  {"ID": "logs", "Status": "Enabled", "Prefix": "logs", "Expiration": {"Days": 30}}',
            ']}',
          ),
          errors: [{ line: 3, column: 49, messageId: 'overlap', data: { prefix: 'logs', other: "rule 'all'", type: 'Expiration' } }],
        },
        {
          name: 'a delete-marker cleanup counts as Expiration; each later rule once (YAML)',
          code: lines(
            'Rules:',
            '  - ID: expiry',
            '    Status: Enabled',
            '    Prefix: ""',
            '    Expiration: {Days: 90}',
            '  - ID: deletemarker',
            '    Status: Enabled',
            '    Prefix: ""',
            '    Expiration: {ExpiredObjectDeleteMarker: true}',
            '  - ID: deep',
            '    Status: Disabled',
            '    Prefix: logs/a',
            '    Expiration: {Days: 5}',
            '    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 2}',
          ),
          errors: [
            { line: 8, messageId: 'overlap', data: { type: 'Expiration' } },
            { line: 12, messageId: 'overlap', data: { other: "rule 'expiry'" } },
          ],
        },
      ],
    );
  });
});
