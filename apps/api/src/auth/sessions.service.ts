import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration, durationMs, sessionStanding } from '@rapport/domain';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { SessionProblem } from './auth.errors';
import { AuthSession } from './entities/auth-session.entity';
import { User } from './entities/user.entity';
import { hashSessionToken, newSessionToken } from './session-token';

export interface SignedInSession {
  user: User;
  sessionId: string;
  token: string;
  startedAt: Date;
  expiresAt: Date;
}

/** Who is calling: a user and their session, or why there is no valid one. */
export type SessionLookup =
  | { user: User; sessionId: string; problem: null }
  | { user: null; sessionId: null; problem: SessionProblem | null };

/** Opaque session tokens: started, looked up (absolute expiry and idle timeout), revoked. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a session to `em`; it is saved with the caller's next flush. */
  start(em: EntityManager, user: User): SignedInSession {
    const token = newSessionToken();
    const now = this.clock.now();
    const expiresAt = addDuration(now, { hours: this.config.SESSION_TTL_HOURS });
    const session = em.create(AuthSession, { user, tokenHash: hashSessionToken(token), createdAt: now, lastUsedAt: now, expiresAt });
    return { user, sessionId: session.id, token, startedAt: now, expiresAt };
  }

  async lookUp(token: string): Promise<SessionLookup> {
    const session = await this.em.findOne(AuthSession, { tokenHash: hashSessionToken(token) }, { populate: ['user'] });
    if (!session) return { user: null, sessionId: null, problem: 'invalid' };
    const now = this.clock.now();
    const standing = sessionStanding(session, { now, idleTimeoutMs: durationMs({ minutes: this.config.SESSION_IDLE_MINUTES }) });
    if (standing.problem) return { user: null, sessionId: null, problem: standing.problem };
    if (standing.touch) {
      // At most one write a minute per session, not one per request; the condition
      // keeps concurrent requests from moving it backwards.
      await this.em.nativeUpdate(AuthSession, { id: session.id, lastUsedAt: { $lt: now } }, { lastUsedAt: now });
    }
    return { user: session.user, sessionId: session.id, problem: null };
  }

  /** Ends one session; false when it had already ended. */
  async revoke(sessionId: string): Promise<boolean> {
    return (await this.em.nativeUpdate(AuthSession, { id: sessionId, revokedAt: null }, { revokedAt: this.clock.now() })) > 0;
  }

  /** Ends every live session of a user (but `except`), inside the caller's transaction; returns how many. */
  async revokeAllOf(em: EntityManager, userId: string, except: string | null = null): Promise<number> {
    const now = this.clock.now();
    return em.nativeUpdate(
      AuthSession,
      { user: userId, revokedAt: null, expiresAt: { $gt: now }, ...(except ? { id: { $ne: except } } : {}) },
      { revokedAt: now },
    );
  }
}
