import { schemaDocument, validateLifecycleConfiguration, validatePutRequest } from '../../generated/lifecycle-validators.js';
import { describeSchemaErrors } from '../schema-errors.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * The shape check (catalogue 1.10, 5.1): unknown elements, wrong types, unknown storage classes and
 * enum values. Semantic limits are left to the other rules so each fault is reported once.
 */
export const lifecycleSchema: LifecycleRule = {
  meta: {
    id: 'lifecycle-schema',
    description: 'The file has the shape of an S3 lifecycle configuration: known keys, right types, known storage classes.',
    defaultSeverity: 'error',
    catalogue: ['1.10', '5.1'],
    evidence: evidenceFor('1.10', '5.1'),
  },
  check(ctx) {
    const request = ctx.base !== '';
    const validate = request ? validatePutRequest : validateLifecycleConfiguration;
    if (validate(ctx.document)) return;
    const rootDef = request ? 'PutBucketLifecycleConfigurationRequest' : 'LifecycleConfiguration';
    for (const p of describeSchemaErrors(validate.errors ?? [], ctx.document, { schema: schemaDocument, rootDef, consequence: 'AWS rejects the PutBucketLifecycleConfiguration call with MalformedXML.' })) {
      ctx.report({ pointer: p.pointer, message: p.message, reportOnKey: p.reportOnKey });
    }
  },
};
