import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration, durationMs, sessionStanding } from '@rapport/domain';
import { Clock } from '../common/clock';
import { loadedColumns } from '../common/sql/loaded-columns';
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

/** A session's row with its user's columns, as the driver gives them (the user's timestamps as text, which em.map parses). */
type SessionRow = Record<string, unknown> & {
  session_id: string;
  expires_at_ms: number;
  last_used_at_ms: number;
  revoked_at_ms: number | null;
};

/** A timestamp as milliseconds since the epoch (the driver leaves timestamps as text). */
const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

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

  /**
   * One plain statement for the session and its user, the user mapped into this request's
   * entity manager as findOne would leave it (managed, password hash not loaded). Every
   * signed-in request runs this: the ORM's findOne with a populated user built, compiled and
   * hydrated a query each time, about 1 ms of CPU (bench/search/README.md).
   */
  async lookUp(token: string): Promise<SessionLookup> {
    const userColumns = loadedColumns(this.em, User);
    const [row] = await this.em.getConnection().execute<SessionRow[]>(
      `select s.id as session_id, ${epochMs('s.expires_at')} as expires_at_ms, ${epochMs('s.last_used_at')} as last_used_at_ms, ${epochMs('s.revoked_at')} as revoked_at_ms,
         ${userColumns.map((column) => `u.${column}`).join(', ')}
       from auth_sessions s join users u on u.id = s.user_id where s.token_hash = ?`,
      [hashSessionToken(token)],
    );
    if (!row) return { user: null, sessionId: null, problem: 'invalid' };
    const now = this.clock.now();
    const session = { expiresAt: new Date(row.expires_at_ms), lastUsedAt: new Date(row.last_used_at_ms), revokedAt: row.revoked_at_ms === null ? null : new Date(row.revoked_at_ms) };
    const standing = sessionStanding(session, { now, idleTimeoutMs: durationMs({ minutes: this.config.SESSION_IDLE_MINUTES }) });
    if (standing.problem) return { user: null, sessionId: null, problem: standing.problem };
    if (standing.touch) {
      // At most one write a minute per session, not one per request; the condition
      // keeps concurrent requests from moving it backwards.
      await this.em.nativeUpdate(AuthSession, { id: row.session_id, lastUsedAt: { $lt: now } }, { lastUsedAt: now });
    }
    const user = this.em.map(User, Object.fromEntries(userColumns.map((column) => [column, row[column]])));
    return { user, sessionId: row.session_id, problem: null };
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
