import { describe, it } from 'vitest';
import { noncurrentTransitionDays } from '../../src/lint/rules/noncurrent-transition-days.js';
import { checkRule } from '../helpers/lint.js';

const rule = (...nvts: string[]) =>
  `Rules:\n  - ID: old-versions\n    Status: Enabled\n    Filter: {}\n    NoncurrentVersionTransitions:\n${nvts.map((t) => `      - ${t}\n`).join('')}`;

describe('noncurrent-transition-days (3d.2, 3d.3)', () => {
  it('accepts NoncurrentDays from 0 for archive classes and from 30 for the IA classes', () => {
    checkRule(
      noncurrentTransitionDays,
      [
        { name: 'GLACIER at 0', code: rule('{NoncurrentDays: 0, StorageClass: GLACIER}') },
        {
          name: 'STANDARD_IA at 30, ONEZONE_IA at 60',
          code: rule('{NoncurrentDays: 30, StorageClass: STANDARD_IA}', '{NoncurrentDays: 60, StorageClass: ONEZONE_IA}'),
        },
      ],
      [],
    );
  });

  it('rejects a NoncurrentVersionTransition without NoncurrentDays (terraform-provider-aws#41399)', () => {
    checkRule(
      noncurrentTransitionDays,
      [],
      [
        {
          name: 'StorageClass only',
          code: rule('{StorageClass: INTELLIGENT_TIERING}'),
          errors: [{ line: 6, messageId: 'missing', data: { where: 'NoncurrentVersionTransitions[0]' } }],
        },
      ],
    );
  });

  it('rejects negative NoncurrentDays', () => {
    checkRule(
      noncurrentTransitionDays,
      [],
      [{ name: '-1', code: rule('{NoncurrentDays: -1, StorageClass: GLACIER}'), errors: [{ line: 6, messageId: 'negative' }] }],
    );
  });

  it('warns, without saying AWS rejects it, about noncurrent transitions to the IA classes before 30 noncurrent days (unconfirmed since 2026-07-16)', () => {
    checkRule(
      noncurrentTransitionDays,
      [],
      [
        {
          name: 'STANDARD_IA after 3 days (CMSgov/bcda-app#1208)',
          code: rule('{NoncurrentDays: 3, StorageClass: STANDARD_IA}'),
          errors: [
            {
              line: 6,
              severity: 'warning',
              messageId: 'belowMinUnconfirmed',
              data: { class: 'STANDARD_IA', days: 3, min: 30, since: '2026-07-16' },
            },
          ],
        },
        {
          name: 'ONEZONE_IA after 29',
          code: rule('{NoncurrentDays: 29, StorageClass: ONEZONE_IA}'),
          errors: [{ line: 6, severity: 'warning', messageId: 'belowMinUnconfirmed', data: { class: 'ONEZONE_IA' } }],
        },
        {
          name: 'STANDARD_IA at 0',
          code: rule('{NoncurrentDays: 0, StorageClass: STANDARD_IA}'),
          errors: [{ line: 6, severity: 'warning', messageId: 'belowMinUnconfirmed' }],
        },
      ],
    );
  });
});
