import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { User } from '../auth/entities/user.entity';
import { buildOrmOptions } from './mikro-orm.options';
import { requestContext } from './request-context';

describe('requestContext (an EntityManager fork per request, made on first use)', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let fork: jest.SpyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
  }, 120_000);
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
});
