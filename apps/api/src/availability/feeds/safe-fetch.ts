import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AddressPolicy, parseAddress, publicAddressesOnly } from './address-policy';

/** Why a fetch failed, for logs and for choosing the therapist's message. Never carries an address or a body. */
export type FeedFailure =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'unsupported_port'
  | 'blocked_address'
  | 'unresolvable'
  | 'connection_failed'
  | 'timeout'
  | 'too_many_redirects'
  | 'too_large'
  | 'http_status';

export class FeedFetchError extends Error {
  constructor(
    readonly failure: FeedFailure,
    /** Safe for logs: a range name, a status code, a hop number. */
    readonly logDetail = '',
  ) {
    super(`calendar feed fetch failed: ${failure}${logDetail ? ` (${logDetail})` : ''}`);
    this.name = 'FeedFetchError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  policy: AddressPolicy;
  resolve: Resolver;
  maxBytes: number;
  /** For the whole fetch: every lookup, connection, redirect, header and body byte. */
  timeoutMs: number;
  maxRedirects: number;
  /** URL ports allowed ('' is the scheme's default). */
  ports: readonly string[];
}

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/** Production settings; the policy is always the strict one there. */
export const FEED_FETCH_DEFAULTS: SafeFetchOptions = {
  policy: publicAddressesOnly,
  resolve: systemResolver,
  maxBytes: 2_000_000,
  timeoutMs: 10_000,
  maxRedirects: 3,
  ports: ['', '80', '443'],
};

const SCHEMES = new Map([
  ['http:', 'http:'],
  ['https:', 'https:'],
  ['webcal:', 'https:'], // webcal is a hint to calendar apps; the feed itself is served over https
]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GETs a calendar feed without letting a therapist's URL reach anything but
 * the public internet: the host is resolved once, every address is checked
 * against the policy, and the connection goes to that checked address (no
 * second lookup to rebind), with the original name kept for Host and TLS.
 * Redirects are followed by hand, each hop checked again.
 */
export async function fetchFeedText(url: string, overrides: Partial<SafeFetchOptions> = {}): Promise<string> {
  const options = { ...FEED_FETCH_DEFAULTS, ...overrides };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
  try {
    let target = checkUrl(url, options.ports);
    for (let hop = 0; ; hop++) {
      const address = await beforeDeadline(pickAddress(target.hostname, options), deadline.signal);
      const response = await request(target, address, deadline.signal);
      if (REDIRECTS.has(response.statusCode ?? 0)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw new FeedFetchError('http_status', `${response.statusCode} without Location`);
        if (hop >= options.maxRedirects) throw new FeedFetchError('too_many_redirects', `more than ${options.maxRedirects}`);
        target = checkUrl(location, options.ports, target);
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FeedFetchError('http_status', String(status));
      }
      return await readCapped(response, options.maxBytes, deadline.signal);
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (deadline.signal.aborted) throw new FeedFetchError('timeout', `${options.timeoutMs} ms`);
    throw new FeedFetchError('connection_failed', (error as NodeJS.ErrnoException)?.code ?? 'unknown');
  } finally {
    clearTimeout(timer);
  }
}

/** Scheme and port rules; `webcal:` becomes `https:` before parsing so the host is normalized (2130706433 → 127.0.0.1). */
export function checkUrl(text: string, ports: readonly string[] = FEED_FETCH_DEFAULTS.ports, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FeedFetchError('invalid_url');
  }
  const scheme = SCHEMES.get(url.protocol);
  if (!scheme) throw new FeedFetchError('unsupported_scheme', url.protocol);
  if (scheme !== url.protocol) url = new URL(`${scheme}${url.href.slice(url.protocol.length)}`);
  if (!ports.includes(url.port)) throw new FeedFetchError('unsupported_port', url.port);
  if (url.username || url.password) throw new FeedFetchError('invalid_url', 'credentials in URL');
  if (!url.hostname) throw new FeedFetchError('invalid_url', 'no host');
  return url;
}

/** Resolves once and refuses the host if any of its addresses is refused (a private record beside a public one included). */
async function pickAddress(hostname: string, options: SafeFetchOptions): Promise<ResolvedAddress> {
  const literal = parseAddress(hostname);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: literal.toString(), family: literal.kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await options.resolve(hostname);
    } catch (error) {
      throw new FeedFetchError('unresolvable', (error as NodeJS.ErrnoException)?.code ?? 'lookup failed');
    }
  }
  if (addresses.length === 0) throw new FeedFetchError('unresolvable', 'no addresses');
  for (const { address } of addresses) {
    const refusal = options.policy(address);
    if (refusal) throw new FeedFetchError('blocked_address', refusal);
  }
  return addresses[0];
}

function request(url: URL, address: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  // Hands the socket the address checked above whatever name it asks for: no second DNS answer can sneak in.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as (error: null, addresses: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { host: url.host, accept: 'text/calendar, */*;q=0.1', 'accept-encoding': 'identity', 'user-agent': 'Rapport-Calendar-Sync/1' },
        lookup: pinned,
        agent: false,
        signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FeedFetchError('too_large', `declared ${declared} bytes`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new FeedFetchError('too_large', `over ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  if (signal.aborted) throw new FeedFetchError('timeout');
  // Invalid UTF-8 becomes U+FFFD rather than an exception; the parser decides what the text is worth.
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new FeedFetchError('timeout'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
