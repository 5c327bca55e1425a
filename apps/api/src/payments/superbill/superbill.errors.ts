import { AppError, ErrorCode } from '../../common/errors/app-error';

export class SuperbillError extends AppError {
  static onlyTheClient() {
    return new SuperbillError(ErrorCode.FORBIDDEN, 'Only the client of this session downloads its superbill: it is their claim to their insurer.');
  }
  static notCompleted() {
    return new SuperbillError(ErrorCode.CONFLICT, 'A superbill is ready once the session has taken place and the therapist has marked it completed.', { reason: 'NOT_COMPLETED' });
  }
  static notPaid() {
    return new SuperbillError(ErrorCode.CONFLICT, 'This session has nothing paid on it (free, or refunded in full), so there is nothing to claim.', { reason: 'NOT_PAID' });
  }
}
