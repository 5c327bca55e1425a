import type { EmulatorState } from './state';

/** Stripe keeps events for 30 days and idempotency keys for 24 hours. */
export const EVENT_RETENTION_SECONDS = 30 * 24 * 3600;
export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 3600;

/** Drops what Stripe would have forgotten by `now`, so the state file does not grow forever. */
export function forgetExpired(state: EmulatorState, now: number): void {
  const forgottenEvents = new Set<string>();
  for (const [id, row] of Object.entries(state.events)) {
    if (row.object.created < now - EVENT_RETENTION_SECONDS) forgottenEvents.add(id);
  }
  for (const id of forgottenEvents) delete state.events[id];
  for (const [id, delivery] of Object.entries(state.deliveries)) {
    if (forgottenEvents.has(delivery.eventId)) delete state.deliveries[id];
  }
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (record.created < now - IDEMPOTENCY_RETENTION_SECONDS) delete state.idempotency[key];
  }
}
