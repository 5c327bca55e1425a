import { AppError, ErrorCode } from '../common/errors/app-error';

export class LicensingError extends AppError {
  static notFound() {
    return new LicensingError(ErrorCode.NOT_FOUND, 'That license does not exist.');
  }
  static duplicate() {
    return new LicensingError(
      ErrorCode.CONFLICT,
      'This license (same type, number and state) is already on file. Contact support if it is yours.',
      { field: 'number' },
    );
  }
  static notAwaitingReview(status: string) {
    return new LicensingError(ErrorCode.CONFLICT, `This license is ${status.toLowerCase()}, not awaiting review.`);
  }
  static cannotReject(status: string) {
    return new LicensingError(ErrorCode.CONFLICT, `A ${status.toLowerCase()} license cannot be rejected.`);
  }
  static expiredBeforeReview() {
    return new LicensingError(ErrorCode.CONFLICT, 'This license has already expired and cannot be verified.');
  }
}
