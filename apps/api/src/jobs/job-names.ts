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
}

export type JobName = keyof JobPayloads;
