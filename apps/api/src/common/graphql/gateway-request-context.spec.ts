import { ApolloServer, HeaderMap } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { CompiledExecution } from './compiled-execution';
import { GatewayGraphQLRequestContext, useGatewayRequestContext } from './gateway-request-context';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { hello(name: String!): String! fails: String }',
  resolvers: {
    Query: {
      hello: (_root: unknown, { name }: { name: string }) => `hello ${name}`,
      fails: () => {
        throw new Error('not today');
      },
    },
  },
});

/** CompiledExecution, keeping what Apollo hands it. */
class Recording extends CompiledExecution {
  readonly seen: GatewayGraphQLRequestContext[] = [];
  override async execute(request: GatewayGraphQLRequestContext) {
    this.seen.push(request);
    return super.execute(request);
  }
}

describe('the gateway executor’s argument', () => {
  let apollo: ApolloServer<{ caller: string }>;
  let executor: Recording;

  beforeAll(async () => {
    // Fails if this version of Apollo builds the argument elsewhere: the API would quietly go back to Apollo's own.
    expect(useGatewayRequestContext()).toBe(true);
    executor = new Recording(schema);
    apollo = new ApolloServer<{ caller: string }>({ gateway: executor });
    await apollo.start();
  });
  afterAll(() => apollo.stop());

  const post = async (body: Record<string, unknown>) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
      context: async () => ({ caller: 'spec' }),
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return { status: response.status, body: JSON.parse(response.body.string) as unknown };
  };

  it('carries the operation, its variables and the context, and none of the optional HTTP parts', async () => {
    const query = 'query Greet($name: String!) { hello(name: $name) }';
    expect(await post({ query, operationName: 'Greet', variables: { name: 'Ada' } })).toEqual({ status: undefined, body: { data: { hello: 'hello Ada' } } });
    const request = executor.seen.at(-1)!;
    expect(request.request).toEqual({ query, operationName: 'Greet', variables: { name: 'Ada' }, extensions: undefined });
    expect(request.context).toEqual({ caller: 'spec' });
    expect(request.operationName).toBe('Greet');
    expect(request.operation.name?.value).toBe('Greet');
    expect(request.document.kind).toBe('Document');
    expect(request.source).toBe(query);
    expect(request.queryHash).toMatch(/^[0-9a-f]{64}$/);
    expect(request.schema).toBe(schema);
    // Apollo's own builder makes `response` (its `http` a literal with a status getter and setter).
    expect(request).not.toHaveProperty('response');
    expect(request.request).not.toHaveProperty('http');
  });

  it('leaves errors to Apollo: formatted with a code, as before', async () => {
    expect(await post({ query: '{ fails }' })).toEqual({
      status: undefined,
      body: { data: { fails: null }, errors: [{ message: 'not today', locations: [{ line: 1, column: 3 }], path: ['fails'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });
});
