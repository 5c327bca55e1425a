import { RequestContext } from '@mikro-orm/postgresql';
import { TestApp } from './test-app';

/**
 * SQL statements that `work` makes the app run. Only statements inside an HTTP
 * request's MikroORM context count, so background work (the outbox poller,
 * the license expiry job) cannot change the number.
 */
export async function countStatements(app: TestApp, work: () => Promise<unknown>): Promise<number> {
  const knex = app.em().getKnex();
  let statements = 0;
  const listener = () => {
    if (RequestContext.currentRequestContext()) statements++;
  };
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.removeListener('query', listener);
  }
  if (statements === 0) throw new Error('no statement ran inside a request: the count cannot be trusted');
  return statements;
}
