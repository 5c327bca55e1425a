import { dirname, join } from 'node:path';
import type { ApolloServerOptionsWithGateway, BaseContext, GraphQLRequestContextExecutionDidStart } from '@apollo/server';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
export type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];

/** Apollo's internal module that builds its gateway executor's argument, and the function in it. */
const APOLLO_MODULE = join('utils', 'makeGatewayGraphQLRequestContext.js');
const APOLLO_FUNCTION = 'makeGatewayGraphQLRequestContext';

/**
 * What the gateway executor (CompiledExecution) is given for each operation: everything the gateway
 * interface requires, and none of its optional HTTP parts (`request.http`, `response`), which the
 * executor never reads.
 *
 * Apollo's own builder (Apollo Server 5) makes `response.http` an object literal with a `status`
 * getter and setter over the request's context. On V8, such a literal built per operation kept what
 * the request allocated alive through the young-generation collections after it: with it, a third of
 * a `{ __typename }` request's allocation was copied into the old generation and each scavenge took
 * about 18 ms; without it, 0.2 MB a scavenge instead of 3.5, and 3 ms (bench/search/README.md, the
 * thirty-fifth run).
 */
export function gatewayRequestContext(
  requestContext: GraphQLRequestContextExecutionDidStart<BaseContext>,
  server: { logger: GatewayGraphQLRequestContext['logger']; cache: GatewayGraphQLRequestContext['cache'] },
  internals: { includeStacktraceInErrorResponses?: boolean },
): GatewayGraphQLRequestContext {
  const { request } = requestContext;
  return {
    request: { query: request.query, operationName: request.operationName, variables: request.variables, extensions: request.extensions },
    logger: server.logger,
    schema: requestContext.schema,
    schemaHash: 'no schema hash since Apollo Server 4' as GatewayGraphQLRequestContext['schemaHash'],
    context: requestContext.contextValue,
    cache: server.cache,
    queryHash: requestContext.queryHash,
    document: requestContext.document,
    source: requestContext.source,
    operationName: requestContext.operationName,
    operation: requestContext.operation,
    errors: requestContext.errors,
    metrics: requestContext.metrics,
    debug: internals.includeStacktraceInErrorResponses,
    overallCachePolicy: requestContext.overallCachePolicy,
    requestIsBatched: requestContext.requestIsBatched,
  };
}

/**
 * Has Apollo build its gateway executor's argument with {@link gatewayRequestContext}: Apollo's
 * request pipeline reads the builder from its module's exports on every call, so replacing the
 * export is enough. Apollo's package exports do not list the module; it is loaded by its file
 * path, next to the package's entry point. Returns whether it took: false if this version of Apollo
 * has no such module or function (gateway-request-context.spec.ts then fails), and Apollo keeps its own.
 */
export function useGatewayRequestContext(): boolean {
  let apolloModule: Record<string, unknown>;
  try {
    apolloModule = require(join(dirname(require.resolve('@apollo/server')), APOLLO_MODULE)) as Record<string, unknown>;
  } catch {
    return false;
  }
  if (typeof apolloModule[APOLLO_FUNCTION] !== 'function') return false;
  apolloModule[APOLLO_FUNCTION] = gatewayRequestContext;
  return true;
}
