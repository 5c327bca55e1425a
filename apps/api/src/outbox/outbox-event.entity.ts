import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Something another part of the system must react to, written in the same
 * transaction as the change that caused it (so neither is lost without the
 * other) and delivered at least once by the OutboxProcessor. Payloads carry
 * ids only: never health data, never secrets.
 */
@Entity({ tableName: 'outbox_events' })
// The poller's only query: unprocessed events that are due, oldest first.
@Index({
  name: 'outbox_events_unprocessed_index',
  expression: 'create index "outbox_events_unprocessed_index" on "outbox_events" ("available_at", "id") where processed_at is null',
})
@Check({ name: 'outbox_events_attempts_non_negative', expression: 'attempts >= 0' })
export class OutboxEvent {
  [OptionalProps]?: 'createdAt' | 'availableAt' | 'processedAt' | 'attempts' | 'lastError';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What happened, e.g. `therapist.changed`. */
  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Not delivered before this instant: set to the creation time, then pushed back after each failure. */
  @Property({ type: 'timestamptz' })
  availableAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  processedAt: Date | null = null;

  /** Failed deliveries so far. */
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
