import Stripe from 'stripe';
import { expireDueSessions } from './resources/checkout-completion';
import { createContext, type Context, type RequestOrigin } from './state/context';
import type { EmulatorState } from './state/state';
import type { StateStore } from './state/state-store';
import type { WebhookDispatcher } from './webhooks/dispatcher';

/** Where "now" comes from; the API's `Clock` fits. */
export interface EmulatorClock {
  now(): Date;
}

/** The API version events are rendered in: the one the installed `stripe` package pins. */
export const API_VERSION: string = Stripe.API_VERSION;

/**
 * The emulator's core: one place every change goes through (API requests, hosted
 * pages, controls). Each change runs alone against the state with "now" read once,
 * first expiring what the clock has passed, then persists and wakes webhook delivery.
 */
export class Emulator {
  constructor(
    readonly store: StateStore,
    readonly dispatcher: WebhookDispatcher,
    private readonly clock: EmulatorClock,
    public baseUrl: string,
  ) {}

  /** Emulator time in unix seconds: the clock plus any `advanceClock`. */
  now(state: EmulatorState = this.store.state): number {
    return Math.floor(this.clock.now().getTime() / 1000) + state.clockOffsetSeconds;
  }

  async mutate<T>(origin: RequestOrigin | null, work: (context: Context) => T): Promise<T> {
    try {
      return await this.store.transact((state) => {
        const context = this.contextFor(state, origin);
        // Time-driven changes (a session's expiry) are caused by no request.
        expireDueSessions(origin ? this.contextFor(state, null) : context);
        return work(context);
      });
    } finally {
      this.dispatcher.kick();
    }
  }

  private contextFor(state: EmulatorState, origin: RequestOrigin | null): Context {
    return createContext({
      state,
      now: this.now(state),
      baseUrl: this.baseUrl,
      origin,
      apiVersion: API_VERSION,
      onEvent: (target, event) => this.dispatcher.enqueue(target, event),
    });
  }
}
