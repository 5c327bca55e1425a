export type SessionProblem = 'expired' | 'revoked' | 'idle';

export interface SessionFacts {
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date;
}

/**
 * How stale `lastUsedAt` may get before it is written again. Recording every
 * request would be a write per request; once a minute bounds the error of the
 * idle timeout to a minute (hence the idle timeout's minimum of 5 minutes).
 */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface SessionStanding {
  /** Why the session no longer works, or null while it does. */
  problem: SessionProblem | null;
  /** Whether to record `now` as the session's last use. */
  touch: boolean;
}

/**
 * Whether a session still works at `now`: not revoked, before its absolute
 * expiry, and used within the idle timeout. Pure: the caller passes the clock.
 */
export function sessionStanding(session: SessionFacts, options: { now: Date; idleTimeoutMs: number }): SessionStanding {
  const now = options.now.getTime();
  if (session.revokedAt) return { problem: 'revoked', touch: false };
  if (session.expiresAt.getTime() <= now) return { problem: 'expired', touch: false };
  const unusedFor = now - session.lastUsedAt.getTime();
  if (unusedFor >= options.idleTimeoutMs) return { problem: 'idle', touch: false };
  return { problem: null, touch: unusedFor >= SESSION_TOUCH_INTERVAL_MS };
}
