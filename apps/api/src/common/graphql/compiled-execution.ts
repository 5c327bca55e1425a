import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  DocumentNode,
  ExecutionResult,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
  execute,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isSpecifiedScalarType,
  typeFromAST,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

// Apollo's gateway interface, as its constructor takes it.
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewaySchemaLoadOrUpdateCallback = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];

/** Compiles started in one second of the clock, at most: about 40 ms of CPU for the web app's largest operations. */
const COMPILES_PER_SECOND = 5;

export interface CompiledExecutionOptions {
  /** graphql-jit's compiler and graphql-js's executor (a spec passes ones that count). */
  compile: typeof compileQuery;
  execute: typeof execute;
  nowMs: () => number;
  compilesPerSecond: number;
}

/** A compiled operation, or the note that it was seen once and not compiled yet. */
type Compiled = CompiledQuery | 'seen once' | 'not compilable';

/**
 * Executes queries that come again with graphql-jit: each operation is compiled to a
 * function once, the second time its document is seen, and runs without graphql-js's
 * per-field walk (about 1.3 µs a field; a results page of 50 resolves ~4,500 fields).
 *
 * Plugged into Apollo as its gateway executor, the one hook Apollo offers for
 * execution: everything around it (parsing, validation, the query limits, plugins,
 * `didEncounterErrors`, `formatError`) stays Apollo's. Graphql-js still executes
 * mutations and subscriptions (each runs once per action; not worth compiling) and a
 * query's first sighting (one-off queries never pay for a compile). And it coerces
 * every query's variables: a compiled query gets them back as inputs with every
 * default filled in, so the coercion errors are graphql-js's own (Apollo classifies
 * them as BAD_USER_INPUT) and graphql-jit never sees a non-null input field left to
 * its default (which it refuses).
 *
 * Apollo's document store hands back the same DocumentNode for the same query text,
 * so compiled operations are kept against it (a WeakMap) and go when Apollo evicts it.
 *
 * Compiling costs milliseconds (the web app's search: about 8 ms), and anyone can send
 * a new query text twice: at most `compilesPerSecond` compiles start in any second of
 * the clock; past that, a query runs through graphql-js and compiles on a later sighting.
 */
export class CompiledExecution implements GatewayInterface {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  private listener?: GatewaySchemaLoadOrUpdateCallback;
  private readonly options: CompiledExecutionOptions;
  private compileSecond = -1;
  private compilesThisSecond = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    options: Partial<CompiledExecutionOptions> = {},
  ) {
    this.options = { compile: compileQuery, execute, nowMs: Date.now, compilesPerSecond: COMPILES_PER_SECOND, ...options };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    this.listener = callback;
    return () => {
      this.listener = undefined;
    };
  }

  async load() {
    // Apollo takes its schema from this callback in gateway mode: the one Nest built.
    this.listener?.({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return { executor: (request: GatewayGraphQLRequestContext) => this.execute(request) };
  }

  async stop() {}

  async execute(request: GatewayGraphQLRequestContext): ReturnType<GatewayExecutor> {
    const { document, operation, context } = request;
    const inputs = request.request.variables ?? {};
    const compiled = operation.operation === 'query' ? this.compiledFor(document, request.operationName) : undefined;
    if (compiled) {
      // Graphql-js coerces the variables, as it would have: the same errors, and every
      // input field's default (graphql-jit refuses a non-null field left to its default).
      const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
      const result = await compiled.query(undefined, context, this.asInputs(operation, coerced.coerced));
      // No data at all: graphql-jit refused the values graphql-js accepted, and nothing was resolved.
      if (result.data !== undefined) return withGraphqlJsErrors(result);
    }
    return this.options.execute({ schema: this.schema, document, contextValue: context, variableValues: inputs, operationName: request.operationName });
  }

  /** Coerced variables written back as a client would send them, every default filled in: graphql-jit coerces them to the same values. */
  private asInputs(operation: OperationDefinitionNode, coerced: Record<string, unknown>): Record<string, unknown> {
    const inputs: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(this.schema, definition.type) as GraphQLInputType;
      if (name in coerced) inputs[name] = asInput(type, coerced[name]);
    }
    return inputs;
  }

  private compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | undefined {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    const known = byName.get(key);
    if (known === undefined) {
      byName.set(key, 'seen once');
      return undefined;
    }
    if (known !== 'seen once') return known === 'not compilable' ? undefined : known;
    if (!this.mayCompile()) return undefined;
    const compiled = this.options.compile(this.schema, document, operationName ?? undefined);
    const kept = isCompiledQuery(compiled) ? compiled : 'not compilable';
    byName.set(key, kept);
    return kept === 'not compilable' ? undefined : kept;
  }

  private mayCompile(): boolean {
    const second = Math.floor(this.options.nowMs() / 1000);
    if (second !== this.compileSecond) {
      this.compileSecond = second;
      this.compilesThisSecond = 0;
    }
    if (this.compilesThisSecond >= this.options.compilesPerSecond) return false;
    this.compilesThisSecond += 1;
    return true;
  }
}

function asInput(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return asInput(type.ofType, value);
  if (isListType(type)) return (value as unknown[]).map((item) => asInput(type.ofType, item));
  if (isInputObjectType(type)) {
    const object = value as Record<string, unknown>;
    const input: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.name in object) input[field.name] = asInput(field.type, object[field.name]);
    }
    return input;
  }
  if (isEnumType(type) || !isSpecifiedScalarType(type)) return type.serialize(value);
  return value;
}

/**
 * graphql-jit's errors look like graphql-js's but are not built by its constructor
 * (`extensions` may be undefined, which Apollo's error normalising does not expect):
 * each becomes a graphql-js GraphQLError with the same message, path, locations,
 * original error and extensions.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
    if (error.locations) (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}
