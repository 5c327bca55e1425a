import { Injectable } from '@nestjs/common';
import { OutboxTopic, OutboxTopics } from './outbox-topics';

/** Handles a batch of one topic's payloads; throwing makes every event of the batch retry later. */
export type OutboxHandler<T extends OutboxTopic> = (payloads: OutboxTopics[T][]) => Promise<void>;

/**
 * Who reacts to each topic. Modules register at init; the processor claims
 * only topics that have a handler, so a replica that does not know a newer
 * topic leaves its events to replicas that do. A topic may have several
 * handlers (booking.changed: notifications and the waitlist); they run in
 * order, and if one throws the batch is retried for all of them, so each must
 * be safe to repeat (as every handler already must be).
 */
@Injectable()
export class OutboxHandlers {
  private readonly handlers = new Map<string, ((payloads: unknown[]) => Promise<void>)[]>();

  register<T extends OutboxTopic>(topic: T, handler: OutboxHandler<T>): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler as (payloads: unknown[]) => Promise<void>]);
  }

  topics(): string[] {
    return [...this.handlers.keys()];
  }

  handlerFor(topic: string): ((payloads: unknown[]) => Promise<void>) | undefined {
    const handlers = this.handlers.get(topic);
    if (!handlers) return undefined;
    return async (payloads) => {
      for (const handler of handlers) await handler(payloads);
    };
  }
}
