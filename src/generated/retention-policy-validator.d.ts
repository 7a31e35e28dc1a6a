// Generated. Do not edit.
export declare const validateRetentionPolicy: import('./standalone-validator.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
