import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { sessionOf, tokenOf } from '../../auth/guards/auth.guard';
import { SessionsService } from '../../auth/sessions.service';
import { Clock } from '../../common/clock';
import { queryParseOptions } from '../../common/graphql/query-limits';
import type { AppRequest } from '../../common/graphql/request-of';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { markQueriesSpent, QueryBudget } from '../../rate-limit/query-budget';
import { AnswerValidity, availabilityLagMs, KeptAnswers, RankingChangeLog, rankingVersionIn, SearchChanges, searchCacheTtlMs, SEARCH_VERSIONS, SearchVersions } from './search-cache';
import { SearchEngine } from './search-engine.port';

/**
 * A results page of 10 is about 20 kB of JSON, of 50 about 100 kB: 200 answers are 4 to 20 MB,
 * enough for every state's directory, its common filters and their first pages. Signed-in callers'
 * answers are kept apart, so many people's own searches never evict the ones everybody asks.
 */
const SHARED_ANSWERS_KEPT = 200;
const PERSONAL_ANSWERS_KEPT = 500;
/** Documents checked for eligibility, remembered by their text; a client sends the same few. */
const DOCUMENTS_REMEMBERED = 1_000;
/**
 * Longer documents or keys are left to Apollo, unparsed here: a results page's query is 1–2 kB, and
 * what is remembered stays bounded (1,000 documents of 16 kB at most, 700 keys of 32 kB) whatever a
 * client sends within the 1 MB body limit.
 */
const MAX_DOCUMENT_CHARS = 16_384;
const MAX_KEY_CHARS = 32_768;
const GRAPHQL_PATH = '/graphql';
const VALIDITY = Symbol('kept search answer validity');

/** The bytes Apollo sent, encoded once: sending them again is one write of the kept Buffer, with no encoding or copy. */
interface KeptBody {
  body: Buffer;
  contentType: string;
  /** The state whose ranking counter the answer is kept under (`rankingVersionIn`; null: the global one). */
  rankingState: string | null;
}

/**
 * Whole answers to `searchTherapists` queries, kept per process as the JSON Apollo sent (per query
 * text, variables, operation name, `Accept` and caller), and sent
 * again without parsing, validating or executing anything: a repeated search costs one statement
 * (its counters; its rate-limit hit is counted in this process: BudgetCounter) and, signed in, the session lookup every request makes. A kept
 * answer is sent only while everything it shows is unchanged, the same rule as the engine's and
 * the ranking's caches:
 * - the three counters (migrations 20261203010000, 20261203030000, 20261205010000) are where they
 *   were read before it was computed: candidates and facets, open times and ratings, and the
 *   profiles, licenses and session types a page shows; for open times and ratings, the counter of
 *   the search's state's group (migration 20261210000000): a booking in Texas leaves New York's
 *   answers kept;
 * - the UTC day is the same (licenses lapse by the calendar), and the clock has not reached the
 *   instant the search said its answer stops holding (the first open time shown or counted
 *   passing, the client's own day ending: MatchingService narrows `answerValidityOf(request)`);
 * - SEARCH_CACHE_SECONDS have not passed, which bounds a change committing between the counter
 *   read and the statements;
 * - with SEARCH_AVAILABILITY_LAG_SECONDS set, the ranking counter alone (open times and ratings)
 *   may have moved, for that long after the counters were read for the answer: a booking then
 *   does not end every kept answer at once, and a time booked meanwhile shows that long at most
 *   (holding it is refused with SLOT_TAKEN);
 * - a signed-in caller's answer is theirs alone: kept under their user id, sent only once their
 *   session is looked up and valid, and while their intake is the one it was computed from (a
 *   digest of its sealed columns, read beside the counters). A token that is not a valid session
 *   goes to the resolver, which answers as for anyone else.
 * Only answers without errors. Every search looked at here spends the caller's search budget before
 * that statement, in the bucket the resolver's guard uses, and the guard then skips it; once it is
 * spent the request goes to the resolver, whose guard refuses it. Off as the other search caches
 * are (`searchCacheTtlMs`).
 */
@Injectable()
export class KeptSearchResponses {
  private readonly logger = new Logger(KeptSearchResponses.name);
  private readonly kept: { shared: KeptAnswers; personal: KeptAnswers } | null;
  private readonly eligibleDocuments = new Map<string, boolean>();

  constructor(
    private readonly budget: QueryBudget,
    private readonly sessions: SessionsService,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly changes: SearchChanges,
    private readonly log: RankingChangeLog,
    engine: SearchEngine,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const ttlMs = searchCacheTtlMs(config, engine.name);
    const lagMs = availabilityLagMs(config);
    this.kept = ttlMs === null ? null : { shared: new KeptAnswers(clock, ttlMs, SHARED_ANSWERS_KEPT, lagMs), personal: new KeptAnswers(clock, ttlMs, PERSONAL_ANSWERS_KEPT, lagMs) };
  }

  /** How many answers are kept now. */
  get size(): number {
    return this.kept ? this.kept.shared.size + this.kept.personal.size : 0;
  }

  /** Express middleware, after the JSON body parser and cookies, before Apollo. */
  middleware(): RequestHandler {
    return (request, response, next) => {
      const key = this.kept ? this.keyOf(request) : null;
      if (key === null) return next();
      this.answer(key, request, response, next).catch(next);
    };
  }

