/**
 * Node's error codes for a connection that failed before any answer (refused, reset, no route, no
 * name): the S3 client and the Price List API say "cannot reach" for these, not "refused".
 */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
