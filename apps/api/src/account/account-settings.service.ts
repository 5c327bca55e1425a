import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { addDuration, passwordProblem } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from '../auth/accounts.service';
import { AUTH_AUDIT, RequestOrigin } from '../auth/auth-audit';
import { AuthService } from '../auth/auth.service';
import { User } from '../auth/entities/user.entity';
import { verifyPassword } from '../auth/password-hashing';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { Mailer } from '../mail/mailer';
import { AccountError } from './account.errors';
import { PasswordResetToken } from './password-reset-token.entity';

/** How long a forgot-password link works. */
export const RESET_LINK_MINUTES = 45;
/** At most this many reset emails per account per hour; more requests get the same answer and no mail. */
export const RESET_LINKS_PER_HOUR = 3;

/** Email, time zone and forgot-password: the settings a person changes about their own account. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password, moves the account to the new address, tells the old one. */
  async changeEmail(params: { user: User; newEmail: string; currentPassword: string; origin: RequestOrigin }): Promise<User> {
    const current = await this.requirePassword(params.user, params.currentPassword, 'currentPassword', AUTH_AUDIT.emailChangeFailed, params.origin);
    const newEmail = params.newEmail.trim().toLowerCase();
    if (newEmail === current.email) throw AccountError.sameEmail();
    const oldEmail = current.email;
    const user = await this.auth.withUniqueEmail(() =>
      this.em.transactional(async (em) => {
        const locked = await em.findOneOrFail(User, { id: current.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        locked.email = newEmail;
        this.audit.record(em, { actor: em.getReference(User, locked.id), action: AUTH_AUDIT.emailChanged, subjectType: 'User', subjectId: locked.id, details: { from: oldEmail, to: newEmail, ip: params.origin.ip } });
        return locked;
      }),
    ).catch((error: unknown) => {
      // The unique-email CONFLICT, naming the field of this form.
      if (error instanceof AppError && error.code === ErrorCode.CONFLICT) throw new AppError(ErrorCode.CONFLICT, 'Another account already uses this email address.', { field: 'newEmail' });
      throw error;
    });
    await this.mailer.send({
      to: oldEmail,
      subject: 'Your Rapport email address was changed',
      text: `The email address of your Rapport account was changed to ${newEmail}.\n\nIf you did not do this, reset your password at ${this.link('/forgot-password')} and write to support.`,
    });
    return user;
  }

  async changeTimeZone(params: { user: User; timeZone: string; origin: RequestOrigin }): Promise<User> {
    return this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id: params.user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const from = user.timeZone;
      user.timeZone = params.timeZone;
      if (from !== params.timeZone) {
        this.audit.record(em, { actor: em.getReference(User, user.id), action: AUTH_AUDIT.timeZoneChanged, subjectType: 'User', subjectId: user.id, details: { from, to: params.timeZone, ip: params.origin.ip } });
      }
      return user;
    });
  }

  /**
   * Emails a single-use link when the address belongs to a live account; the
   * answer is the same either way, so it never tells who has an account.
   */
  async requestPasswordReset(email: string, origin: RequestOrigin): Promise<void> {
    const normalised = email.trim().toLowerCase();
    const token = newSessionToken();
    const sent = await this.em.transactional(async (em) => {
      const user = await em.findOne(User, { email: normalised, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) return false;
      const now = this.clock.now();
      const recent = await em.count(PasswordResetToken, { user: user.id, createdAt: { $gt: addDuration(now, { hours: -1 }) } });
      if (recent >= RESET_LINKS_PER_HOUR) return false;
      em.create(PasswordResetToken, { user, tokenHash: hashSessionToken(token), createdAt: now, expiresAt: addDuration(now, { minutes: RESET_LINK_MINUTES }) });
      this.audit.record(em, { actor: null, action: AUTH_AUDIT.passwordResetRequested, subjectType: 'User', subjectId: user.id, details: { ip: origin.ip } });
      return true;
    });
    if (!sent) return;
    await this.mailer.send({
      to: normalised,
      subject: 'Reset your Rapport password',
      text:
        `Someone (we hope you) asked to reset the password of your Rapport account.\n\n` +
        `Choose a new password here within ${RESET_LINK_MINUTES} minutes; the link works once:\n${this.link(`/reset-password#token=${token}`)}\n\n` +
        `If you did not ask, ignore this email: your password stays as it is.`,
    });
  }

  /** Uses a reset link: the new password is set, the link and any other open ones stop working, every session ends. */
  async resetPassword(params: { token: string; newPassword: string; origin: RequestOrigin }): Promise<void> {
    await this.em.transactional(async (em) => {
      const now = this.clock.now();
      const found = await em.findOne(
        PasswordResetToken,
        { tokenHash: hashSessionToken(params.token), usedAt: null, expiresAt: { $gt: now } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['p0'] },
      );
      if (!found) throw AccountError.resetLinkNotValid();
      const user = await em.findOneOrFail(User, { id: found.user.id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const problem = passwordProblem(params.newPassword, user.email);
      if (problem) throw new InputError('newPassword', problem);
      await em.nativeUpdate(PasswordResetToken, { user: user.id, usedAt: null }, { usedAt: now });
      await this.accounts.setPasswordFromResetLink(em, user, params.newPassword, params.origin);
    });
  }

  /** The user with their password hash, when `password` is theirs; a failed try is audited on its own. */
  async requirePassword(user: User, password: string, field: string, failedAction: string, origin: RequestOrigin): Promise<User> {
    const current = await this.em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    if (await verifyPassword(current.passwordHash, password)) return current;
    const em = this.em.fork();
    this.audit.record(em, { actor: em.getReference(User, user.id), action: failedAction, subjectType: 'User', subjectId: user.id, details: { ip: origin.ip } });
    await em.flush();
    throw AccountError.wrongPassword(field);
  }

  private link(path: string): string {
    const base = this.config.PUBLIC_URL ?? `http://${this.config.HOST === '0.0.0.0' ? 'localhost' : this.config.HOST}:${this.config.PORT}`;
    return `${base.replace(/\/$/, '')}${path}`;
  }
}
