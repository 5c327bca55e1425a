import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AdminProvisioning, passwordProblem, planAdminProvisioning } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { InputError } from '../common/errors/app-error';
import { AUTH_AUDIT, ChangeSource, RequestOrigin } from './auth-audit';
import { AuthError } from './auth.errors';
import { AuthService } from './auth.service';
import { Role, User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password-hashing';
import { SessionsService } from './sessions.service';

export interface AdminProvisioningResult {
  outcome: Exclude<AdminProvisioning['kind'], 'refuse'>;
  user: User;
}

interface CredentialChange {
  role?: Role;
  password?: string;
}

interface ChangeContext {
  /** Who asked: the user themself, or null for the environment and the CLI. */
  actor: User | null;
  source: ChangeSource;
  /** The session to keep (the one changing its own password); every other one ends. */
  keepSessionId?: string | null;
  ip?: string | null;
}

/**
 * Changes to who someone is and what they may do: passwords and roles. Every
 * such change ends the user's other sessions and is audited, whoever makes it.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async changePassword(params: { user: User; sessionId: string; currentPassword: string; newPassword: string; origin: RequestOrigin }): Promise<{ user: User; otherSessionsEnded: number }> {
    const { currentPassword, newPassword, origin } = params;
    const user = await this.em.findOneOrFail(User, { id: params.user.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      const em = this.em.fork();
      this.audit.record(em, { actor: em.getReference(User, user.id), action: AUTH_AUDIT.passwordChangeFailed, subjectType: 'User', subjectId: user.id, details: { ip: origin.ip } });
      await em.flush();
      throw AuthError.wrongCurrentPassword();
    }
    if (newPassword === currentPassword) throw AuthError.samePassword();
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw new InputError('newPassword', problem);
    const otherSessionsEnded = await this.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(User, { id: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      return this.changeCredentials(em, locked, { password: newPassword }, { actor: locked, source: 'self', keepSessionId: params.sessionId, ip: origin.ip });
    });
    return { user, otherSessionsEnded };
  }

  /** A new password from a forgot-password link (already checked by the caller): every session ends. */
  async setPasswordFromResetLink(em: EntityManager, user: User, newPassword: string, origin: RequestOrigin): Promise<number> {
    return this.changeCredentials(em, user, { password: newPassword }, { actor: user, source: 'reset-link', ip: origin.ip });
  }

  /**
   * The admin named by ADMIN_EMAIL at boot or by `npm run admin:create`: created,
   * left alone when already set up, its password reset, or (only when asked)
   * an existing account promoted. Anything else is refused with a message.
   */
  async provisionAdmin(params: { email: string; password: string; promoteExisting: boolean; source: Exclude<ChangeSource, 'self' | 'reset-link'> }): Promise<AdminProvisioningResult> {
    const email = params.email.trim().toLowerCase();
    return this.auth.withUniqueEmail(() =>
      this.em.transactional(async (em) => {
        const existing = await em.findOne(User, { email }, { populate: ['passwordHash'], lockMode: LockMode.PESSIMISTIC_WRITE });
        const plan = planAdminProvisioning(
          existing && { role: existing.role, passwordMatches: await verifyPassword(existing.passwordHash, params.password) },
          { promoteExisting: params.promoteExisting },
        );
        const context: ChangeContext = { actor: null, source: params.source };
        switch (plan.kind) {
          case 'create': {
            const user = await this.auth.createUser(em, { email, password: params.password, role: Role.ADMIN, timeZone: 'UTC' });
            this.audit.record(em, { actor: null, action: AUTH_AUDIT.adminCreated, subjectType: 'User', subjectId: user.id, details: { source: params.source } });
            return { outcome: plan.kind, user };
          }
          case 'refuse':
            throw AuthError.wouldPromoteExistingAccount(email, plan.role);
          case 'unchanged':
            return { outcome: plan.kind, user: existing! };
          case 'reset-password':
            await this.changeCredentials(em, existing!, { password: params.password }, context);
            return { outcome: plan.kind, user: existing! };
          case 'promote':
            await this.changeCredentials(em, existing!, { role: Role.ADMIN, password: params.password }, context);
            return { outcome: plan.kind, user: existing! };
        }
      }),
    );
  }

  /** The one way a role or password changes: applied, sessions ended, audited, in the caller's transaction. */
  private async changeCredentials(em: EntityManager, user: User, change: CredentialChange, context: ChangeContext): Promise<number> {
    if (change.password !== undefined) {
      const problem = passwordProblem(change.password, user.email);
      if (problem) throw new InputError(context.source === 'self' || context.source === 'reset-link' ? 'newPassword' : 'password', problem);
      user.passwordHash = await hashPassword(change.password);
    }
    const from = user.role;
    if (change.role !== undefined) user.role = change.role;
    const sessionsRevoked = await this.sessions.revokeAllOf(em, user.id, context.keepSessionId ?? null);
    const details = { source: context.source, sessionsRevoked, ...(context.ip !== undefined ? { ip: context.ip } : {}) };
    const actor = context.actor && em.getReference(User, context.actor.id);
    if (change.role !== undefined && change.role !== from) {
      this.audit.record(em, { actor, action: AUTH_AUDIT.roleChanged, subjectType: 'User', subjectId: user.id, details: { ...details, from, to: change.role } });
    }
    if (change.password !== undefined) {
      this.audit.record(em, { actor, action: AUTH_AUDIT.passwordChanged, subjectType: 'User', subjectId: user.id, details });
    }
    return sessionsRevoked;
  }
}
