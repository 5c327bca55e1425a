import { makeExecutableSchema } from '@graphql-tools/schema';
import { DocumentNode, ExecutionResult, GraphQLError, GraphQLScalarType, Kind, OperationDefinitionNode, execute, getOperationAST, parse } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { CompiledExecution } from './compiled-execution';

const typeDefs = /* GraphQL */ `
  scalar Instant
  enum Format { VIDEO IN_PERSON }
  interface Card { id: ID! }
  type Therapist implements Card { id: ID! name: String! formats: [Format!]! nextOpen: Instant fee: Int! rating: Float }
  type Clinic implements Card { id: ID! city: String! }
  union Found = Therapist | Clinic
  type Page { total: Int! items: [Therapist!]! found: [Found!]! cards: [Card!]! asked: String! }
  input Window { after: Instant! days: Int! = 14 }
  input SearchInput { state: String! first: Int = 2 formats: [Format!] sort: Format! = IN_PERSON relax: [Format!]! = [] window: Window }
  type Query {
    search(input: SearchInput!): Page!
    fails(code: String): String
    failsNonNull: Therapist!
    nested: Page
    slow: Int!
  }
  type Mutation { touch: Int! }
`;

const THERAPISTS = [
  { id: 't1', name: 'Ada', formats: ['format:VIDEO'], nextOpen: new Date('2026-12-04T15:00:00Z'), fee: 12000, rating: 4.5 },
  { id: 't2', name: 'Bea', formats: ['format:VIDEO', 'format:IN_PERSON'], nextOpen: null, fee: 9000, rating: null },
  { id: 't3', name: 'Cy', formats: ['format:IN_PERSON'], nextOpen: new Date('2026-12-05T09:30:00Z'), fee: 15000, rating: 3 },
];
let touches = 0;

function schemaWithResolvers() {
  const resolveType = (card: { name?: string }) => (card.name ? 'Therapist' : 'Clinic');
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      Instant: new GraphQLScalarType({
        name: 'Instant',
        serialize: (value) => (value as Date).toISOString(),
        parseValue: (value) => {
          if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new TypeError('an ISO 8601 instant');
          return new Date(value);
        },
      }),
      // Internal values unlike the names: the inputs graphql-jit gets back must be the names.
      Format: { VIDEO: 'format:VIDEO', IN_PERSON: 'format:IN_PERSON' },
      Card: { __resolveType: resolveType },
      Found: { __resolveType: resolveType },
      Query: {
        search: async (_root: unknown, { input }: { input: { state: string; first: number; formats?: string[] } }) => {
          const items = THERAPISTS.filter((therapist) => !input.formats || therapist.formats.some((format) => input.formats!.includes(format))).slice(0, input.first);
          const clinic = { id: `c-${input.state}`, city: 'Albany' };
          // What the resolver was handed, defaults and parsed values included.
          return { total: items.length, items, found: [...items, clinic], cards: [clinic, ...items], asked: JSON.stringify(input) };
        },
        fails: (_root: unknown, { code }: { code?: string }) => {
          throw code ? new GraphQLError('That therapist is not listed', { extensions: { code } }) : new Error('connection reset (internal detail)');
        },
        failsNonNull: () => null,
        nested: () => ({ total: 1, items: [{ ...THERAPISTS[0], name: null }], found: [], cards: [] }),
        slow: () => new Promise((resolve) => setTimeout(() => resolve(7), 1)),
      },
      Mutation: { touch: () => ++touches },
    },
  });
}

/** Each: what it covers, the operation, its variables, and how many errors graphql-js answers it with. */
const OPERATIONS: Array<[string, string, Record<string, unknown>, number]> = [
  [
    'fields, aliases, fragments, lists, enums, a custom scalar, nulls',
    `query Search($input: SearchInput!) { search(input: $input) { total first: items { ...T } items { id fee rating } } }
     fragment T on Therapist { id name formats nextOpen }`,
    { input: { state: 'NY', first: 3 } },
    0,
  ],
  [
    'input defaults (non-null ones too), enums and a custom scalar in variables',
    `query ($input: SearchInput!) { search(input: $input) { total asked items { id formats } } }`,
    { input: { state: 'CA', formats: ['IN_PERSON'], window: { after: '2026-12-04T10:00:00+01:00' } } },
    0,
  ],
  ['a variable’s own default', `query ($input: SearchInput! = { state: "WA", sort: VIDEO }) { search(input: $input) { asked } }`, {}, 0],
  ['an input object written in the query', `{ search(input: { state: "TX", relax: [VIDEO], window: { after: "2026-12-04T09:00:00Z", days: 3 } }) { asked } }`, {}, 0],
  [
    'unions and interfaces with __typename',
    `{ search(input: { state: "TX" }) { found { __typename ... on Therapist { name } ... on Clinic { city } } cards { __typename id } } }`,
    {},
    0,
  ],
  ['@skip and @include', `query ($bare: Boolean!) { search(input: { state: "NY" }) { total items @skip(if: $bare) { id } } }`, { bare: true }, 0],
  ['an error with a code', `{ a: fails(code: "NOT_FOUND") b: slow }`, {}, 1],
  ['an internal error', `{ fails b: slow }`, {}, 1],
  ['null in a non-null field, propagated to the nullable parent', `{ nested { total items { id name } } slow }`, {}, 1],
  ['null for a non-null root field', `{ failsNonNull { id } }`, {}, 1],
];

/** What a client receives: the JSON of the result, errors as graphql-js formats them. */
const asJson = (result: ExecutionResult) => JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((error) => error.toJSON()) }));

