import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MS_PER_MINUTE } from '@rapport/domain';
import { PostgresThrottlerStorage } from '../../rate-limit/postgres-throttler.storage';
import { AvailabilityError } from '../availability.errors';

/** Feed fetches (adds and refreshes) a therapist may start per minute. */
export const FEED_FETCHES_PER_MINUTE = 5;

/**
 * Each fetch makes the server open a connection on a therapist's behalf, so
 * they are counted per therapist, in PostgreSQL (the throttler's buckets),
 * so the limit holds across api replicas.
 */
@Injectable()
export class FeedFetchLimit {
  private readonly buckets: PostgresThrottlerStorage;

  constructor(em: EntityManager) {
    this.buckets = new PostgresThrottlerStorage(em);
  }

  async take(therapistId: string): Promise<void> {
    const bucket = await this.buckets.increment(`calendar-feed:${therapistId}`, MS_PER_MINUTE, FEED_FETCHES_PER_MINUTE);
    if (bucket.isBlocked) throw AvailabilityError.tooManyFeedFetches(bucket.timeToBlockExpire);
  }
}
