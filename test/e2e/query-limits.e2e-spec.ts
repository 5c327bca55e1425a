import { getIntrospectionQuery } from 'graphql';
import { queryPastLimit } from '../../apps/api/src/common/graphql/testing/hostile-queries';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Limits and schema-detail hiding over real HTTP, in development and in production mode.
describe('GraphQL query limits over HTTP', () => {
  let development: TestApp;
  let production: TestApp;

  beforeAll(async () => {
    [development, production] = await Promise.all([startTestApp({ env: { NODE_ENV: 'development' } }), startTestApp({ env: { NODE_ENV: 'production' } })]);
  });
  afterAll(async () => {
    await Promise.all([development?.close(), production?.close()]);
  });

  it('answers the standard introspection query in development (GraphiQL, Sandbox, codegen by URL)', async () => {
    const response = await graphql(development.baseUrl, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.queryType.name).toBe('Query');
    expect(response.data?.__schema.types.map((type: { name: string }) => type.name)).toContain('TherapistSearchResult');
  });

  it('refuses introspection in production', async () => {
    const response = await graphql(production.baseUrl, getIntrospectionQuery());
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeUndefined();
  });

  it('suggests field names in development only', async () => {
    const typo = '{ taxonomy { concens { code } } }';
    const dev = await graphql(development.baseUrl, typo);
    expect(errorCode(dev)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(dev.errors?.[0].message).toMatch(/Did you mean "concerns"/);
    const prod = await graphql(production.baseUrl, typo);
    expect(errorCode(prod)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(prod.errors?.[0].message).toMatch(/Cannot query field "concens"/);
    expect(JSON.stringify(prod.errors)).not.toMatch(/Did you mean|concerns/);
  });

  it.each(['depth', 'aliases', 'rootFields', 'tokens', 'cost'] as const)('refuses an operation past the %s limit before any resolver runs, in both modes', async (limit) => {
    const query = queryPastLimit(limit);
    for (const app of [development, production]) {
      const response = await graphql(app.baseUrl, query);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined(); // nothing executed
      expect(response.errors?.map((error) => [error.extensions?.code, (error.extensions as { limit?: string }).limit])).toContainEqual(['GRAPHQL_VALIDATION_FAILED', limit]);
      expect(response.errors?.[0].message).toMatch(/not allowed|too costly|separate requests/);
    }
  });
});