function requestFor(document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
  const operation = getOperationAST(document, operationName) as OperationDefinitionNode;
  return { document, operation, operationName: operation.name?.value ?? null, request: { variables }, context: {} } as unknown as Parameters<CompiledExecution['execute']>[0];
}

describe('CompiledExecution', () => {
  const schema = schemaWithResolvers();
  let compiles: number;
  let graphqlJsRuns: number;
  let execution: CompiledExecution;
  let nowMs: number;
  const counting = (compilesPerSecond = 5) =>
    new CompiledExecution(schema, {
      compile: (...args) => {
        compiles += 1;
        return compileQuery(...args);
      },
      execute: (args) => {
        graphqlJsRuns += 1;
        return execute(args);
      },
      nowMs: () => nowMs,
      compilesPerSecond,
    });
  beforeEach(() => {
    compiles = 0;
    graphqlJsRuns = 0;
    nowMs = Date.parse('2026-12-03T17:00:00.000Z');
    execution = counting();
  });

  it.each(OPERATIONS)('answers %s as graphql-js does, compiled from the second time on', async (_name, source, variables, errorCount) => {
    const document = parse(source);
    const expected = asJson(await execute({ schema, document, variableValues: variables }));
    // The case is what it says: graphql-js answers it with data, and with its errors only where meant.
    expect(expected.data).not.toBeUndefined();
    expect(expected.errors?.length ?? 0).toBe(errorCount);
    for (let time = 1; time <= 3; time += 1) {
      const result = await execution.execute(requestFor(document, variables));
      expect(asJson(result)).toEqual(expected);
      expect(compiles).toBe(time === 1 ? 0 : 1);
      // The compiled function answered: graphql-js ran the first time only.
      expect(graphqlJsRuns).toBe(1);
      // Errors are graphql-js's own class, with extensions, as Apollo's error formatting expects.
      for (const error of result.errors ?? []) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect(error.constructor).toBe(GraphQLError);
        expect(error.extensions).toEqual(expect.any(Object));
      }
    }
  });

  it('keeps the original error under a compiled error, for the logs and the error filter', async () => {
    const document = parse(`{ fails }`);
    await execution.execute(requestFor(document, {}));
    const result = await execution.execute(requestFor(document, {}));
    expect(compiles).toBe(1);
    expect(result.errors?.[0].originalError?.message).toBe('connection reset (internal detail)');
    expect(result.errors?.[0].path).toEqual(['fails']);
    expect(result.errors?.[0].locations).toEqual([{ line: 1, column: 3 }]);
  });

  it('answers variables that do not coerce with graphql-js’s errors, naming the field, after compiling too', async () => {
    const document = parse(`query ($input: SearchInput!) { search(input: $input) { total } }`);
    const bad = { input: { state: 'NY', first: 'two', formats: ['FAX'] } };
    const expected = asJson(await execute({ schema, document, variableValues: bad }));
    expect(expected.data).toBeUndefined();
    expect(expected.errors.map((error: { message: string }) => error.message)).toEqual([expect.stringContaining('at "input.first"'), expect.stringContaining('at "input.formats[0]"')]);
    await execution.execute(requestFor(document, { input: { state: 'NY' } }));
    for (let time = 1; time <= 2; time += 1) {
      const result = await execution.execute(requestFor(document, bad));
      expect(asJson(result)).toEqual(expected);
      expect(graphqlJsRuns).toBe(1);
      // Apollo recognises these as BAD_USER_INPUT by their one node, the variable's definition.
      expect(result.errors?.every((error) => error.nodes?.length === 1 && error.nodes[0].kind === Kind.VARIABLE_DEFINITION)).toBe(true);
    }
    expect(compiles).toBe(1);
  });

  it('keeps one compiled function per operation of a document', async () => {
    const document = parse(`query A { slow } query B { nested { total } }`);
    const run = (operationName: string) => execution.execute(requestFor(document, {}, operationName));
    for (let time = 0; time < 3; time += 1) {
      expect((await run('A')).data).toEqual({ slow: 7 });
      expect((await run('B')).data).toEqual({ nested: { total: 1 } });
    }
    expect(compiles).toBe(2);
  });

  it('starts at most its budget of compiles in a second of the clock; the rest run through graphql-js, and compile later', async () => {
    execution = counting(2);
    const documents = ['{ slow }', '{ nested { total } }', '{ fails(code: "NOT_FOUND") }'].map((source) => parse(source));
    const runAll = () => Promise.all(documents.map((document) => execution.execute(requestFor(document, {}))));
    await runAll();
    const second = await runAll();
    expect(compiles).toBe(2);
    expect(graphqlJsRuns).toBe(3 + 1);
    expect(second.map((result) => asJson(result))).toEqual(await Promise.all(documents.map(async (document) => asJson(await execute({ schema, document })))));
    nowMs += 999;
    await runAll();
    expect([compiles, graphqlJsRuns]).toEqual([2, 5]);
    nowMs += 1;
    await runAll();
    await runAll();
    expect([compiles, graphqlJsRuns]).toEqual([3, 5]);
  });

  it('never compiles a mutation', async () => {
    const document = parse(`mutation { touch }`);
    const first = await execution.execute(requestFor(document, {}));
    const second = await execution.execute(requestFor(document, {}));
    const third = await execution.execute(requestFor(document, {}));
    expect([first, second, third].map((result) => result.data?.touch)).toEqual([touches - 2, touches - 1, touches]);
    expect(compiles).toBe(0);
  });

  it('hands Apollo the schema it was given when Apollo loads it', async () => {
    const loaded: unknown[] = [];
    execution.onSchemaLoadOrUpdate((context) => loaded.push(context.apiSchema));
    const { executor } = await execution.load();
    expect(loaded).toEqual([schema]);
    expect(typeof executor).toBe('function');
  });
});
