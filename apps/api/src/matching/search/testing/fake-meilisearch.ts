import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { facetValues, filterAttributes, FilterError, isCovered, matchesFilter, parseFilter, Filter } from './meilisearch-filter';
import { documentWords, matchText, queryTerms, TextSettings } from './meilisearch-text';
import { documentsPage, errorBody, MeiliErrorBody } from './meilisearch-v1-responses';

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

type Doc = Record<string, unknown>;
type Settings = Record<string, unknown> & TextSettings & {
  filterableAttributes: string[];
  sortableAttributes: string[];
  faceting: { maxValuesPerFacet: number };
  pagination: { maxTotalHits: number };
};

export type TaskType = 'settingsUpdate' | 'documentAdditionOrUpdate' | 'documentDeletion' | 'indexDeletion';

interface Index {
  settings: Settings;
  /** Insertion order is the server's internal document order (what a search without text or sort returns). */
  documents: Map<string, Doc>;
}

interface TaskRecord {
  uid: number;
  batchUid: number | null;
  indexUid: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  type: TaskType;
  canceledBy: null;
  details: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export function defaultSettings(): Settings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] } as Settings['typoTolerance'],
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } } as Settings['faceting'],
    pagination: { maxTotalHits: 1000 },
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/**
 * A Meilisearch v1.12 stand-in on 127.0.0.1 for the adapter's tests, driven
 * through the real `meilisearch` client. Unlike a recorder it keeps indexes,
 * settings, documents, tasks and API keys, and evaluates searches the way the
 * server does: the filter language (meilisearch-filter.ts), query text with
 * matchingStrategy all/last, typos, synonyms and stop words
 * (meilisearch-text.ts), sort, facets, pagination and maxTotalHits, and the
 * errors for attributes the settings do not allow. Tasks run one at a time in
 * enqueue order, asynchronously, each taking `taskDurationMs[type]`; an index
 * is created with default settings by the first write that names it. Every
 * request is recorded.
 */
export interface FakeMeilisearch {
  url: string;
  requests: RecordedRequest[];
  /** Requests other than task polling, as `METHOD /path`. */
  calls(): string[];
  /** Overrides how searches are answered (null: evaluate them). */
  answerSearches(answer: ((body: Record<string, unknown>) => Reply) | null): void;
  /** Tasks processed from now on fail with this error (null: they succeed). */
  failTasks(error: MeiliErrorBody | null): void;
  /** How long each type of task takes once started. */
  taskDurationMs: Partial<Record<TaskType, number>>;
  /** Holds requests that match until released (they are neither processed nor answered). */
  hold(matches: (request: RecordedRequest) => boolean): { arrived: Promise<void>; release(): void };
  /** With a master key set, requests need it or an API key created with it (POST /keys). */
  masterKey: string | null;
  /** Stored documents of an index, in internal order (undefined: no such index). */
  documents(indexUid: string): Doc[] | undefined;
  settings(indexUid: string): Settings | undefined;
  /** Puts documents straight into an index (created with default settings if missing). */
  seed(indexUid: string, documents: Doc[]): void;
  reset(): void;
  close(): Promise<void>;
}

