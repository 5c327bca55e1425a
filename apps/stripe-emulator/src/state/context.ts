import type Stripe from 'stripe';
import { newId } from './ids';
import type { EmulatorState } from './state';

/** Who caused an event: an API request (its id and idempotency key) or the emulator itself. */
export interface RequestOrigin {
  id: string;
  idempotencyKey: string | null;
}

export type EventType = Stripe.Event['type'];

/** What resource code sees during one mutation: the state, "now", and a way to record events. */
export interface Context {
  readonly state: EmulatorState;
  /** Emulator time, unix seconds (the configured clock plus any advance). */
  readonly now: number;
  /** Origin of the hosted pages, e.g. http://127.0.0.1:12111 */
  readonly baseUrl: string;
  readonly origin: RequestOrigin | null;
  id(prefix: string): string;
  nextSeq(): number;
  /** Records an event with a snapshot of `object` and queues its webhook deliveries. */
  emit(type: EventType, object: { id?: string; object: string }, previousAttributes?: Record<string, unknown>): Stripe.Event;
}

export interface ContextOptions {
  state: EmulatorState;
  now: number;
  baseUrl: string;
  origin: RequestOrigin | null;
  apiVersion: string;
  /** Called for every new event, inside the same mutation, to queue deliveries. */
  onEvent(state: EmulatorState, event: Stripe.Event): number;
}

export function createContext(options: ContextOptions): Context {
  const { state, now, baseUrl, origin } = options;
  const nextSeq = () => {
    state.sequence += 1;
    return state.sequence;
  };
  return {
    state,
    now,
    baseUrl,
    origin,
    id: newId,
    nextSeq,
    emit(type, object, previousAttributes) {
      // Stripe.Event is a union with one member per type; an event built for any type can only be asserted into it.
      const event = {
        id: newId('evt'),
        object: 'event',
        api_version: options.apiVersion,
        created: now,
        data: {
          object: structuredClone(object),
          ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
        },
        livemode: false,
        pending_webhooks: 0,
        request: origin ? { id: origin.id, idempotency_key: origin.idempotencyKey } : { id: null, idempotency_key: null },
        type,
      } as Stripe.Event;
      state.events[event.id] = { seq: nextSeq(), object: event };
      event.pending_webhooks = options.onEvent(state, event);
      return event;
    },
  };
}
