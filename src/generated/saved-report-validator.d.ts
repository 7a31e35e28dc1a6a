// Generated. Do not edit.
export declare const validateSavedReport: import('../lint/schema-errors.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
