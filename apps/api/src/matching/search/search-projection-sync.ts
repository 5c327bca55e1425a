import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration } from '@rapport/domain';
import { Clock } from '../../common/clock';
import { JobHandlers } from '../../jobs/job-handlers';
import { JobQueue } from '../../jobs/job-queue';
import { OutboxHandlers } from '../../outbox/outbox-handlers';
import { BOOKING_CHANGED, THERAPIST_CHANGED } from '../../outbox/outbox-topics';
import { SearchProjection } from './search-projection';

export const AVAILABILITY_ROLL = 'search.availability-roll';
const ROLL_KEY = 'daily';

/**
 * Keeps the read model's availability summaries current: the outbox events that
 * feed the search engine (hours, overrides, session types: therapist.changed;
 * bookings: booking.changed) recompute the therapists they name, and a daily
 * job rolls every summary forward. Between an event and its delivery the row is
 * flagged stale (by trigger) and searches compute that therapist exactly.
 */
@Injectable()
export class SearchProjectionSync implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(SearchProjectionSync.name);

  constructor(
    private readonly outbox: OutboxHandlers,
    private readonly jobs: JobQueue,
    private readonly jobHandlers: JobHandlers,
    private readonly projection: SearchProjection,
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.outbox.register(THERAPIST_CHANGED, async (payloads) => {
      await this.projection.refreshAvailability([...new Set(payloads.map((payload) => payload.therapistId))]);
    });
    this.outbox.register(BOOKING_CHANGED, async (payloads) => {
      const bookingIds = [...new Set(payloads.map((payload) => payload.bookingId))];
      const rows = await this.em.getConnection().execute<{ therapist_id: string }[]>(`select distinct therapist_id from bookings where id = any(array[?]::uuid[])`, [bookingIds]);
      await this.projection.refreshAvailability(rows.map((row) => row.therapist_id));
    });
    this.jobHandlers.register(AVAILABILITY_ROLL, async () => {
      const refreshed = await this.projection.refreshDue();
      this.logger.log(`rolled ${refreshed} availability summaries forward`);
      await this.jobs.send(AVAILABILITY_ROLL, {}, { singletonKey: ROLL_KEY, startAfter: addDuration(this.clock.now(), { days: 1 }) });
    });
  }

  /** The daily roll exists once (a waiting job with its key is kept); the first runs now. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.send(AVAILABILITY_ROLL, {}, { singletonKey: ROLL_KEY });
  }
}
