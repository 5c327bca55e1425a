/**
 * Codes a client can rely on; each becomes GraphQL `extensions.code`.
 * Modules throw their own subclass of AppError with one of these codes.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  SLOT_TAKEN = 'SLOT_TAKEN',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface AppErrorDetails {
  /** Path of the offending field inside the input, e.g. `email` or `windows[2].endLocal`. */
  field?: string;
  /** Seconds until a rate limit resets. */
  retryAfterSeconds?: number;
  /** Why a session stopped working (UNAUTHENTICATED): `expired`, `idle`, `revoked` or `invalid`. */
  reason?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input, always naming the field so a form can show it in place. */
export class InputError extends AppError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { field });
  }
}
