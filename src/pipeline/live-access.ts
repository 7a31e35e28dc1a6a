/**
 * Whether this run can read the live buckets: the AWS SDK's default credential chain is asked once,
 * with a short timeout. Three answers, because they call for different behaviour:
 * - found: plan against the live buckets;
 * - none: nothing was configured (a fork's pull request, a workflow without a role): lint only,
 *   with a visible notice of what was skipped;
 * - broken: credentials were configured (keys, a web-identity token, a profile) but could not be
 *   resolved: that is an AWS error, and it fails the gate like any other (never fail open).
 */
import { openS3 } from '../s3/client.js';

export type LiveAccess = { kind: 'found'; source?: string } | { kind: 'none'; reason: string } | { kind: 'broken'; reason: string };

/** The chain tries instance metadata last; on a runner outside AWS that must not hold up the check. */
export const CREDENTIALS_TIMEOUT_MS = 5_000;

/** Variables that say someone meant to give this run AWS credentials. */
const CONFIGURED = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_PROFILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

export async function probeLiveAccess(env: NodeJS.ProcessEnv, timeoutMs = CREDENTIALS_TIMEOUT_MS): Promise<LiveAccess> {
  const configured = CONFIGURED.filter((name) => env[name]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const { client } = await openS3({ region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1' }, env);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const identity = await Promise.race([client.config.credentials(), timeout]);
    const source = (identity as { $source?: Record<string, unknown> }).$source;
    return { kind: 'found', ...(source ? { source: Object.keys(source).join(', ') } : {}) };
  } catch (err) {
    const message = (err as Error)?.message ?? String(err);
    if (configured.length === 0) return { kind: 'none', reason: `no AWS credentials found (${message})` };
    return { kind: 'broken', reason: `AWS credentials are configured (${configured.join(', ')}) but could not be resolved: ${message}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
}
