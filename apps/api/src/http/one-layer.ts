import type { NextFunction, RequestHandler } from 'express';

/**
 * Request handlers that run in a row, as one Express layer. They run as Express would run
 * them as layers of their own: each one's `next()` starts the following one; `next(error)`
 * (or `'route'`, `'router'`) leaves for Express's `next`, skipping the rest; a throw or a
 * rejected promise becomes `next(error)`. Express walks every layer of its stack for every
 * request (a path match, a params pass, a prefix trim, a try around the call), so the
 * handlers every request goes through cost that walk once here instead of once each
 * (bench/search/README.md, the lean path).
 */
export function inOneLayer(...handlers: RequestHandler[]): RequestHandler {
  return (request, response, next) => {
    let index = 0;
    const step: NextFunction = (error?: unknown) => {
      if (error || index === handlers.length) return next(error);
      const handler = handlers[index++];
      try {
        const returned: unknown = handler(request, response, step);
        if (returned instanceof Promise) returned.catch((rejection: unknown) => next(rejection || new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
