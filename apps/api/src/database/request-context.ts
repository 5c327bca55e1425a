import type { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager as AnyEntityManager } from '@mikro-orm/core';
import { RequestContext, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { requestIdOf } from '../common/logging/logging';

/**
 * The store RequestContext.create runs in. Its typings keep it private, and `create` forks
 * eagerly; MikroORM is pinned exactly (6.6.16) and request-context.spec.ts fails if either
 * stops holding.
 */
const contexts = (RequestContext as unknown as { storage: AsyncLocalStorage<RequestContext> }).storage;

/**
 * A request's EntityManager forks, made the first time something asks for one. MikroORM reads a
 * context's forks only through `map.get(name)` (RequestContext.getEntityManager, and so every
 * `em` call inside the request), so a Map that forks on a miss is all it takes.
 */
class ForksOnFirstUse extends Map<string, EntityManager> {
  constructor(private readonly root: EntityManager) {
    super();
  }

  override get(name: string): EntityManager | undefined {
    const made = super.get(name);
    if (made || name !== this.root.name) return made;
    // Forked outside the context, as RequestContext.create forks before entering it: inside,
    // building the fork resolves the context, which would ask this map again.
    const fork = contexts.exit(() => this.root.fork({ useContext: true }));
    super.set(name, fork);
    return fork;
  }
}

/**
 * A request's MikroORM context, which also carries the request's id (requestLogging's) to the
 * lines logged while it is served: one request-scoped store for both. On Node 20 each
 * AsyncLocalStorage in use costs every promise and callback the process makes, whether or not
 * it holds anything; MikroORM already keeps three (request, transaction, flush).
 */
class RequestScope extends RequestContext {
  /** What the request keeps for itself while it is served (see `requestKept`), made on first use. */
  kept: Map<symbol, unknown> | undefined = undefined;

  constructor(
    map: Map<string, AnyEntityManager>,
    readonly requestId: string | undefined,
  ) {
    super(map);
  }
}

/**
 * A value the request being served keeps under `key` until it ends (undefined outside a request,
 * and in a context of its own: `inContextOfItsOwn` keeps nothing of its caller's). `keep` outside a
 * request keeps nothing.
 */
export function requestKept<T>(key: symbol): { get(): T | undefined; keep(value: T): void } {
  const scope = () => {
    const context = contexts.getStore();
    return context instanceof RequestScope ? context : undefined;
  };
  return {
    get: () => scope()?.kept?.get(key) as T | undefined,
    keep: (value) => {
      const found = scope();
      if (found) (found.kept ??= new Map()).set(key, value);
    },
  };
}

/** The id of the request being served here, if any (AppLogger's `requestId`). */
export function currentRequestId(): string | undefined {
  const context = contexts.getStore();
  return context instanceof RequestScope ? context.requestId : undefined;
}

/**
 * `work` in a MikroORM context of its own, as RequestContext.create(em, work) runs it (an
 * EntityManager forked for it, so what it loads is dropped after), keeping the id of the request
 * it runs in, if any, for the lines it logs. Every context the app makes besides a request's own
 * is made here: outbox handlers, jobs, boot and the CLI run outside requests, but some of that
 * work also runs inside one (a waitlist offer's mail), where RequestContext.create would drop the id.
 */
export function inContextOfItsOwn<T>(em: AnyEntityManager, work: () => Promise<T>): Promise<T> {
  const fork = em.fork({ useContext: true });
  return contexts.run(new RequestScope(new Map([[em.name, fork]]), currentRequestId()), work);
}

/**
 * Express middleware, after requestLogging: each request runs in its own MikroORM request
 * context, as @mikro-orm/nestjs's middleware does, but the context's EntityManager is forked
 * only when the request first uses it. A request that reads nothing (a health probe,
 * `{ __typename }`, a static file, a kept search answered from memory) no longer builds an
 * identity map and unit of work: the fork was 3.4 % of the lean path's busy time
 * (bench/search/README.md).
 */
export function requestContext(orm: MikroORM) {
  return (request: object, _response: unknown, next: () => void): void => {
    contexts.run(new RequestScope(new ForksOnFirstUse(orm.em), requestIdOf(request)), next);
  };
}
