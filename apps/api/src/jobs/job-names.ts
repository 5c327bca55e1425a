/**
 * Every job name and its data. Like outbox payloads, job data should carry ids
 * (the handler reads the current facts), so a job that runs late or twice does
 * no harm; mail is the one exception and is sealed (see mail/mail-job.ts).
 * Names are dotted `area.action`; each is a pg-boss queue of its own.
 */
export interface JobPayloads {
  /** Send one e-mail message (sealed: the job data never holds a body in clear). */
  'mail.send': { sealed: string };
  /** A reminder before a session; `startsAt` is the time it was scheduled for (a moved booking's old reminder does nothing). */
  'booking.reminder': { bookingId: string; kind: '24h' | '1h'; startsAt: string };
  /** A hold's time ran out: close it (EXPIRED), which lets the waitlist offer the slot. */
  'booking.hold-expiry': { bookingId: string };
  /** Act on one accepted Stripe event: ids only, the handler re-reads Stripe (payments/webhook-events.ts). */
  'payments.webhook': { eventId: string; type: string; objectId: string; bookingId: string | null; accountId: string | null };
  /** A held booking's Checkout Session, due when the hold lapses: expired unless paid (payments/payments.service.ts). */
  'payments.expire-checkout': { paymentId: string };
  /** A held far session's setup-mode Checkout Session, due when the hold lapses: expired unless the card was saved. */
  'payments.expire-card-setup': { bookingId: string };
  /** Charge a far session's saved card off-session, FAR_SESSION_CHARGE_HOURS_BEFORE its start (`startsAt` as scheduled: a moved booking's old job does nothing). */
  'payments.charge-far-session': { bookingId: string; startsAt: string };
  /** A far session still unpaid FAR_SESSION_PAYMENT_DEADLINE_HOURS before its start is cancelled by the system. */
  'payments.payment-deadline': { bookingId: string; startsAt: string };
  /** Compare recent Stripe objects with local payments and repair what lost webhooks left (payments/reconciliation). */
  'payments.reconcile': { requestedBy: string | null };
  /** Daily: rolls the search read model's availability summaries forward (and catches any a missed event left stale). */
  'search.availability-roll': Record<string, never>;
}

export type JobName = keyof JobPayloads;
