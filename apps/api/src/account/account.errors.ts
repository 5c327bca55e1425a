import { AppError, ErrorCode } from '../common/errors/app-error';

export class AccountError extends AppError {
  static wrongPassword(field: string) {
    return new AccountError(ErrorCode.BAD_USER_INPUT, 'That is not your current password.', { field });
  }
  static sameEmail() {
    return new AccountError(ErrorCode.BAD_USER_INPUT, 'That is already your email address.', { field: 'newEmail' });
  }
  static resetLinkNotValid() {
    return new AccountError(ErrorCode.BAD_USER_INPUT, 'This reset link has expired or has already been used. Ask for a new one.', { field: 'token' });
  }
  static deletionNotSelfService(role: string) {
    return new AccountError(
      ErrorCode.CONFLICT,
      `A ${role.toLowerCase()} account cannot be deleted here yet: your clients' bookings and your license records need a person to wind them down. Write to support and we will close it for you.`,
    );
  }
}
