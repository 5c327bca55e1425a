import { Inject, Injectable } from '@nestjs/common';
import { durationMs } from '@rapport/domain';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { BudgetCounter } from './budget-counter';
import { RATE_LIMIT_BUDGETS, RateLimitBudget } from './rate-limit-budget.decorator';

export const MINUTE = durationMs({ minutes: 1 });

/** The throttlers that are budgets of expensive operations (BudgetCounter counts them); the others limit sign-in. */
export const BUDGETS: ReadonlySet<string> = new Set(RATE_LIMIT_BUDGETS);
const QUERIES = 'queries' satisfies RateLimitBudget;

/** One bucket per budget and caller, not one per operation. */
export const budgetKey = (_context: unknown, tracker: string, name: string) => `${name}:${tracker}`;

/** A caller who is not signed in is counted by IP (as TRUSTED_PROXIES lets Express see it). */
export const anonymousCaller = (ip: string | undefined) => `ip:${ip ?? 'unknown'}`;

/** A signed-in caller is counted as themself: people behind one NAT do not share. */
export const signedInCaller = (userId: string) => `user:${userId}`;

const SPENT = Symbol('queries budget spent');

/** Marks that this request has spent its `queries` budget already: the guard's `queries` throttler then skips it. */
export function markQueriesSpent(request: object): void {
  (request as Record<symbol, boolean>)[SPENT] = true;
}

export function queriesSpentFor(request: object): boolean {
  return (request as Record<symbol, boolean | undefined>)[SPENT] === true;
}

/**
 * The `queries` budget, spent before the resolver: KeptSearchResponses spends it before the
 * statement that reads the search counters, in the bucket and against the limit the resolver's
 * guard uses (per user when signed in, per IP otherwise; counted by the same BudgetCounter), and
 * marks the request so the guard does not spend it twice.
 */
@Injectable()
export class QueryBudget {
  constructor(
    private readonly counter: BudgetCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One hit on the caller's `queries` budget: whether it is within it. */
  spend(caller: { userId: string | null; ip: string | undefined }): boolean {
    const tracker = caller.userId ? signedInCaller(caller.userId) : anonymousCaller(caller.ip);
    const limit = caller.userId ? this.config.SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE : this.config.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE;
    return this.counter.hit(budgetKey(null, tracker, QUERIES), MINUTE, limit).withinBudget;
  }
}
