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

/**
 * The `queries` budget of a caller who is not signed in, spent outside a resolver: a search
 * answered from KeptSearchResponses counts as a search, in the bucket the resolver's guard uses.
 */
@Injectable()
export class AnonymousQueryBudget {
  private readonly storage: PostgresThrottlerStorage;

  constructor(em: EntityManager, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.storage = new PostgresThrottlerStorage(em);
  }

  /** Spends one query; false once the minute's budget is spent. */
  async spend(ip: string | undefined): Promise<boolean> {
    const key = budgetKey(null, anonymousCaller(ip), 'queries');
    const { isBlocked } = await this.storage.increment(key, MINUTE, this.config.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE);
    return !isBlocked;
  }
}
