import { AppError, ErrorCode } from '../common/errors/app-error';

export class CalendarFeedError extends AppError {
  /** Unknown, rotated or malformed token: the same answer for each, so a feed's existence never leaks. */
  static feedNotFound() {
    return new CalendarFeedError(ErrorCode.NOT_FOUND, 'This calendar link does not work any more. Copy the current one from your settings.');
  }
}
