// Generated. Do not edit.
export declare const validateLifecycleConfiguration: import('./standalone-validator.js').StandaloneValidator;
export declare const validatePutRequest: import('./standalone-validator.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
