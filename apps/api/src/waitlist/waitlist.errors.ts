import { AppError, ErrorCode } from '../common/errors/app-error';

export class WaitlistError extends AppError {
  static entryNotFound() {
    return new WaitlistError(ErrorCode.NOT_FOUND, 'You are not on that waitlist.');
  }
  static alreadyWaiting() {
    return new WaitlistError(ErrorCode.CONFLICT, "You are already on this therapist's waitlist. Leave it first to change your times.");
  }
}
