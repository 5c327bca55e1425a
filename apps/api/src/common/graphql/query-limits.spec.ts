import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, validate } from 'graphql';
import { asTokenLimitError, QUERY_LIMITS, queryLimitRules, queryParseOptions } from './query-limits';
import { queryAtLimit, queryPastLimit, wideSearch } from './testing/hostile-queries';
import { measureOperation } from './testing/measure-operation';
import { webOperations } from './testing/web-operations';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema.gql'), 'utf8'));
const check = (source: string) => validate(schema, parse(source, queryParseOptions()), queryLimitRules());
const limitOf = (errors: readonly GraphQLError[]) => errors.map((error) => [error.extensions.code, error.extensions.limit]);

describe('GraphQL query limits', () => {
  const operations = webOperations();

  it('finds the web app operations', () => {
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['SearchTherapists', 'Therapist', 'AvailableSlots']));
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(webOperations().map((operation) => [operation.name, operation.source]))('%s stays well under every limit', (_name, source) => {
    expect(check(source)).toEqual([]);
    const size = measureOperation(schema, source);
    expect(size.depth + 5).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
    expect(size.aliases * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
    expect(size.rootFields * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxRootFields);
    expect(size.tokens * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens);
    expect(size.cost * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
  });

  it('lets the standard introspection query through (GraphiQL, Apollo Sandbox, codegen)', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });

  it.each(['depth', 'aliases', 'rootFields'] as const)('refuses an operation past the %s limit, and lets one at it through', (limit) => {
    const errors = check(queryPastLimit(limit));
    expect(limitOf(errors)).toContainEqual(['GRAPHQL_VALIDATION_FAILED', limit]);
    expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(/not allowed|separate requests/));
    expect(check(queryAtLimit(limit))).toEqual([]);
  });

  it('counts root fields and aliases inside fragments', () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxRootFields }, (_, index) => `t${index}: taxonomy { concerns { code } }`);
    expect(limitOf(check(`{ ${fields.join(' ')} ...Extra } fragment Extra on Query { me { id } }`))).toEqual([['GRAPHQL_VALIDATION_FAILED', 'rootFields']]);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: id`).join(' ');
    expect(limitOf(check(`{ me { ...F } } fragment F on User { ${aliases} }`))).toEqual([['GRAPHQL_VALIDATION_FAILED', 'aliases']]);
  });

  it('refuses a costly query that breaks no other limit', () => {
    const errors = check(queryPastLimit('cost'));
    expect(limitOf(errors)).toEqual([['GRAPHQL_VALIDATION_FAILED', 'cost']]);
    expect(errors[0].message).toMatch(/too costly to run \(limit 1000\)/);
    expect(check(`{ ${wideSearch('a')} }`)).toEqual([]);
  });

  it('stops parsing past the token limit and reports it like the other limits', () => {
    const tokens = queryPastLimit('tokens');
    let thrown: unknown;
    try {
      parse(tokens, queryParseOptions());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const formatted = asTokenLimitError({ message: (thrown as GraphQLError).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatted).toEqual({
      message: 'This query has more than 1000 tokens, which is not allowed. Send a smaller query.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'tokens', max: 1000 },
    });
    expect(asTokenLimitError({ message: 'Syntax Error: Expected Name, found "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED' } })).toBeNull();
  });
});
