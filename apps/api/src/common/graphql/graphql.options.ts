import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AppConfig } from '../../config/config.schema';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { SCALARS_MAP } from './date-time.scalar';
import { queryLimitRules, queryParseOptions } from './query-limits';
import { GraphqlContext } from './request-of';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true, // in memory; apps/api/schema.gql is written by `npm run schema:generate`
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    // Apollo's CSRF prevention: rejects "simple" requests a browser would send cross-site.
    csrfPrevention: true,
    introspection: !config.isProduction,
    // No "Did you mean …" in production: suggestions would reveal the schema introspection hides.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    playground: false,
    // No cache hints in this schema: Apollo's cache-control plugin, on by default, only wrapped
    // every field's resolver to compute a policy nobody reads (a search resolves thousands of fields).
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(config.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })])],
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    // Size limits, all checked before any resolver runs (tokens while parsing, the rest while validating).
    parseOptions: queryParseOptions(),
    validationRules: queryLimitRules(),
    context: ({ req, res }: GraphqlContext) => ({ req, res }),
  };
}
