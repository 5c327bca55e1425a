import { AppError, ErrorCode } from '../errors/app-error';

/** Ownership check every module uses: the caller must own the thing (admins may act on anything). */
export function assertOwnership(caller: { id: string; role: string }, ownerId: string): void {
  if (caller.id !== ownerId && caller.role !== 'ADMIN') {
    throw new AppError(ErrorCode.FORBIDDEN, 'You can only change your own records.');
  }
}
