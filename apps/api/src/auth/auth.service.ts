import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { addDuration, passwordProblem } from '@rapport/domain';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { AuthError, SessionProblem } from './auth.errors';
import { AuthSession } from './entities/auth-session.entity';
import { Role, User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password-hashing';
import { hashSessionToken, newSessionToken } from './session-token';

export interface SignedInSession {
  user: User;
  token: string;
  startedAt: Date;
  expiresAt: Date;
}

/** Who is calling: a user and their session, or why there is no valid one. */
export type SessionLookup =
  | { user: User; sessionId: string; problem: null }
  | { user: null; sessionId: null; problem: SessionProblem | null };

// Verified against when the email is unknown, so a login takes as long either way.
let dummyHash: Promise<string> | undefined;

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(params: { email: string; password: string; role: Role.CLIENT | Role.THERAPIST; timeZone?: string }) {
    const user = await this.createUser({ ...params, timeZone: params.timeZone ?? 'UTC' });
    return this.startSession(user);
  }

  /** Creates any kind of user, admins included; only trusted callers (CLI, boot) pass ADMIN. */
  async createUser(params: { email: string; password: string; role: Role; timeZone: string }): Promise<User> {
    const problem = passwordProblem(params.password, params.email);
    if (problem) throw new InputError('password', problem);
    const user = this.em.create(User, {
      email: params.email.trim().toLowerCase(),
      passwordHash: await hashPassword(params.password),
      role: params.role,
      timeZone: params.timeZone,
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw AuthError.emailTaken();
      }
      throw error;
    }
    return user;
  }

  /** Sets an account's role and password (creating it if needed): used for admins. */
  async upsertUser(params: { email: string; password: string; role: Role; timeZone: string }): Promise<User> {
    const existing = await this.em.findOne(User, { email: params.email.trim().toLowerCase() });
    if (!existing) return this.createUser(params);
    const problem = passwordProblem(params.password, params.email);
    if (problem) throw new InputError('password', problem);
    existing.role = params.role;
    existing.passwordHash = await hashPassword(params.password);
    await this.em.flush();
    return existing;
  }

  async logIn(email: string, password: string): Promise<SignedInSession> {
    const user = await this.em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    dummyHash ??= hashPassword('not-a-real-password-000');
    const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
    if (!user || !matches) throw AuthError.invalidCredentials();
    return this.startSession(user);
  }

  async logOut(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(AuthSession, { id: sessionId, revokedAt: null }, { revokedAt: this.clock.now() });
  }

  async lookUpSession(token: string): Promise<SessionLookup> {
    const session = await this.em.findOne(AuthSession, { tokenHash: hashSessionToken(token) }, { populate: ['user'] });
    if (!session) return { user: null, sessionId: null, problem: 'invalid' };
    if (session.revokedAt) return { user: null, sessionId: null, problem: 'revoked' };
    if (session.expiresAt <= this.clock.now()) return { user: null, sessionId: null, problem: 'expired' };
    return { user: session.user, sessionId: session.id, problem: null };
  }

  private async startSession(user: User): Promise<SignedInSession> {
    const token = newSessionToken();
    const now = this.clock.now();
    const expiresAt = addDuration(now, { hours: this.config.SESSION_TTL_HOURS });
    this.em.create(AuthSession, { user, tokenHash: hashSessionToken(token), createdAt: now, expiresAt });
    await this.em.flush();
    return { user, token, startedAt: now, expiresAt };
  }
}
