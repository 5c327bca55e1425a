import { AppError, ErrorCode } from '../common/errors/app-error';

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
      revoked: 'You have been logged out. Please log in again.',
      invalid: 'Your session is not valid. Please log in again.',
    };
    return new AuthError(ErrorCode.UNAUTHENTICATED, reason ? messages[reason] : 'Please log in to continue.');
  }
  static forbidden() {
    return new AuthError(ErrorCode.FORBIDDEN, 'You do not have access to this.');
  }
}

export type SessionProblem = 'expired' | 'revoked' | 'invalid';
