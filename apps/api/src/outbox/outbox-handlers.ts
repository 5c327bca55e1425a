import { Injectable } from '@nestjs/common';
import { OutboxTopic, OutboxTopics } from './outbox-topics';

/** Handles a batch of one topic's payloads; throwing makes every event of the batch retry later. */
export type OutboxHandler<T extends OutboxTopic> = (payloads: OutboxTopics[T][]) => Promise<void>;

/**
 * Who reacts to each topic. Modules register at init; the processor claims
 * only topics that have a handler, so a replica that does not know a newer
 * topic leaves its events to replicas that do.
 */
@Injectable()
export class OutboxHandlers {
  private readonly handlers = new Map<string, (payloads: unknown[]) => Promise<void>>();

  register<T extends OutboxTopic>(topic: T, handler: OutboxHandler<T>): void {
    if (this.handlers.has(topic)) throw new Error(`outbox topic ${topic} already has a handler`);
    this.handlers.set(topic, handler as (payloads: unknown[]) => Promise<void>);
  }

  topics(): string[] {
    return [...this.handlers.keys()];
  }

  handlerFor(topic: string): ((payloads: unknown[]) => Promise<void>) | undefined {
    return this.handlers.get(topic);
  }
}
