import { AppError, ErrorCode } from '../common/errors/app-error';

export class IntakeError extends AppError {
  static notFound() {
    return new IntakeError(ErrorCode.NOT_FOUND, 'No intake yet.');
  }
  static notYourClient() {
    return new IntakeError(ErrorCode.FORBIDDEN, 'You can read an intake only after that client has booked you.');
  }
}
