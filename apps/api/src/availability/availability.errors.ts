import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import type { AvailabilityProblem } from '@rapport/domain';

export class AvailabilityError extends AppError {
  static sessionTypeNotFound() {
    return new AvailabilityError(ErrorCode.NOT_FOUND, 'That session type does not exist or is no longer offered.');
  }
  static calendarNotFound() {
    return new AvailabilityError(ErrorCode.NOT_FOUND, 'That calendar does not exist.');
  }
  static therapistNotBookable() {
    return new AvailabilityError(ErrorCode.NOT_FOUND, 'This therapist is not taking bookings.');
  }
  static tooManyFeedFetches(retryAfterSeconds: number) {
    return new AvailabilityError(ErrorCode.TOO_MANY_REQUESTS, 'You have read calendar addresses many times in the last minute. Wait a minute and try again.', {
      retryAfterSeconds,
    });
  }
  /** The first problem a pure validator found, as an input error naming its path. */
  static fromProblems(problems: AvailabilityProblem[]): InputError {
    const [first] = problems;
    return new InputError(first.path, sentence(first.path, first.message));
  }
}

function sentence(path: string, message: string): string {
  return `${path} ${message}.`;
}
