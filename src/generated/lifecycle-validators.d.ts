// Generated. Do not edit.
export declare const validateLifecycleConfiguration: import('../lint/schema-errors.js').StandaloneValidator;
export declare const validatePutRequest: import('../lint/schema-errors.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
