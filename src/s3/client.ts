/**
 * The one place an S3 client is made. The SDK is loaded with a dynamic import only by the commands
 * that talk to S3 (plan, apply), so `check` never pays for it. Credentials come from the SDK's
 * default chain (environment, SSO, web identity, shared files, instance metadata): lifeguard takes
 * no keys and prints none.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { runSignal } from '../net/deadline.js';

export type S3Sdk = typeof import('@aws-sdk/client-s3');

/** Where a bucket lives; a target of .lifeguard.yml carries these. */
export interface S3Location {
  region?: string;
  /** For S3-compatible stores (Ceph RGW, MinIO): their URL. Implies path-style addressing. */
  endpoint?: string;
  forcePathStyle?: boolean;
}

/** Standard retry mode: exponential backoff with jitter on throttling, 5xx and timeouts. */
export const MAX_ATTEMPTS = 5;
/** A TCP connection to S3 is made in well under a second; a blackholed address must not hang the run. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** No byte from S3 for this long ends the attempt (retried); S3 answers lifecycle calls in milliseconds. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Region used for an S3-compatible endpoint when nothing else names one (SigV4 needs a region). */
export const ENDPOINT_FALLBACK_REGION = 'us-east-1';

let sdk: Promise<S3Sdk> | undefined;

export function loadS3Sdk(): Promise<S3Sdk> {
  sdk ??= import('@aws-sdk/client-s3');
  return sdk;
}

export interface S3Access {
  sdk: S3Sdk;
  client: S3Client;
  /** The endpoint the client talks to, for sentences about a failure ("the S3 endpoint … did not answer"). */
  endpoint: string;
}

export async function openS3(location: S3Location, env: NodeJS.ProcessEnv = process.env): Promise<S3Access> {
  const s3 = await loadS3Sdk();
  const envRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const region = location.region ?? envRegion ?? (location.endpoint ? ENDPOINT_FALLBACK_REGION : undefined);
  const client = new s3.S3Client({
    ...(region ? { region } : {}),
    ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: location.forcePathStyle ?? true } : {}),
    ...(!location.endpoint && location.forcePathStyle !== undefined ? { forcePathStyle: location.forcePathStyle } : {}),
    // The SDK's default (WHEN_SUPPORTED) sends aws-chunked trailers that Ceph RGW refuses (411);
    // lifecycle calls carry the Content-MD5/checksum they require either way.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    retryMode: 'standard',
    maxAttempts: MAX_ATTEMPTS,
    // A bucket in another region than configured answers 301; follow it instead of failing.
    followRegionRedirects: true,
    requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
  });
  const endpoint = location.endpoint ?? `https://s3.${region ?? 'us-east-1'}.amazonaws.com`;
  withRunDeadline(client, endpoint);
  return { sdk: s3, client, endpoint };
}

/**
 * Every call of this client carries the run's deadline (its abort signal), and a failure carries
 * the endpoint it was talking to (`$endpoint`), so errors.ts can say which endpoint did not answer.
 */
function withRunDeadline(client: S3Client, endpoint: string): void {
  const send = client.send.bind(client) as (command: unknown, options?: Record<string, unknown>) => Promise<unknown>;
  const wrapped = async (command: unknown, options?: Record<string, unknown>) => {
    const signal = runSignal();
    try {
      return await send(command, { ...options, ...(signal ? { abortSignal: signal } : {}) });
    } catch (err) {
      if (err && typeof err === 'object' && !('$endpoint' in err)) Object.defineProperty(err, '$endpoint', { value: endpoint });
      throw err;
    }
  };
  (client as unknown as { send: typeof wrapped }).send = wrapped;
}
