/**
 * Whether this run can read the live buckets: the AWS SDK's default credential chain is asked once,
 * with a short timeout. Three answers, because they call for different behaviour:
 * - found: plan against the live buckets;
 * - none: nothing was configured (a fork's pull request, a workflow without a role): lint only,
 *   with a visible notice of what was skipped;
 * - broken: credentials were configured (variables, a web-identity token, a profile or a shared
 *   credentials file) but could not be resolved: the run is incomplete and fails, whatever the base
 *   settings allow (never fail open), with one sentence naming the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
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
    const message = ((err as Error)?.message ?? String(err)).split('\n')[0]!;
    const sources = configuredSources(env);
    if (sources.length === 0) return { kind: 'none', reason: `no AWS credentials found (${message})` };
    return { kind: 'broken', reason: `AWS credentials are configured by ${sources.join(' and ')} but could not be resolved (${message})` };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/**
 * Where this run was given credentials, in words: the variables (a key id without its secret is
 * named as such), the profile, a shared credentials or config file with the profile in it.
 */
export function configuredSources(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  const vars = CONFIGURED.filter((name) => env[name] && name !== 'AWS_PROFILE');
  if (env.AWS_ACCESS_KEY_ID && !env.AWS_SECRET_ACCESS_KEY)
    out.push('the environment variable AWS_ACCESS_KEY_ID without AWS_SECRET_ACCESS_KEY');
  else if (env.AWS_SECRET_ACCESS_KEY && !env.AWS_ACCESS_KEY_ID)
    out.push('the environment variable AWS_SECRET_ACCESS_KEY without AWS_ACCESS_KEY_ID');
  else if (vars.length) out.push(`the environment variable${vars.length === 1 ? '' : 's'} ${vars.join(', ')}`);
  const profile = env.AWS_PROFILE || 'default';
  const files = [
    {
      path: env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials'),
      section: new RegExp(`^\\s*\\[\\s*${escape(profile)}\\s*\\]`, 'm'),
    },
    {
      path: env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config'),
      section: new RegExp(`^\\s*\\[\\s*(profile\\s+)?${escape(profile)}\\s*\\]`, 'm'),
    },
  ];
  const holding = files.filter((f) => sectionIn(f.path, f.section)).map((f) => f.path);
  if (env.AWS_PROFILE || holding.length)
    out.push(
      `the profile ${profile}${env.AWS_PROFILE ? ' (AWS_PROFILE)' : ''}${holding.length ? ` in ${holding.join(' and ')}` : ', which no credentials or config file holds'}`,
    );
  return out;
}

function sectionIn(path: string, section: RegExp): boolean {
  try {
    return existsSync(path) && section.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
