import fc from 'fast-check';
import { getNamedType, GraphQLField, parse, validate } from 'graphql';
import { queryLimitRules } from '../../apps/api/src/common/graphql/query-limits';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { argumentsFor, KnownIds } from '../support/fuzz-arbitraries';
import { GraphqlResponse } from '../support/graphql-client';
import { committedSchema as schema, selectAll } from '../support/schema-selection';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

// Every query and mutation in schema.gql, called with random and hostile
// arguments as each role. Whatever the input: no 5xx, no INTERNAL_SERVER_ERROR,
// no stack trace or SQL in any message. A fixed seed keeps CI reproducible;
// FUZZ_RUNS (calls per operation) and FUZZ_SEED explore further. Calls are
// sampled, not shrunk: a failure lists every offending call, shortened.
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
jest.setTimeout(Math.max(300_000, RUNS * 20_000));

const LEAKS = [
  /\n\s+at .+\(/, // stack frame
  /\.(ts|js):\d+/,
  /node_modules|mikro-?orm|knex|pg-protocol/i,
  /\bselect\b[\s\S]*\bfrom\b|\binsert into\b|\bupdate\b[\s\S]*\bset\b|\bdelete from\b/i,
  /syntax error at or near|violates .* constraint|duplicate key|relation ".*"|column ".*"|invalid input syntax|invalid byte sequence|out of range for type/i,
];

type Role = 'anonymous' | 'client' | 'therapist' | 'admin';
interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  document: string;
}

/** The operation with every argument as a variable and the widest selection the query limits accept. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Operation {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = field.args.length ? `${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : field.name;
  for (let depth = 4; depth >= 1; depth--) {
    const selection = selectAll(getNamedType(field.type), depth);
    const document = `${kind} Fuzz${variables ? `(${variables})` : ''} { ${call}${selection ? ` { ${selection} }` : ''} }`;
    if (validate(schema, parse(document), queryLimitRules()).length === 0) return { kind, field, document };
  }
  throw new Error(`no selection of ${field.name} fits the query limits`);
}

const operations: Operation[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => operationFor('query', field)),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => operationFor('mutation', field)),
];

let app: TestApp;
const tokens: Partial<Record<Role, string>> = {};
const known: KnownIds = { ids: [] };
const tally = { requests: 0, byCode: new Map<string, number>(), status: new Map<number, number>() };

beforeAll(async () => {
  app = await startTestApp();
  const admin = await createAdmin(app);
  const client = await signUpAs(app, 'CLIENT');
  const therapist = await createActiveTherapist(app, admin);
  tokens.admin = admin.token;
  tokens.client = client.token;
  tokens.therapist = therapist.token;
  const rows = await app.em().getConnection().execute<{ id: string }[]>(
    `select id::text from therapist_profiles union all select id::text from licenses union all select id::text from users`,
  );
  known.ids = [therapist.profileId, ...rows.map((row) => row.id)];
});
afterAll(async () => {
  // The figures the report quotes: how many calls, and how the server answered them.
  const codes = [...tally.byCode].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');
  process.stdout.write(`[fuzz] seed ${SEED}, ${RUNS} runs per operation × ${operations.length} operations: ${tally.requests} requests; HTTP ${JSON.stringify(Object.fromEntries(tally.status))}; codes: ${codes}\n`);
  await app?.close();
});

async function send(operation: Operation, variables: Record<string, unknown>, role: Role): Promise<{ status: number; body: string }> {
  const token = tokens[role];
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: operation.document, variables }),
  });
  return { status: response.status, body: await response.text() };
}

/** Every string inside the variables: error messages may quote them back, which is not a leak. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && value.length >= 3) found.push(value, JSON.stringify(value).slice(1, -1));
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) stringsIn(inner, found);
  return found;
}

function problemsIn(status: number, body: string, variables: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let parsed: GraphqlResponse | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    problems.push(`not JSON: ${body.slice(0, 200)}`);
  }
  const echoes = stringsIn(variables).sort((a, b) => b.length - a.length);
  for (const error of parsed?.errors ?? []) {
    const code = error.extensions?.code ?? '(none)';
    tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
    if (code === 'INTERNAL_SERVER_ERROR' || code === '(none)') problems.push(`${code}: ${error.message}`);
    const ownText = echoes.reduce((message, echo) => message.split(echo).join('«input»'), error.message);
    for (const leak of LEAKS) if (leak.test(ownText)) problems.push(`leaks ${leak}: ${ownText.slice(0, 300)}`);
    if ('stacktrace' in (error.extensions ?? {})) problems.push('stacktrace in extensions');
  }
  return problems;
}

/** A short, readable description of a failing call (values can be 100 kB). */
const brief = (value: unknown) => JSON.stringify(value, (_key, inner) => (typeof inner === 'string' && inner.length > 60 ? `${inner.slice(0, 40)}…(${inner.length} chars)` : inner)).slice(0, 600);

describe('fuzzing every operation in schema.gql', () => {
  it('covers every query and mutation', () => {
    expect(operations.length).toBe(Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length);
  });

  it.each(operations.map((operation) => [`${operation.kind} ${operation.field.name}`, operation]))(
    '%s: no 5xx, no internal error, no stack trace or SQL',
    async (_name, operation) => {
      // logOut would end the shared sessions the other roles use.
      const roles: Role[] = operation.field.name === 'logOut' ? ['anonymous'] : ['anonymous', 'client', 'therapist', 'admin'];
      const calls = fc.sample(fc.tuple(fc.constantFrom(...roles), argumentsFor(operation.field.args, known)), { seed: SEED, numRuns: RUNS });
      const failures: string[] = [];
      for (const [role, variables] of calls) {
        const { status, body } = await send(operation, variables, role);
        tally.requests++;
        tally.status.set(status, (tally.status.get(status) ?? 0) + 1);
        const problems = problemsIn(status, body, variables);
        if (problems.length) failures.push(`${role} ${brief(variables)} → ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    },
  );
});
