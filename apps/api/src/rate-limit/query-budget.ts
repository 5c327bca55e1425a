import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { durationMs } from '@rapport/domain';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';

export const MINUTE = durationMs({ minutes: 1 });

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
 * The `queries` budget, spent before the resolver: KeptSearchResponses spends it in the statement
 * that reads the search counters (one round trip for a kept answer), in the bucket and against the
 * limit the resolver's guard uses (per user when signed in, per IP otherwise), and marks the
 * request so the guard does not spend it twice.
 */
@Injectable()
export class QueryBudget {
  private readonly storage: PostgresThrottlerStorage;

  constructor(em: EntityManager, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.storage = new PostgresThrottlerStorage(em);
  }

  /** The bucket a caller's queries spend (parameters of BUCKET_HIT_SQL: key, window) and its limit. */
  bucketOf(caller: { userId: string | null; ip: string | undefined }): { params: [string, number]; limit: number } {
    const tracker = caller.userId ? signedInCaller(caller.userId) : anonymousCaller(caller.ip);
    const limit = caller.userId ? this.config.SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE : this.config.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE;
    return { params: [budgetKey(null, tracker, 'queries'), MINUTE], limit };
  }

  /** After a hit counted outside the storage: removes closed windows now and then, as the storage does. */
  counted(): void {
    this.storage.sweepSometimes();
  }
}
