import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printAppSchema } from '../common/graphql/print-schema';

// npm run schema:generate — writes apps/api/schema.gql from the code-first types.
void printAppSchema().then((schema) => {
  const target = resolve(__dirname, '../../../../../schema.gql');
  writeFileSync(target, schema);
  process.stderr.write(`[rapport] wrote ${target}\n`);
});
