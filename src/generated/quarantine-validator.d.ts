// Generated. Do not edit.
export declare const validateQuarantine: import('./standalone-validator.js').StandaloneValidator;
export declare const schemaDocument: Record<string, unknown>;
