import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  /** The raw body, as a receiver must verify it. */
  body: string;
  eventId: string;
  eventType: string;
}

/** How to answer the n-th request (0-based): a status, or never answer at all. */
export type Answer = (index: number, webhook: ReceivedWebhook) => number | 'hang';

/** A loopback HTTP endpoint that records what the emulator sends it. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  answer(answer: Answer): void;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let answer: Answer = () => 200;
  let waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(body) as { id: string; type: string };
      const webhook = { headers: request.headers, body, eventId: event.id, eventType: event.type };
      const index = received.push(webhook) - 1;
      const status = answer(index, webhook);
      for (const waiter of waiters) waiter();
      if (status === 'hang') return;
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ received: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    received,
    answer: (next) => {
      answer = next;
    },
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters = waiters.filter((waiter) => waiter !== check);
          resolve(received.slice(0, count));
        };
        const timer = setTimeout(() => reject(new Error(`received ${received.length} of ${count} webhooks`)), timeoutMs);
        waiters.push(check);
        check();
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
