// Generated. Do not edit.
export declare const validateQuarantine: import('../lint/schema-errors.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
