import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Nest's Express adapter, with an HTTP server that builds each request and response with the
 * Express app's own prototypes (`app.request`, `app.response`) from the start.
 *
 * Express gives every request its methods (`req.get`, `res.send` …) by calling
 * `Object.setPrototypeOf(req, app.request)` and the same on the response, in `app.handle`. On
 * V8 that changes the two objects' maps on every request, and what the request then allocates
 * outlives it: with Express 5 on Node 20, a third of everything a `{ __typename }` request
 * allocated survived the young-generation collections that follow and was copied into the old
 * generation (the same server without the prototype change: next to nothing), so each scavenge
 * took 6–9 ms instead of under 0.5 (bench/search/README.md, the thirty-fifth run).
 * Built with those prototypes already, `setPrototypeOf` finds the prototype it is asked to set
 * and changes nothing.
 *
 * Only for the plain HTTP server the API runs: with `httpsOptions` or `forceCloseConnections`
 * (neither is used here) Nest's own server is built.
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options.httpsOptions || options.forceCloseConnections) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      { IncomingMessage: constructedWith(IncomingMessage, app.request), ServerResponse: constructedWith(ServerResponse, app.response) },
      app,
    );
  }
}

/**
 * A constructor that runs `base` on the object `new` makes, which has `prototype` (it must inherit
 * from `base.prototype`, as Express's `app.request` and `app.response` do from node:http's).
 * node:http's IncomingMessage and ServerResponse are plain functions, called here as their own
 * subclasses call them. Not `Reflect.construct(base, args, Constructed)`, which builds the same
 * object: what V8 built that way outlived its request again.
 */
export function constructedWith<T extends { name: string; prototype: object }>(base: T, prototype: object): T {
  if (!Object.prototype.isPrototypeOf.call(base.prototype, prototype)) throw new Error(`the prototype given does not inherit from ${base.name}'s`);
  const run = base as unknown as (this: object, ...args: unknown[]) => void;
  function Constructed(this: object, ...args: unknown[]): void {
    run.apply(this, args);
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as T;
}
