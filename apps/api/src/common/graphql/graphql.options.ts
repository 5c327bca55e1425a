import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AppConfig } from '../../config/config.schema';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { depthLimit } from './depth-limit.rule';
import { GraphqlContext } from './request-of';

export const MAX_QUERY_DEPTH = 10;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true, // in memory; apps/api/schema.gql is written by `npm run schema:generate`
    sortSchema: true,
    // Apollo's CSRF prevention: rejects "simple" requests a browser would send cross-site.
    csrfPrevention: true,
    introspection: !config.isProduction,
    playground: false,
    plugins: config.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    context: ({ req, res }: GraphqlContext) => ({ req, res }),
  };
}
