import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

const logger = new Logger('Errors');

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/**
 * The one place where any thrown value becomes what a GraphQL client sees:
 * a stable extensions.code and a message a person can act on. Unknown errors
 * are logged here and replaced, so no stack trace or SQL reaches a client.
 */
export function toGraphqlError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof AppError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (error instanceof ThrottlerException) {
    return new GraphQLError('Too many attempts. Please wait a minute and try again.', {
      extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
    });
  }
  if (error instanceof HttpException && error.getStatus() === HttpStatus.FORBIDDEN) {
    return new GraphQLError('You do not have access to this.', { extensions: { code: ErrorCode.FORBIDDEN } });
  }
  logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
