import { AppError, ErrorCode } from '../common/errors/app-error';

export class TherapistError extends AppError {
  static notFound() {
    return new TherapistError(ErrorCode.NOT_FOUND, 'This therapist profile is not available.');
  }
  static noProfile() {
    return new TherapistError(ErrorCode.NOT_FOUND, 'Create your therapist profile first.');
  }
  static alreadySuspended() {
    return new TherapistError(ErrorCode.CONFLICT, 'This profile is already suspended.');
  }
  static notSuspended() {
    return new TherapistError(ErrorCode.CONFLICT, 'This profile is not suspended.');
  }
}
