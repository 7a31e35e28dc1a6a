/**
 * A stand-in for the AWS Price List Query API on 127.0.0.1: it speaks the AWS JSON 1.1 protocol
 * (POST /, X-Amz-Target: AWSPriceListService.GetProducts), serves the fixtures of
 * test/fixtures/pricing/ for the requested ServiceCode and regionCode filter, pages them by
 * MaxResults with NextToken, and records every request. The real SDK client talks to it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FIXTURES = new URL('../fixtures/pricing/', import.meta.url);

export interface RecordedRequest {
  target: string | undefined;
  authorization: string | undefined;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (or the raw text when it is not JSON). */
  body: Record<string, unknown>;
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** Decides the reply to request number `index` (0-based); undefined serves the fixtures. */
export type Behaviour = (req: RecordedRequest, index: number) => Reply | undefined;

export interface PricingServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const JSON_11 = { 'content-type': 'application/x-amz-json-1.1' };

export function awsError(status: number, type: string, message: string): Reply {
  return { status, body: JSON.stringify({ __type: type, message }), headers: { 'x-amzn-errortype': type } };
}

function fixturePriceList(service: string, region: string): string[] {
  try {
    const doc = JSON.parse(readFileSync(new URL(`${service}-${region}.json`, FIXTURES), 'utf8')) as { PriceList: string[] };
    return doc.PriceList;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []; // the API answers an unknown region with no products
    throw e;
  }
}

function getProducts(body: Record<string, unknown>): Reply {
  const filters = (body.Filters ?? []) as { Field: string; Value: string }[];
  const region = filters.find((f) => f.Field === 'regionCode')?.Value ?? '';
  const list = fixturePriceList(String(body.ServiceCode), region);
  const size = typeof body.MaxResults === 'number' ? body.MaxResults : 100;
  const start = typeof body.NextToken === 'string' ? Number(body.NextToken.split(':')[1]) : 0;
  const page = list.slice(start, start + size);
  const next = start + size < list.length ? `page:${start + size}:${String(body.ServiceCode)}` : undefined;
  return { status: 200, body: JSON.stringify({ FormatVersion: 'aws_v1', PriceList: page, ...(next ? { NextToken: next } : {}) }) };
}

export async function startPricingServer(behaviour: Behaviour = () => undefined): Promise<PricingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = { raw: text };
      }
      const recorded: RecordedRequest = {
        target: req.headers['x-amz-target'] as string | undefined,
        authorization: req.headers.authorization,
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      const reply =
        behaviour(recorded, requests.length - 1) ??
        (recorded.target === 'AWSPriceListService.GetProducts'
          ? getProducts(body)
          : awsError(400, 'InvalidParameterException', `unsupported ${recorded.target}`));
      res.writeHead(reply.status, { ...JSON_11, ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
