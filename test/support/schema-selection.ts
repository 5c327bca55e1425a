import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, GraphQLNamedType, isNonNullType, isObjectType } from 'graphql';

/** The committed schema (a test checks it matches the code). */
export const committedSchema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

/** Selects every field of a type that needs no arguments, nested up to `depth` levels. */
export function selectAll(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((field: GraphQLField<unknown, unknown>) =>
    field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  return fields
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return [field.name];
      return depth > 1 ? [`${field.name} { ${selectAll(named, depth - 1) || '__typename'} }`] : [];
    })
    .join(' ');
}
