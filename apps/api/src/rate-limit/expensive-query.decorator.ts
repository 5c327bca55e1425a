import { applyDecorators, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { GraphqlThrottlerGuard } from './graphql-throttler.guard';

const EXPENSIVE_QUERY = 'rapport:expensive-query';

/**
 * A public query costly enough to rate-limit: every such query shares one
 * budget per client (IP when anonymous, user when signed in), counted in PostgreSQL.
 */
export const ExpensiveQuery = () => applyDecorators(SetMetadata(EXPENSIVE_QUERY, true), UseGuards(GraphqlThrottlerGuard));

export function isExpensiveQuery(context: ExecutionContext): boolean {
  return Reflect.getMetadata(EXPENSIVE_QUERY, context.getHandler()) === true;
}
