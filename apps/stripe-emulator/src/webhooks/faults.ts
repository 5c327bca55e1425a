/**
 * Test faults applied to the next events' deliveries, as a real network and
 * Stripe's own at-least-once delivery can produce them.
 */
export type WebhookFault =
  /** Each of the next `count` events is delivered twice (same event id). */
  | { kind: 'duplicate'; count?: number }
  /** The next `count` events are never delivered (still listed by the events API). */
  | { kind: 'drop'; count?: number }
  /** The next `count` events are delivered `delayMs` late; later events overtake them. */
  | { kind: 'late'; count?: number; delayMs: number }
  /** The next `count` events (at least 2) are held, then delivered newest first. */
  | { kind: 'out_of_order'; count?: number };

export interface ActiveFault {
  fault: WebhookFault;
  remaining: number;
  /** Deliveries held by an `out_of_order` fault, in arrival order. */
  held: string[];
}

export function activate(fault: WebhookFault): ActiveFault {
  const count = fault.count ?? (fault.kind === 'out_of_order' ? 2 : 1);
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive whole number');
  if (fault.kind === 'out_of_order' && count < 2) throw new RangeError('out_of_order needs at least 2 events');
  if (fault.kind === 'late' && !(fault.delayMs >= 0)) throw new RangeError('delayMs must be zero or more');
  return { fault, remaining: count, held: [] };
}
