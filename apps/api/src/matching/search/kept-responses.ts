import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { durationMs } from '@rapport/domain';
import { SESSION_COOKIE } from '../../auth/session-token';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { AnonymousQueryBudget } from '../../rate-limit/anonymous-query-budget';
import { AnswerValidity, KeptAnswers, SearchChanges } from './search-cache';
import { SearchEngine } from './search-engine.port';

/**
 * A results page of 10 is about 20 kB of JSON, of 50 about 100 kB: 200 answers are 4 to 20 MB,
 * enough for every state's directory, its common filters and their first pages.
 */
const ANSWERS_KEPT = 200;
/** Documents checked for eligibility, remembered by their text; a client sends the same few. */
const DOCUMENTS_REMEMBERED = 1_000;
const GRAPHQL_PATH = '/graphql';
const VALIDITY = Symbol('kept search answer validity');

interface KeptBody {
  body: string;
  contentType: string;
}

/**
 * Whole answers to anonymous `searchTherapists` queries, kept per process as the JSON Apollo sent,
 * and sent again without parsing, validating or executing anything: a repeated directory search
 * costs its counter read and its rate-limit bucket. A kept answer is sent only while everything it
 * shows is unchanged, the same rule as the engine's and the ranking's caches:
 * - the three counters (migrations 20261203010000, 20261203030000, 20261205010000) are where they
 *   were read before it was computed: candidates and facets, open times and ratings, and the
 *   profiles, licenses and session types a page shows;
 * - the UTC day is the same (licenses lapse by the calendar), and the clock has not reached the
 *   instant the search said its answer stops holding (the first open time shown or counted
 *   passing, the client's own day ending: MatchingService narrows `answerValidityOf(request)`);
 * - SEARCH_CACHE_SECONDS have not passed, which bounds a change committing between the counter
 *   read and the statements.
 * Only anonymous callers (no session cookie, no bearer token): a signed-in search depends on who
 * asks. Only answers without errors. A kept answer still spends the caller's search budget, in the
 * bucket the resolver's guard uses; once it is spent the request goes to the resolver, whose guard
 * refuses it. Off when SEARCH_CACHE_SECONDS is 0 or the engine is Meilisearch (its answers lag the
 * counters).
 */
@Injectable()
export class KeptSearchResponses {
  private readonly kept: KeptAnswers | null;
  private readonly eligibleDocuments = new Map<string, boolean>();

  constructor(
    private readonly changes: SearchChanges,
    private readonly budget: AnonymousQueryBudget,
    private readonly clock: Clock,
    engine: SearchEngine,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const on = config.SEARCH_CACHE_SECONDS > 0 && engine.name === 'postgres';
    this.kept = on ? new KeptAnswers(clock, durationMs({ seconds: config.SEARCH_CACHE_SECONDS }), ANSWERS_KEPT) : null;
  }

  /** How many answers are kept now. */
  get size(): number {
    return this.kept?.size ?? 0;
  }

  /** Express middleware, after the JSON body parser and cookies, before Apollo. */
  middleware(): RequestHandler {
    return (request, response, next) => {
      const key = this.kept ? this.keyOf(request) : null;
      if (key === null) return next();
      this.answer(key, request, response, next).catch(next);
    };
  }

  private async answer(key: string, request: Request, response: Response, next: NextFunction): Promise<void> {
    const kept = this.kept!;
    const { search, ranking, page } = await this.changes.read();
    const stamp = `${search}\u0000${ranking}\u0000${page}`;
    const found = kept.find<KeptBody>(key, stamp);
    if (found) {
      if (await this.budget.spend(request.ip)) {
        response.status(200).type(found.value.contentType).send(found.value.body);
        return;
      }
      // Spent: the resolver's guard answers with when to retry.
      return next();
    }
    const validity = new AnswerValidity();
    (request as unknown as Record<symbol, AnswerValidity>)[VALIDITY] = validity;
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      const contentType = response.getHeader('content-type');
      if (response.statusCode === 200 && typeof body === 'string' && typeof contentType === 'string' && holds(validity, this.clock) && !hasErrors(body)) {
        kept.keep(key, stamp, { body, contentType } satisfies KeptBody, validity.untilMs);
      }
      return send(body);
    };
    next();
  }

  /** The kept answer's key for an anonymous POST of a query that asks `searchTherapists` alone; null for anything else. */
  private keyOf(request: Request): string | null {
    if (request.method !== 'POST' || request.path !== GRAPHQL_PATH) return null;
    if (request.headers.authorization !== undefined || (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]) return null;
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.extensions !== undefined) return null;
    if (!this.asksSearchAlone(body.query)) return null;
    return JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
  }

  private asksSearchAlone(query: string): boolean {
    let eligible = this.eligibleDocuments.get(query);
    if (eligible === undefined) {
      eligible = isSearchAlone(query);
      if (this.eligibleDocuments.size >= DOCUMENTS_REMEMBERED) this.eligibleDocuments.clear();
      this.eligibleDocuments.set(query, eligible);
    }
    return eligible;
  }
}

/** Where MatchingService narrows how long the answer being computed for this request holds; undefined when it is not kept. */
export function answerValidityOf(request: object): AnswerValidity | undefined {
  return (request as Record<symbol, AnswerValidity | undefined>)[VALIDITY];
}

/** One query operation whose fields at the root are `searchTherapists` (under any alias) and `__typename`. */
function isSearchAlone(query: string): boolean {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false; // Apollo answers the syntax error.
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.QUERY) return false;
  const fields = operations[0].selectionSet.selections;
  return (
    fields.every((field) => field.kind === Kind.FIELD && (field.name.value === 'searchTherapists' || field.name.value === '__typename')) &&
    fields.some((field) => field.kind === Kind.FIELD && field.name.value === 'searchTherapists')
  );
}

function holds(validity: AnswerValidity, clock: Clock): boolean {
  return clock.now().getTime() < validity.untilMs;
}

function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}
