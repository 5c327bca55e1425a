import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { passwordProblem } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { InputError } from '../common/errors/app-error';
import { AUTH_AUDIT, RequestOrigin } from './auth-audit';
import { AuthError } from './auth.errors';
import { Role, User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password-hashing';
import { SessionsService, SignedInSession } from './sessions.service';

// Verified against when the email is unknown, so a login takes as long either way.
let dummyHash: Promise<string> | undefined;

/** Signing up, logging in and out; each is audited with the caller's IP. */
@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async signUp(params: { email: string; password: string; role: Role.CLIENT | Role.THERAPIST; timeZone?: string }, origin: RequestOrigin): Promise<SignedInSession> {
    return this.withUniqueEmail(() =>
      this.em.transactional(async (em) => {
        const user = await this.createUser(em, { ...params, timeZone: params.timeZone ?? 'UTC' });
        const session = this.sessions.start(em, user);
        this.record(em, user, AUTH_AUDIT.signedUp, user.id, { ip: origin.ip, role: user.role, sessionId: session.sessionId });
        return session;
      }),
    );
  }

  /** Adds any kind of user to `em`, admins included; only trusted callers (CLI, boot) pass ADMIN. */
  async createUser(em: EntityManager, params: { email: string; password: string; role: Role; timeZone: string }): Promise<User> {
    const problem = passwordProblem(params.password, params.email);
    if (problem) throw new InputError('password', problem);
    return em.create(User, {
      email: params.email.trim().toLowerCase(),
      passwordHash: await hashPassword(params.password),
      role: params.role,
      timeZone: params.timeZone,
    });
  }

  /** Turns the unique-email violation of a flush inside `work` into a friendly CONFLICT. */
  async withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AuthError.emailTaken();
      throw error;
    }
  }

  async logIn(email: string, password: string, origin: RequestOrigin): Promise<SignedInSession> {
    const user = await this.em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    dummyHash ??= hashPassword('not-a-real-password-000');
    const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
    if (!user || !matches) {
      // Committed on its own: the attempt is recorded although the request fails.
      // The account if there is one, never the password (nor an unknown email, which may be a mistyped password).
      const em = this.em.fork();
      this.record(em, null, AUTH_AUDIT.loginFailed, user?.id ?? null, { ip: origin.ip });
      await em.flush();
      throw AuthError.invalidCredentials();
    }
    return this.em.transactional(async (em) => {
      const session = this.sessions.start(em, user);
      this.record(em, user, AUTH_AUDIT.loggedIn, user.id, { ip: origin.ip, sessionId: session.sessionId });
      return session;
    });
  }

  async logOut(user: User, sessionId: string, origin: RequestOrigin): Promise<void> {
    if (!(await this.sessions.revoke(sessionId))) return;
    const em = this.em.fork();
    this.record(em, user, AUTH_AUDIT.loggedOut, user.id, { ip: origin.ip, sessionId });
    await em.flush();
  }

  private record(em: EntityManager, actor: User | null, action: string, userId: string | null, details: Record<string, unknown>): void {
    this.audit.record(em, { actor: actor && em.getReference(User, actor.id), action, subjectType: 'User', subjectId: userId, details });
  }
}
