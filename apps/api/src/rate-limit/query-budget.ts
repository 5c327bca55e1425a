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

/**
 * The `queries` budget, spent outside a resolver: a search answered from KeptSearchResponses
 * counts as a search, in the bucket and against the limit the resolver's guard uses (per user
 * when signed in, per IP otherwise).
 */
@Injectable()
export class QueryBudget {
  private readonly storage: PostgresThrottlerStorage;

  constructor(em: EntityManager, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.storage = new PostgresThrottlerStorage(em);
  }

  /** Spends one query; false once the minute's budget is spent. */
  async spend(caller: { userId: string | null; ip: string | undefined }): Promise<boolean> {
    const tracker = caller.userId ? signedInCaller(caller.userId) : anonymousCaller(caller.ip);
    const limit = caller.userId ? this.config.SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE : this.config.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE;
    const { isBlocked } = await this.storage.increment(budgetKey(null, tracker, 'queries'), MINUTE, limit);
    return !isBlocked;
  }
}
