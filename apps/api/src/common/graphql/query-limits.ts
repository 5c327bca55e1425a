import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ASTNode, GraphQLError, GraphQLFormattedError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/**
 * How big one operation may be. Chosen from the web app's real operations
 * (apps/web/src/**\/*.operations.ts, measured by query-limits.spec.ts) with
 * headroom; README's "GraphQL limits" explains each number.
 */
export const QUERY_LIMITS = {
  /** Nesting of fields, a fragment spread counting as a level; the deepest web operation (SearchTherapists) has 7. */
  maxDepth: 12,
  /** Aliased fields per operation; the web app uses none. */
  maxAliases: 10,
  /** Top-level fields per operation; every web operation asks for one. */
  maxRootFields: 5,
  /** Lexical tokens per document, counted while parsing; the largest web operation has 119, introspection 163. */
  maxTokens: 1000,
  /** graphql-armor's static cost estimate; the costliest web operation (SearchTherapists) scores 385. */
  maxCost: 1000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };
export type QueryLimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'cost';

/** Every limit is refused with the same code, naming which one and its number. */
export function queryLimitError(limit: QueryLimitName, max: number, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max } });
}

/**
 * Validation rules (run by Apollo before any resolver) for depth, aliases,
 * root fields and cost. The standard introspection query (`__schema`) is not
 * counted by depth and cost, so GraphiQL and codegen keep working in
 * development; production refuses introspection altogether.
 */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  // graphql-armor throws its own "Syntax Error: …" by default; report ours instead, in place.
  const reportAs = (limit: QueryLimitName, max: number, message: string) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(queryLimitError(limit, max, message))],
  });
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      ...reportAs('depth', limits.maxDepth, `This query nests fields more than ${limits.maxDepth} levels deep, which is not allowed.`),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportAs('aliases', limits.maxAliases, `This query uses more than ${limits.maxAliases} aliases, which is not allowed.`),
    }),
    maxRootFieldsRule(limits.maxRootFields),
    costLimitRule({
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
      ...reportAs('cost', limits.maxCost, `This query is too costly to run (limit ${limits.maxCost}). Ask for fewer fields or split it.`),
    }),
  ];
}

/**
 * At most `max` top-level fields per operation (fragments spread at the top
 * are counted through), so one request cannot fan out into many expensive
 * queries; graphql-armor has no rule for this.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number =>
      selectionSet.selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + (selection.name.value === '__typename' ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, seen);
        const fragment = context.getFragment(selection.name.value);
        if (!fragment || seen.has(selection.name.value)) return total;
        return total + count(fragment.selectionSet, new Set(seen).add(selection.name.value));
      }, 0);
    return {
      OperationDefinition(operation) {
        if (count(operation.selectionSet, new Set()) > max) {
          context.reportError(
            queryLimitError('rootFields', max, `This operation asks for more than ${max} top-level fields; send them as separate requests.`, [operation]),
          );
        }
      },
    };
  };
}

/** graphql-js counts tokens while parsing (Apollo's `parseOptions`), so an oversized document is never fully parsed. */
export function queryParseOptions(limits: QueryLimits = QUERY_LIMITS) {
  return { maxTokens: limits.maxTokens };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/** graphql-js reports the token limit as a syntax error; give it the same shape as the other limits. */
export function asTokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !match) return null;
  const max = Number(match[1]);
  return {
    message: `This query has more than ${max} tokens, which is not allowed. Send a smaller query.`,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'tokens', max },
  };
}
