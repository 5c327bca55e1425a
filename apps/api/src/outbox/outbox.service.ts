import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../common/clock';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxTopic, OutboxTopics } from './outbox-topics';

/** Writes outbox events. Callers pass their transaction's EntityManager so the event commits with the change, or not at all. */
@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  enqueue<T extends OutboxTopic>(em: EntityManager, topic: T, payload: OutboxTopics[T]): void {
    const now = this.clock.now();
    em.create(OutboxEvent, { topic, payload: { ...payload }, createdAt: now, availableAt: now });
  }
}
