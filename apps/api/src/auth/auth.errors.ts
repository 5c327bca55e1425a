import type { SessionProblem as SessionStandingProblem } from '@rapport/domain';
import { AppError, ErrorCode } from '../common/errors/app-error';

/** Why a token does not sign anyone in: its standing (see sessionStanding), or no such session. */
export type SessionProblem = SessionStandingProblem | 'invalid';

export class AuthError extends AppError {
  static invalidCredentials() {
    // One message for unknown email and wrong password: never reveal which accounts exist.
    return new AuthError(ErrorCode.UNAUTHENTICATED, 'That email and password do not match an account.');
  }
  static emailTaken() {
    return new AuthError(ErrorCode.CONFLICT, 'An account with this email already exists. Log in instead.', {
      field: 'email',
    });
  }
  static signInRequired(reason: SessionProblem | null) {
    const messages: Record<SessionProblem, string> = {
      expired: 'Your session has expired. Please log in again.',
      idle: 'You were logged out after a while without activity. Please log in again.',
      revoked: 'You have been logged out. Please log in again.',
      invalid: 'Your session is not valid. Please log in again.',
    };
    return new AuthError(ErrorCode.UNAUTHENTICATED, reason ? messages[reason] : 'Please log in to continue.', reason ? { reason } : {});
  }
  static forbidden() {
    return new AuthError(ErrorCode.FORBIDDEN, 'You do not have access to this.');
  }
  static wrongCurrentPassword() {
    return new AuthError(ErrorCode.BAD_USER_INPUT, 'That is not your current password.', { field: 'currentPassword' });
  }
  static samePassword() {
    return new AuthError(ErrorCode.BAD_USER_INPUT, 'Choose a new password, not your current one.', { field: 'newPassword' });
  }
  /** ADMIN_EMAIL or admin:create named someone's existing account: never promoted silently. */
  static wouldPromoteExistingAccount(email: string, role: string) {
    return new AuthError(
      ErrorCode.CONFLICT,
      `${email} already belongs to a ${role.toLowerCase()} account, which was left unchanged: an existing account is never made an admin silently. ` +
        `Use another email, or promote this account deliberately with \`npm run admin:create -- --email ${email} --password … --promote-existing\` (audited).`,
      { field: 'email' },
    );
  }
}
