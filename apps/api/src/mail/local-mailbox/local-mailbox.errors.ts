import { AppError, ErrorCode } from '../../common/errors/app-error';

export class LocalMailboxError extends AppError {
  /** Someone else's message reads the same as a missing one. */
  static attachmentNotFound() {
    return new LocalMailboxError(ErrorCode.NOT_FOUND, 'That attachment is not in your mailbox.');
  }
}
