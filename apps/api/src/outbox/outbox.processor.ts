import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { groupBy } from '../common/group-by';
import { FilterQuery, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '../common/clock';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxHandlers } from './outbox-handlers';
import { addDuration, durationMs } from '@rapport/domain';

export const OUTBOX_POLL_INTERVAL_MS = 2_000;
export const OUTBOX_BATCH_SIZE = 100;
const PRUNE_INTERVAL_MS = durationMs({ hours: 1 });
const KEEP_PROCESSED_DAYS = 7;
const MAX_ERROR_LENGTH = 2_000;
/** `drain` waits this long at most for due events another worker holds, checking every DRAIN_POLL_MS. */
const DRAIN_WAIT_MS = 15_000;
const DRAIN_POLL_MS = 25;

/** Wait before the next attempt after `attempts` failures: 2 s, 4 s, 8 s … at most 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 600_000);
}

export interface BatchOutcome {
  claimed: number;
  delivered: number;
  failed: number;
}

/**
 * Delivers outbox events to their topic's handler, at least once. Every
 * replica polls: `FOR UPDATE SKIP LOCKED` gives each a different batch, and a
 * batch whose replica dies is released with its transaction. A failed batch is
 * retried with exponential backoff, its error kept on the rows.
 */
@Injectable()
export class OutboxProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxProcessor.name);
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private lastPruneAt = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly handlers: OutboxHandlers,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.poll(), OUTBOX_POLL_INTERVAL_MS);
    this.timer.unref();
    this.poll();
  }

  /** Stops polling and waits for a running batch, while the database is still open. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.inFlight;
  }

  private poll(): void {
    if (this.inFlight || this.stopped) return;
    this.inFlight = this.deliverDue()
      .then(async () => {
        await this.pruneIfDue();
      })
      .catch((error: unknown) => this.logger.error(`outbox poll failed: ${messageOf(error)}`))
      .finally(() => {
        this.inFlight = null;
      });
  }

  /** Processes due events, batch after batch, until none is left. */
  private async deliverDue(batchSize = OUTBOX_BATCH_SIZE, total: BatchOutcome = { claimed: 0, delivered: 0, failed: 0 }): Promise<BatchOutcome> {
    while (!this.stopped) {
      const outcome = await this.processBatch(batchSize);
      total.claimed += outcome.claimed;
      total.delivered += outcome.delivered;
      total.failed += outcome.failed;
      if (outcome.claimed < batchSize) break;
    }
    return total;
  }

  /**
   * Delivers every due event, then waits (bounded by DRAIN_WAIT_MS) for due events another
   * worker has claimed and not yet delivered: SKIP LOCKED passes a batch another poller holds,
   * so a pass that claims nothing does not mean nothing is left. For tests and scripts that
   * need "every due event delivered"; the poller itself never waits for other replicas.
   */
  async drain(batchSize = OUTBOX_BATCH_SIZE): Promise<BatchOutcome> {
    const total = await this.deliverDue(batchSize);
    const deadline = Date.now() + DRAIN_WAIT_MS;
    while (!this.stopped && (await this.dueEventsLeft()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
      await this.deliverDue(batchSize, total);
    }
    return total;
  }

  private async dueEventsLeft(): Promise<boolean> {
    const topics = this.handlers.topics();
    if (topics.length === 0) return false;
    return (await this.orm.em.fork().count(OutboxEvent, dueEvents(topics, this.clock.now()))) > 0;
  }

  /** Claims one batch of due events and hands each topic's share to its handler, in one transaction. */
  async processBatch(batchSize = OUTBOX_BATCH_SIZE): Promise<BatchOutcome> {
    const topics = this.handlers.topics();
    if (topics.length === 0) return { claimed: 0, delivered: 0, failed: 0 };
    return this.orm.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const events = await em.find(
        OutboxEvent,
        dueEvents(topics, now),
        { orderBy: { availableAt: 'asc', id: 'asc' }, limit: batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      const outcome: BatchOutcome = { claimed: events.length, delivered: 0, failed: 0 };
      for (const [topic, group] of groupBy(events, (event) => event.topic)) {
        try {
          await this.handlers.handlerFor(topic)!(group.map((event) => event.payload));
          const processedAt = this.clock.now();
          for (const event of group) event.processedAt = processedAt;
          outcome.delivered += group.length;
        } catch (error) {
          for (const event of group) {
            event.attempts += 1;
            event.lastError = messageOf(error).slice(0, MAX_ERROR_LENGTH);
            event.availableAt = new Date(now.getTime() + retryDelayMs(event.attempts));
          }
          outcome.failed += group.length;
          this.logger.warn(`outbox: ${group.length} ${topic} event(s) failed, will retry: ${messageOf(error)}`);
        }
      }
      return outcome;
    });
  }

  /** Deletes events processed more than a week ago, at most once an hour. */
  async pruneIfDue(): Promise<number> {
    const now = this.clock.now().getTime();
    if (now - this.lastPruneAt < PRUNE_INTERVAL_MS) return 0;
    this.lastPruneAt = now;
    return this.orm.em.fork().nativeDelete(OutboxEvent, { processedAt: { $lt: addDuration(new Date(now), { days: -KEEP_PROCESSED_DAYS }) } });
  }
}

/** Undelivered events of `topics` whose time has come. */
function dueEvents(topics: string[], now: Date): FilterQuery<OutboxEvent> {
  return { processedAt: null, availableAt: { $lte: now }, topic: { $in: topics } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