const AT = '2026-11-25T12:00:00.000000Z';

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  let indexes = new Map<string, Index>();
  let tasks: TaskRecord[] = [];
  let queue: Promise<void> = Promise.resolve();
  let taskError: MeiliErrorBody | null = null;
  let searchOverride: ((body: Record<string, unknown>) => Reply) | null = null;
  let keys = new Map<string, { uid: string; key: string; actions: string[]; indexes: string[] }>();
  let holds: { matches: (request: RecordedRequest) => boolean; waiting: (() => void)[]; released: boolean; arrived: () => void }[] = [];

  const indexOrCreate = (uid: string): Index => {
    let index = indexes.get(uid);
    if (!index) indexes.set(uid, (index = { settings: defaultSettings(), documents: new Map() }));
    return index;
  };

  const apply = (task: TaskRecord, payload: unknown): void => {
    switch (task.type) {
      case 'settingsUpdate': {
        const index = indexOrCreate(task.indexUid);
        const settings = index.settings as Record<string, unknown>;
        for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
          const current = settings[key];
          settings[key] =
            value === null
              ? (defaultSettings() as Record<string, unknown>)[key]
              : current && typeof current === 'object' && !Array.isArray(current) && typeof value === 'object' && !Array.isArray(value) && key !== 'synonyms'
                ? { ...current, ...value }
                : value;
        }
        return;
      }
      case 'documentAdditionOrUpdate': {
        const index = indexOrCreate(task.indexUid);
        for (const document of payload as Doc[]) index.documents.set(String(document.id), document);
        task.details = { receivedDocuments: (payload as Doc[]).length, indexedDocuments: (payload as Doc[]).length };
        return;
      }
      case 'documentDeletion': {
        const index = indexes.get(task.indexUid);
        if (!index) throw Object.assign(new Error(), { meili: errorBody('index_not_found', `Index \`${task.indexUid}\` not found.`) });
        let deleted = 0;
        for (const id of payload as string[]) if (index.documents.delete(String(id))) deleted++;
        task.details = { providedIds: (payload as string[]).length, deletedDocuments: deleted };
        return;
      }
      case 'indexDeletion':
        if (!indexes.delete(task.indexUid)) throw Object.assign(new Error(), { meili: errorBody('index_not_found', `Index \`${task.indexUid}\` not found.`) });
        return;
    }
  };

  const enqueue = (indexUid: string, type: TaskType, payload: unknown): Reply => {
    const task: TaskRecord = {
      uid: tasks.length, batchUid: null, indexUid, status: 'enqueued', type, canceledBy: null, details: {}, error: null,
      duration: null, enqueuedAt: AT, startedAt: null, finishedAt: null,
    };
    tasks.push(task);
    const errorAtEnqueue = taskError;
    const run = async () => {
      task.status = 'processing';
      task.batchUid = task.uid;
      task.startedAt = AT;
      const duration = fake.taskDurationMs[type] ?? 0;
      if (duration > 0) await new Promise((resolve) => setTimeout(resolve, duration));
      try {
        if (errorAtEnqueue) throw Object.assign(new Error(), { meili: errorAtEnqueue });
        apply(task, payload);
        task.status = 'succeeded';
      } catch (error) {
        task.status = 'failed';
        task.error = (error as { meili?: MeiliErrorBody }).meili ?? errorBody('internal', String(error), 'internal');
      }
      task.duration = `PT${(duration / 1000).toFixed(3)}S`;
      task.finishedAt = AT;
    };
    queue = queue.then(run);
    return { status: 202, body: { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: AT } };
  };

  const search = (uid: string, body: Record<string, unknown>): Reply => {
    if (searchOverride) return searchOverride(body);
    const index = indexes.get(uid);
    if (!index) return { status: 404, body: errorBody('index_not_found', `Index \`${uid}\` not found.`) };
    return evaluateSearch(index, body);
  };

  const authorize = (request: RecordedRequest, action: string | null, indexUid: string | null): Reply | null => {
    if (!fake.masterKey) return null;
    const header = request.headers.authorization;
    if (!header) return { status: 401, body: errorBody('missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.', 'auth') };
    const token = header.replace(/^Bearer /, '');
    if (token === fake.masterKey) return null;
    const key = [...keys.values()].find((candidate) => candidate.key === token);
    const allowed =
      key &&
      action !== null &&
      key.actions.some((granted) => granted === '*' || granted === action || (granted.endsWith('.*') && action.startsWith(granted.slice(0, -1)))) &&
      (indexUid === null || key.indexes.some((pattern) => pattern === '*' || pattern === indexUid || (pattern.endsWith('*') && indexUid.startsWith(pattern.slice(0, -1)))));
    return allowed ? null : { status: 403, body: errorBody('invalid_api_key', 'The provided API key is invalid.', 'auth') };
  };

  const route = (request: RecordedRequest): Reply => {
    const { method, path, query, body } = request;
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && task) {
      const denied = authorize(request, 'tasks.get', null);
      if (denied) return denied;
      const found = tasks[Number(task[1])];
      return found ? { status: 200, body: found } : { status: 404, body: errorBody('task_not_found', `Task \`${task[1]}\` not found.`) };
    }
    if (path === '/health') return { status: 200, body: { status: 'available' } };
    if (path === '/keys' || path.startsWith('/keys/')) {
      const denied = authorize(request, null, null);
      if (denied) return denied;
      if (method === 'POST' && path === '/keys') {
        const { uid, actions, indexes: allowed, name = null, description = null, expiresAt = null } = body as Record<string, never>;
        if (!uid || !fake.masterKey) return { status: 400, body: errorBody('invalid_api_key_uid', 'this fake needs a uid and a master key') };
        if (keys.has(uid)) return { status: 409, body: errorBody('api_key_already_exists', `\`uid\` field value \`${uid}\` is already an existing API key.`) };
        const key = { uid, key: createHmac('sha256', fake.masterKey).update(uid).digest('hex'), actions, indexes: allowed };
        keys.set(uid, key);
        return { status: 201, body: { ...key, name, description, expiresAt, createdAt: AT, updatedAt: AT } };
      }
      const found = keys.get(path.slice('/keys/'.length));
      if (method === 'GET' && found) return { status: 200, body: { ...found, name: null, description: null, expiresAt: null, createdAt: AT, updatedAt: AT } };
      return { status: 404, body: errorBody('api_key_not_found', `API key \`${path.slice(6)}\` not found.`) };
    }
    if (method === 'POST' && path === '/multi-search') {
      const results: unknown[] = [];
      for (const [position, { indexUid, ...parameters }] of ((body as { queries: Record<string, unknown>[] }).queries ?? []).entries()) {
        const denied = authorize(request, 'search', String(indexUid));
        if (denied) return denied;
        const reply = search(String(indexUid), parameters);
        if (reply.status !== 200) {
          const error = reply.body as MeiliErrorBody;
          return { status: reply.status, body: { ...error, message: `Inside \`.queries[${position}]\`: ${error.message}` } };
        }
        results.push({ indexUid, ...(reply.body as object) });
      }
      return { status: 200, body: { results } };
    }
    const match = /^\/indexes\/([A-Za-z0-9_-]+)(\/.*)?$/.exec(path);
    if (!match) return { status: 404, body: errorBody('not_found', 'Not found') };
    const [, uid, rest = ''] = match;
    const need = (action: string) => authorize(request, action, uid);
    switch (`${method} ${rest}`) {
      case 'PATCH /settings':
        return need('settings.update') ?? enqueue(uid, 'settingsUpdate', body);
      case 'GET /settings': {
        const index = indexes.get(uid);
        return need('settings.get') ?? (index ? { status: 200, body: index.settings } : { status: 404, body: errorBody('index_not_found', `Index \`${uid}\` not found.`) });
      }
      case 'GET /settings/filterable-attributes': {
        const index = indexes.get(uid);
        return need('settings.get') ?? (index ? { status: 200, body: index.settings.filterableAttributes } : { status: 404, body: errorBody('index_not_found', `Index \`${uid}\` not found.`) });
      }
      case 'POST /documents':
        return need('documents.add') ?? enqueue(uid, 'documentAdditionOrUpdate', body);
      case 'POST /documents/delete-batch':
        return need('documents.delete') ?? enqueue(uid, 'documentDeletion', body);
      case 'DELETE ':
        return need('indexes.delete') ?? enqueue(uid, 'indexDeletion', null);
      case 'GET /documents': {
        const denied = need('documents.get');
        if (denied) return denied;
        const index = indexes.get(uid);
        if (!index) return { status: 404, body: errorBody('index_not_found', `Index \`${uid}\` not found.`) };
        const offset = Number(query.offset ?? 0);
        const limit = Number(query.limit ?? 20);
        const fields = query.fields ? query.fields.split(',') : null;
        const all = [...index.documents.values()];
        return { status: 200, body: documentsPage(all.slice(offset, offset + limit).map((document) => project(document, fields)), offset, limit, all.length) };
      }
      case 'POST /search':
        return need('search') ?? search(uid, body as Record<string, unknown>);
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
      const answer = () => {
        const reply = route(recorded);
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      };
      const hold = holds.find((candidate) => !candidate.released && candidate.matches(recorded));
      if (!hold) return answer();
      hold.waiting.push(answer);
      hold.arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeMeilisearch = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    taskDurationMs: {},
    masterKey: null,
    calls: () => fake.requests.filter((request) => !request.path.startsWith('/tasks/')).map((request) => `${request.method} ${request.path}`),
    answerSearches: (answer) => {
      searchOverride = answer;
    },
    failTasks: (error) => {
      taskError = error;
    },
    hold: (matches) => {
      let arrived!: () => void;
      const hold = { matches, waiting: [] as (() => void)[], released: false, arrived: () => arrived() };
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      holds.push(hold);
      return {
        arrived: arrival,
        release: () => {
          hold.released = true;
          for (const answer of hold.waiting.splice(0)) answer();
        },
      };
    },
    documents: (uid) => {
      const index = indexes.get(uid);
      return index && [...index.documents.values()];
    },
    settings: (uid) => indexes.get(uid)?.settings,
    seed: (uid, documents) => {
      const index = indexOrCreate(uid);
      for (const document of documents) index.documents.set(String(document.id), document);
    },
    reset: () => {
      fake.requests.length = 0;
      fake.taskDurationMs = {};
      fake.masterKey = null;
      indexes = new Map();
      tasks = [];
      keys = new Map();
      holds = [];
      taskError = null;
      searchOverride = null;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  return fake;
}

function project(document: Doc, fields: readonly string[] | null): Doc {
  if (!fields || fields.includes('*')) return { ...document };
  return Object.fromEntries(fields.filter((field) => field in document).map((field) => [field, document[field]]));
}

function invalid(code: string, message: string): Reply {
  return { status: 400, body: errorBody(code, message) };
}

function parseFilterParameter(filter: unknown): Filter | null {
  if (filter === undefined || filter === null || filter === '') return null;
  if (typeof filter === 'string') return parseFilter(filter);
  if (Array.isArray(filter)) {
    const parts = filter.map((part) => (Array.isArray(part) ? { kind: 'or' as const, parts: part.map((inner) => parseFilter(String(inner))) } : parseFilter(String(part))));
    return { kind: 'and', parts };
  }
  throw new FilterError('filter must be a string or an array');
}

function sortValue(document: Doc, attribute: string): number | string | null {
  const value = document[attribute];
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** POST /indexes/:uid/search against one index. */
function evaluateSearch(index: Index, body: Record<string, unknown>): Reply {
  const { settings } = index;
  let filter: Filter | null;
  try {
    filter = parseFilterParameter(body.filter);
  } catch (error) {
    return invalid('invalid_search_filter', (error as Error).message);
  }
  for (const attribute of filter ? filterAttributes(filter) : []) {
    if (!isCovered(attribute, settings.filterableAttributes)) {
      return invalid(
        'invalid_search_filter',
        `Attribute \`${attribute}\` is not filterable. Available filterable attributes are: \`${settings.filterableAttributes.join(', ')}\`.`,
      );
    }
  }
  const facets = (body.facets as string[] | undefined) ?? [];
  for (const attribute of facets) {
    if (!isCovered(attribute, settings.filterableAttributes)) return invalid('invalid_search_facets', `Attribute \`${attribute}\` is not filterable.`);
  }
  const sort = ((body.sort as string[] | undefined) ?? []).map((rule) => {
    const [attribute, direction] = rule.split(':');
    return { attribute, direction: direction === 'desc' ? -1 : 1 };
  });
  for (const { attribute } of sort) {
    if (!settings.sortableAttributes.includes(attribute)) return invalid('invalid_search_sort', `Attribute \`${attribute}\` is not sortable.`);
  }
  const searchOn = (body.attributesToSearchOn as string[] | null | undefined) ?? null;
  if (searchOn && !settings.searchableAttributes.includes('*')) {
    const wrong = searchOn.find((attribute) => !settings.searchableAttributes.includes(attribute));
    if (wrong) return invalid('invalid_search_attributes_to_search_on', `Attribute \`${wrong}\` is not searchable.`);
  }
  const strategy = (body.matchingStrategy as string | undefined) ?? 'last';
  if (strategy !== 'last' && strategy !== 'all') return invalid('fake_not_modelled', `matchingStrategy \`${strategy}\` is not modelled by the fake`);

  const paged = body.page !== undefined || body.hitsPerPage !== undefined;
  const hitsPerPage = Number(body.hitsPerPage ?? 20);
  const page = Number(body.page ?? 1);
  const limit = paged ? hitsPerPage : Number(body.limit ?? 20);
  const offset = paged ? (page - 1) * hitsPerPage : Number(body.offset ?? 0);
  const maxTotalHits = settings.pagination.maxTotalHits;

  const ordered = [...index.documents.values()].map((document, docid) => ({ document, docid }));
  let found = ordered.filter(({ document }) => !filter || matchesFilter(filter, document)).map((entry) => ({ ...entry, score: 1, matched: 0 }));
  const q = typeof body.q === 'string' ? body.q : '';
  const terms = queryTerms(q, settings);
  if (terms.length) {
    const attributes = searchOn ?? settings.searchableAttributes;
    const scored = found.flatMap((entry) => {
      const match = matchText(terms, documentWords(entry.document, attributes), settings);
      return match ? [{ ...entry, score: match.score, matched: match.matchedTerms }] : [];
    });
    if (strategy === 'all') {
      found = scored.filter((entry) => entry.matched === terms.length);
    } else {
      // Drop terms from the end while fewer documents match than the page needs.
      let keep = terms.length;
      while (keep > 1 && scored.filter((entry) => entry.matched >= keep).length < offset + limit) keep--;
      found = scored.filter((entry) => entry.matched >= keep);
    }
  }
  found.sort((a, b) => {
    if (terms.length && a.score !== b.score) return b.score - a.score;
    for (const { attribute, direction } of sort) {
      const [x, y] = [sortValue(a.document, attribute), sortValue(b.document, attribute)];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
      return (x < y ? -1 : 1) * direction;
    }
    return a.docid - b.docid;
  });

  const reachable = found.slice(0, maxTotalHits);
  const window = reachable.slice(offset, offset + limit);
  const retrieve = (body.attributesToRetrieve as string[] | undefined) ?? null;
  const hits = window.map(({ document, score }) => ({ ...project(document, retrieve), ...(body.showRankingScore ? { _rankingScore: terms.length ? score : 1 } : {}) }));
  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const attribute of facets) {
    const counts: Record<string, number> = {};
    for (const { document } of found) for (const value of facetValues(document, attribute)) counts[value] = (counts[value] ?? 0) + 1;
    const values = Object.keys(counts).sort().slice(0, settings.faceting.maxValuesPerFacet);
    facetDistribution[attribute] = Object.fromEntries(values.map((value) => [value, counts[value]]));
  }
  const pagination = paged
    ? { hitsPerPage, page, totalPages: hitsPerPage ? Math.ceil(reachable.length / hitsPerPage) : 0, totalHits: reachable.length }
    : { limit, offset, estimatedTotalHits: reachable.length };
  return {
    status: 200,
    body: { hits, query: q, processingTimeMs: 1, ...pagination, ...(facets.length ? { facetDistribution, facetStats: {} } : {}) },
  };
}
