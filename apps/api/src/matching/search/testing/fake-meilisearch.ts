import { createServer, IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentsPage, enqueuedTask, errorBody, finishedTask, MeiliErrorBody, searchResponse, TaskType } from './meilisearch-v1-responses';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Reply {
  status: number;
  body: unknown;
}

/**
 * A Meilisearch stand-in on 127.0.0.1 for the adapter's tests: it records
 * every request the real `meilisearch` client sends and answers with
 * v1-shaped bodies. It evaluates nothing; tests say what searches return.
 */
export interface FakeMeilisearch {
  url: string;
  requests: RecordedRequest[];
  /** Requests other than task polling, as `METHOD /path`. */
  calls(): string[];
  /** How searches are answered (default: no hits). */
  answerSearches(answer: (body: Record<string, unknown>) => Reply): void;
  /** Tasks enqueued from now on finish with this error (null: they succeed). */
  failTasks(error: MeiliErrorBody | null): void;
  /** Ids that GET /documents lists. */
  storedIds: string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const tasks: ReturnType<typeof finishedTask>[] = [];
  let taskError: MeiliErrorBody | null = null;
  let search: (body: Record<string, unknown>) => Reply = (body) => ({ status: 200, body: searchResponse({ q: (body.q as string | null) ?? null, hits: [], total: 0 }) });

  const enqueue = (indexUid: string, type: TaskType): Reply => {
    tasks.push(finishedTask(tasks.length, indexUid, type, taskError));
    return { status: 202, body: enqueuedTask(tasks.length - 1, indexUid, type) };
  };

  const route = (method: string, path: string, query: Record<string, string>, body: unknown): Reply => {
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && task) {
      const found = tasks[Number(task[1])];
      return found ? { status: 200, body: found } : { status: 404, body: errorBody('task_not_found', `Task \`${task[1]}\` not found.`) };
    }
    const match = /^\/indexes\/([A-Za-z0-9_-]+)(\/.*)?$/.exec(path);
    if (!match) return { status: 404, body: errorBody('not_found', 'Not found') };
    const [, uid, rest = ''] = match;
    switch (`${method} ${rest}`) {
      case 'PATCH /settings':
        return enqueue(uid, 'settingsUpdate');
      case 'POST /documents':
        return enqueue(uid, 'documentAdditionOrUpdate');
      case 'POST /documents/delete-batch':
        return enqueue(uid, 'documentDeletion');
      case 'DELETE ':
        return enqueue(uid, 'indexDeletion');
      case 'GET /documents': {
        const offset = Number(query.offset ?? 0);
        const limit = Number(query.limit ?? 20);
        const page = fake.storedIds.slice(offset, offset + limit).map((id) => ({ id }));
        return { status: 200, body: documentsPage(page, offset, limit, fake.storedIds.length) };
      }
      case 'POST /search':
        return search(body as Record<string, unknown>);
      default:
        return { status: 404, body: errorBody('not_found', 'Not found') };
    }
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      fake.requests.push(recorded);
      const reply = route(recorded.method, recorded.path, recorded.query, recorded.body);
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeMeilisearch = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    storedIds: [],
    calls: () => fake.requests.filter((request) => !request.path.startsWith('/tasks/')).map((request) => `${request.method} ${request.path}`),
    answerSearches: (answer) => {
      search = answer;
    },
    failTasks: (error) => {
      taskError = error;
    },
    reset: () => {
      fake.requests.length = 0;
      fake.storedIds = [];
      taskError = null;
      search = (body) => ({ status: 200, body: searchResponse({ q: (body.q as string | null) ?? null, hits: [], total: 0 }) });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  return fake;
}
