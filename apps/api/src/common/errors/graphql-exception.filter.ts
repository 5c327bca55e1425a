import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, ErrorCode } from './app-error';
import { toGraphqlError } from './to-graphql-error';

const HTTP_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.SLOT_TAKEN]: HttpStatus.CONFLICT,
  [ErrorCode.PAYMENT_FAILED]: HttpStatus.PAYMENT_REQUIRED,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Maps exceptions thrown in resolvers; on HTTP routes (file downloads) an
 * AppError becomes its status with the same `{ errors: [{ message, extensions: { code } }] }`
 * body as a malformed request, and anything else keeps Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return toGraphqlError(exception);
    if (exception instanceof AppError && host.getType() === 'http') {
      const response = host.switchToHttp().getResponse<Response>();
      response.status(HTTP_STATUS[exception.code]).json({ errors: [{ message: exception.message, extensions: { code: exception.code, ...exception.details } }] });
      return;
    }
    return super.catch(exception, host);
  }
}
