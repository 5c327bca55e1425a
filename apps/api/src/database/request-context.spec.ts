import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { AppLogger, createRootLogger, requestLogging } from '../common/logging/logging';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { User } from '../auth/entities/user.entity';
import { buildOrmOptions } from './mikro-orm.options';
import { currentRequestId, inContextOfItsOwn, requestContext, requestKept } from './request-context';
import { waitUntil } from '../../../../test/support/wait-until';

describe('requestContext (an EntityManager fork per request, made on first use)', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let fork: jest.SpyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });
  beforeEach(() => {
    fork = jest.spyOn(orm.em, 'fork');
  });
  afterEach(() => fork.mockRestore());

  /** Runs `handle` as the middleware runs the rest of a request's chain. */
  function serve<T>(handle: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => requestContext(orm)({}, {}, () => void handle().then(resolve, reject)));
  }

  it('forks nothing for a request that never touches the database', async () => {
    await serve(async () => 'answered from memory');
    expect(fork).not.toHaveBeenCalled();
  });

  it('forks once, on first use, and every later use in the request gets that fork', async () => {
    const [first, second, count] = await serve(async () => {
      const before = fork.mock.calls.length;
      const one = orm.em.getContext();
      const two = orm.em.getContext();
      const users = await orm.em.count(User);
      return [one, two, { before, users }] as const;
    });
    expect(count.before).toBe(0);
    expect(fork).toHaveBeenCalledTimes(1);
    expect(first).not.toBe(orm.em);
    expect(second).toBe(first);
    expect(count.users).toBe(0);
  });

  it('keeps what a request keeps for that request alone: not for another, outside one, or in a context of its own', async () => {
    const kept = requestKept<string>(Symbol('a test value'));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = serve(async () => {
      kept.keep('first');
      await released;
      return [kept.get(), await inContextOfItsOwn(orm.em, async () => kept.get())];
    });
    const second = serve(async () => {
      const before = kept.get();
      kept.keep('second');
      release();
      return [before, kept.get()];
    });
    expect(await first).toEqual(['first', undefined]);
    expect(await second).toEqual([undefined, 'second']);
    kept.keep('outside');
    expect(kept.get()).toBeUndefined();
  });

  it('gives concurrent requests separate identity maps', async () => {
    const id = randomUUID();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const [holder, other] = await Promise.all([
      serve(async () => {
        const em = orm.em.getContext();
        em.getReference(User, id);
        await held;
        return em;
      }),
      serve(async () => {
        const em = orm.em.getContext();
        const seen = em.getUnitOfWork().getById(User.name, id);
        release();
        return { em, seen };
      }),
    ]);
    expect(other.em).not.toBe(holder);
    expect(other.seen).toBeUndefined();
    expect(holder.getUnitOfWork().getById(User.name, id)).toBeDefined();
  });

  it('is what lets request code use the global EntityManager: outside a request MikroORM refuses', async () => {
    await expect(orm.em.find(User, {})).rejects.toThrow(/global EntityManager/);
    await expect(serve(() => orm.em.find(User, {}))).resolves.toEqual([]);
  });

  it("carries the request's id to every line logged while it is served, and to no other request's", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => { for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line)); done(); } });
    const root = createRootLogger('info', sink);
    const logger = new AppLogger(root, currentRequestId);
    const [logRequest, inContext] = [requestLogging(root), requestContext(orm)];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = createServer((request: IncomingMessage, response: ServerResponse) =>
      logRequest(request, response, () =>
        inContext(request, response, () => {
          void (async () => {
            // Across awaits, a database round trip and another request served meanwhile.
            if (request.url === '/first') await held;
            await orm.em.count(User);
            logger.log(`serving ${request.url}`, 'SpecHandler');
            // Work given a context of its own inside the request (a waitlist offer's mail) keeps its id.
            const own = await inContextOfItsOwn(orm.em, async () => {
              logger.log(`own context in ${request.url}`, 'SpecHandler');
              return orm.em.getContext();
            });
            if (own === orm.em.getContext()) throw new Error('the work did not get an EntityManager of its own');
            if (request.url === '/second') release();
            response.end('ok');
          })();
        }),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await Promise.all([
        fetch(`${base}/first`, { headers: { 'x-request-id': 'first-request' } }).then((response) => response.text()),
        fetch(`${base}/second`, { headers: { 'x-request-id': 'second-request' } }).then((response) => response.text()),
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await waitUntil(() => lines.filter((line) => line.context === 'SpecHandler').length, (logged) => logged >= 4, { timeoutMs: 5_000, intervalMs: 10 });
    expect(lines.filter((line) => line.context === 'SpecHandler').map(({ msg, reqId }) => ({ msg, reqId })).sort((a, b) => String(a.msg).localeCompare(String(b.msg)))).toEqual([
      { msg: 'own context in /first', reqId: 'first-request' },
      { msg: 'own context in /second', reqId: 'second-request' },
      { msg: 'serving /first', reqId: 'first-request' },
      { msg: 'serving /second', reqId: 'second-request' },
    ]);
    // Outside a request, and in a context made for a job, a line names no request.
    expect(currentRequestId()).toBeUndefined();
    expect(await RequestContext.create(orm.em, async () => currentRequestId())).toBeUndefined();
    expect(await inContextOfItsOwn(orm.em, async () => currentRequestId())).toBeUndefined();
  });
});
