import { AppError, ErrorCode } from '../common/errors/app-error';

export class BookingError extends AppError {
  static notFound() {
    return new BookingError(ErrorCode.NOT_FOUND, 'That booking does not exist.');
  }
  static seriesNotFound() {
    return new BookingError(ErrorCode.NOT_FOUND, 'That series of bookings does not exist.');
  }
  static therapistNotBookable() {
    return new BookingError(ErrorCode.NOT_FOUND, 'This therapist is not taking bookings.');
  }
  static sessionTypeNotFound() {
    return new BookingError(ErrorCode.NOT_FOUND, 'That session type does not exist or is no longer offered.');
  }
  static notLicensedWhereClientIs(jurisdiction: string) {
    return new BookingError(
      ErrorCode.FORBIDDEN,
      `This therapist is not licensed in ${jurisdiction}, where you said you will be for sessions, so they cannot see you. Search again to find therapists licensed there.`,
    );
  }
  static therapistCannotTakePayments() {
    return new BookingError(
      ErrorCode.CONFLICT,
      'This therapist has not finished setting up payouts, so their paid sessions cannot be booked yet. Choose a free session type, or another therapist.',
    );
  }
  static notAcceptingNewClients() {
    return new BookingError(ErrorCode.CONFLICT, 'This therapist is not taking new clients at the moment. Search again to find someone who is.');
  }
  /** The slot engine does not offer this time now (outside hours, notice, horizon, daily cap, or taken). */
  static slotNotOpen() {
    return new BookingError(ErrorCode.SLOT_TAKEN, 'This time is no longer open. Pick another time; nothing was charged.');
  }
  /** Lost a race: the database's exclusion constraint refused the overlap. */
  static slotTaken() {
    return new BookingError(ErrorCode.SLOT_TAKEN, 'Someone just took this time. Pick another time; nothing was charged.');
  }
  static idempotencyKeyReused() {
    return new BookingError(
      ErrorCode.CONFLICT,
      'This request key was already used for a different booking. Start the booking again from the calendar.',
      { field: 'idempotencyKey' },
    );
  }
  static holdLapsed() {
    return new BookingError(ErrorCode.CONFLICT, 'Your hold on this time ran out before it was confirmed. Pick the time again if it is still open.');
  }
  static paymentPending() {
    return new BookingError(ErrorCode.CONFLICT, 'This booking is confirmed once its payment goes through. Finish the payment, then check your bookings.');
  }
  /** A rule of the status machine (libs/domain booking-status.ts), in its own words. */
  static ruleBroken(message: string) {
    return new BookingError(ErrorCode.CONFLICT, message);
  }
}
