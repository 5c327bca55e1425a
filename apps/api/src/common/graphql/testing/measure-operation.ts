import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLSchema, Kind, Lexer, parse, Source, TokenKind, validate } from 'graphql';

export interface OperationSize {
  depth: number;
  aliases: number;
  rootFields: number;
  tokens: number;
  cost: number;
}

/** What each limit measures for one document, by the same graphql-armor rules the server runs. */
export function measureOperation(schema: GraphQLSchema, source: string): OperationSize {
  const size: OperationSize = { depth: 0, aliases: 0, rootFields: 0, tokens: countTokens(source), cost: 0 };
  const record = (key: 'depth' | 'aliases' | 'cost') => ({
    onAccept: [(_context: unknown, details: { n: number }) => (size[key] = Math.max(size[key], details.n))],
  });
  const document = parse(source);
  validate(schema, document, [
    maxDepthRule({ n: Infinity, ignoreIntrospection: true, ...record('depth') }),
    maxAliasesRule({ n: Infinity, ...record('aliases') }),
    costLimitRule({ maxCost: Infinity, ignoreIntrospection: true, ...record('cost') }),
  ]);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) size.rootFields = Math.max(size.rootFields, definition.selectionSet.selections.length);
  }
  return size;
}

function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}
