import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printAppSchema } from './print-schema';

describe('apps/api/schema.gql', () => {
  it('matches the code-first schema (run `npm run schema:generate` after changing GraphQL types)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../../schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
