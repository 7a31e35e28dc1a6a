import { schemaDocument, validateLifecycleConfiguration, validatePutRequest } from '../../generated/lifecycle-validators.js';
import { recorded, SCHEMA_TEXT } from '../report-message.js';
import { describeSchemaErrors } from '../schema-errors.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';
import { valueAtPointer } from '../../load/pointer.js';

const TDMOS = 'TransitionDefaultMinimumObjectSize';

/**
 * The shape check (catalogue 1.10, 5.1): unknown elements, wrong types, unknown storage classes and
 * enum values. Semantic limits are left to the other rules so each fault is reported once. A bad
 * TransitionDefaultMinimumObjectSize is a header AWS reads itself, and answers in its own words.
 */
export const lifecycleSchema: LifecycleRule = {
  meta: {
    id: 'lifecycle-schema',
    description: 'The file has the shape of an S3 lifecycle configuration: known keys, right types, known storage classes.',
    defaultSeverity: 'error',
    catalogue: ['1.10', '5.1'],
    evidence: evidenceFor('1.10', '5.1'),
    messages: {
      shape: {
        message: '{{problem}}',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
      },
      transitionDefault: {
        message: '{{where}}: {{value}} is not a TransitionDefaultMinimumObjectSize',
        aws: recorded('InvalidRequest', 'Invalid TransitionDefaultMinimumObjectSize found: {{value}}'),
        hint: 'Use all_storage_classes_128K (the default) or varies_by_storage_class.',
      },
    },
  },
  check(ctx) {
    const request = ctx.base !== '';
    const validate = request ? validatePutRequest : validateLifecycleConfiguration;
    if (validate(ctx.document)) return;
    const rootDef = request ? 'PutBucketLifecycleConfigurationRequest' : 'LifecycleConfiguration';
    for (const p of describeSchemaErrors(validate.errors ?? [], ctx.document, { schema: schemaDocument, rootDef })) {
      if (p.pointer.endsWith(`/${TDMOS}`)) {
        const value = valueAtPointer(ctx.document, p.pointer);
        ctx.report({
          pointer: p.pointer,
          messageId: 'transitionDefault',
          data: {
            where: request && p.pointer === `/${TDMOS}` ? 'the request' : 'the configuration',
            value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
          },
        });
      } else {
        ctx.report({ pointer: p.pointer, reportOnKey: p.reportOnKey, messageId: 'shape', data: { problem: p.message.replace(/\.$/, '') } });
      }
    }
  },
};