  private async answer(query: string, request: AppRequest, response: Response, next: NextFunction): Promise<void> {
    // Before the counters are read: an answer outliving a ranking change is at most the lag older than this.
    const stampedAtMs = this.clock.now().getTime();
    let read;
    try {
      read = await this.callerAndCounters(request);
    } catch (error) {
      // The resolver meets the same fault and answers it as a GraphQL error, with its code.
      this.logger.warn(`kept search answers skipped for a request: ${(error as { code?: string }).code ?? (error as Error).name}`);
      return next();
    }
    // Not a valid session (the resolver answers as for anyone), or the budget is spent (the guard says when to retry).
    if (read === null) return next();
    const { userId, search, page, intake } = read;
    const kept = userId ? this.kept!.personal : this.kept!.shared;
    markQueriesSpent(request);
    // Apollo answers in the media type the request accepts: answers kept per Accept, too.
    const key = `${query}\u0000${request.headers.accept ?? ''}\u0000${userId ?? ''}`;
    // The ranking counter (open times, ratings) of the answer's state is the stamp's lagging part:
    // with SEARCH_AVAILABILITY_LAG_SECONDS it may have moved since an answer was kept, for that
    // long. Which state is known once an answer is computed: a kept one says.
    const rankingIn = (state: string | null) => rankingVersionIn(read, state);
    const stamp = kept.stampOfToday(`${search}\u0000${page}\u0000${intake ?? ''}`);
    const lagging = rankingIn(kept.peek<KeptBody>(key)?.rankingState ?? null);
    // Its state's ranking counter moved: still sent if none of the therapists it ranked changed.
    const found = kept.find<KeptBody>(key, stamp, lagging) ?? (await kept.findRechecked<KeptBody>(key, stamp, { value: lagging, stampedAtMs }, { log: this.log, rankingAt: read.ranking }));
    if (found) return send(response, found.value);
    // Not kept: the search is computed, and its caches (rankings, engine answers) take these
    // counters as theirs instead of reading them again.
    this.changes.keepForRequest({ versions: read, readAtMs: stampedAtMs });
    const validity = new AnswerValidity();
    (request as unknown as Record<symbol, AnswerValidity>)[VALIDITY] = validity;
    const sendComputed = response.send.bind(response);
    response.send = (body?: unknown) => {
      const contentType = response.getHeader('content-type');
      if (response.statusCode === 200 && typeof body === 'string' && typeof contentType === 'string' && holds(validity, this.clock) && !hasErrors(body)) {
        // A search says the state it ranked in (a search in none, or one that did not say: every state's counter).
        const rankingState = validity.rankingState ?? null;
        // With the therapists it ranked (its candidates), when known: a later booking of anyone else keeps it (KeptAnswers.findRechecked).
        const rechecked = validity.therapists ? { therapists: validity.therapists, rankingAt: read.ranking } : null;
        kept.keep(key, stamp, { body: Buffer.from(body), contentType, rankingState } satisfies KeptBody, validity.untilMs, { value: rankingIn(rankingState), stampedAtMs }, rechecked);
      }
      return sendComputed(body);
    };
    next();
  }

  /** What the caller asked, for a POST of a query that asks `searchTherapists` alone; null for anything else. */
  private keyOf(request: Request): string | null {
    if (request.method !== 'POST' || request.path !== GRAPHQL_PATH) return null;
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.extensions !== undefined) return null;
    if (body.query.length > MAX_DOCUMENT_CHARS || !this.asksSearchAlone(body.query)) return null;
    const key = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
    return key.length <= MAX_KEY_CHARS ? key : null;
  }

  /** Who asks (null when a token is no valid session), with the counters, once the search is spent from their budget (null when spent). */
  private async callerAndCounters(request: AppRequest) {
    let userId: string | null = null;
    if (tokenOf(request) !== null) {
      const { user } = await sessionOf(request, this.sessions);
      if (!user) return null;
      userId = user.id;
    }
    const read = await this.readAndSpend(userId, request.ip);
    return read.withinBudget ? { userId, ...read } : null;
  }

  /**
   * One hit on the caller's search budget (a kept answer or a computed one alike: the guard then
   * skips it), counted in this process (BudgetCounter); within it, one statement: the three
   * counters and, for a signed-in caller, a digest of their sealed intake, which changes whenever
   * it does (or it is answered or deleted).
   */
  private async readAndSpend(userId: string | null, ip: string | undefined) {
    if (!this.budget.spend({ userId, ip })) return { withinBudget: false as const };
    const intake = userId ? `(select md5(answers || screeners) from intakes where client_id = ?)` : 'null';
    const [row] = await this.em.getConnection().execute<(SearchVersions & { intake: string | null })[]>(
      `select ${SEARCH_VERSIONS.columns}, ${intake} as intake`,
      userId ? [userId] : [],
    );
    return { ...row, intake: userId ? (row.intake ?? 'none') : null, withinBudget: true as const };
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

/** One query operation whose fields at the root are one `searchTherapists` (under any alias) and `__typename`. */
function isSearchAlone(query: string): boolean {
  let document;
  try {
    // Apollo's own token limit: a document it refuses costs no more here than there.
    document = parse(query, { noLocation: true, ...queryParseOptions() });
  } catch {
    return false; // Apollo answers the syntax error or the limit.
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.QUERY) return false;
  const fields = operations[0].selectionSet.selections;
  return (
    fields.every((field) => field.kind === Kind.FIELD && (field.name.value === 'searchTherapists' || field.name.value === '__typename')) &&
    // Once: the budget this request spends here is one search's.
    fields.filter((field) => field.kind === Kind.FIELD && field.name.value === 'searchTherapists').length === 1
  );
}

function send(response: Response, kept: KeptBody): void {
  response.writeHead(200, { 'content-type': kept.contentType, 'content-length': kept.body.length });
  response.end(kept.body);
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
