/**
 * Every outbox topic and its payload. Payloads carry ids only: whoever handles
 * an event reads the current facts, so events may be delivered late, twice or
 * out of order without harm.
 */
export interface OutboxTopics {
  /** A therapist's profile, licenses, suspension, hours or session types changed. */
  'therapist.changed': { therapistId: string };
}

export type OutboxTopic = keyof OutboxTopics;

export const THERAPIST_CHANGED = 'therapist.changed' satisfies OutboxTopic;
