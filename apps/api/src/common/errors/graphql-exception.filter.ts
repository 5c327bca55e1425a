import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { toGraphqlError } from './to-graphql-error';

/** Maps exceptions thrown in resolvers; HTTP routes keep Nest's default handling. */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return toGraphqlError(exception);
    return super.catch(exception, host);
  }
}
