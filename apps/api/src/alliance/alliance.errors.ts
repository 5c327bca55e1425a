import { AppError, ErrorCode } from '../common/errors/app-error';

export class AllianceError extends AppError {
  static notRateable() {
    return new AllianceError(ErrorCode.NOT_FOUND, 'There is no session of yours to rate with that id.');
  }
  static alreadyRated() {
    return new AllianceError(ErrorCode.CONFLICT, 'You already rated this session. Thank you.');
  }
  static noRematchOffer() {
    return new AllianceError(ErrorCode.CONFLICT, 'Sharing with a next therapist follows a rematch: rate a session as not a good fit first.');
  }
}
