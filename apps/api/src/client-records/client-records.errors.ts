import { AppError, ErrorCode } from '../common/errors/app-error';

export class ClientRecordsError extends AppError {
  /** The same answer whether or not the client exists: a therapist learns nothing about people who have not booked them. */
  static notYourClient() {
    return new ClientRecordsError(ErrorCode.FORBIDDEN, "You can read a client's intake and scores only once they have booked a session with you.");
  }
}
