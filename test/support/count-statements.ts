import { RequestContext } from '@mikro-orm/postgresql';
import { settleBookingWork } from './settle';
import { TestApp } from './test-app';

/**
 * SQL statements that `work` makes the app run: the least of `runs` runs. Only
 * statements inside a MikroORM context count, but background work (the outbox
 * poller, queued jobs, hold and license expiry) runs in contexts of its own and
 * can land inside one run. The outbox work a test's own setup started is done
 * first: in one CI run, all three runs of a count made just after eight profiles
 * were created counted one statement more. What is left only ever adds, so the
 * least count is the request's.
 */
export async function countStatements(app: TestApp, work: () => Promise<unknown>, runs = 3): Promise<number> {
  await settleBookingWork(app);
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) least = Math.min(least, await countOnce(app, work));
  return least;
}

async function countOnce(app: TestApp, work: () => Promise<unknown>): Promise<number> {
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
