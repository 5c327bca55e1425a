import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { inOneLayer } from './one-layer';

/**
 * inOneLayer must run handlers exactly as Express runs them as layers of their own: each case
 * below is served by two apps, one with the handlers as separate layers and one with them in one
 * layer, and the answers (status, body, which handlers ran, in what order) must be the same.
 */
type Step = (trail: string[]) => RequestHandler;

const passes = (name: string): Step => (trail) => (_request, _response, next) => {
  trail.push(name);
  next();
};
const passesLater = (name: string): Step => (trail) => (_request, _response, next) => {
  trail.push(name);
  setImmediate(() => next());
};
const answers = (name: string): Step => (trail) => (_request, response) => {
  trail.push(name);
  response.status(200).send(name);
};
const fails = (name: string): Step => (trail) => (_request, _response, next) => {
  trail.push(name);
  next(new Error(`${name} failed`));
};
const throws = (name: string): Step => (trail) => () => {
  trail.push(name);
  throw new Error(`${name} threw`);
};
const rejects = (name: string): Step => (trail) => async () => {
  trail.push(name);
  await Promise.resolve();
  throw new Error(`${name} rejected`);
};
const skipsRouter = (name: string): Step => (trail) => (_request, _response, next) => {
  trail.push(name);
  next('router');
};

function appWith(steps: Step[], together: boolean) {
  const trail: string[] = [];
  const app = express();
  const handlers = steps.map((step) => step(trail));
  if (together) app.use(inOneLayer(...handlers));
  else for (const handler of handlers) app.use(handler);
  app.use((request: Request, response: Response) => {
    trail.push('after');
    response.status(200).send('after');
  });
  app.use((error: Error, _request: Request, response: Response, _next: NextFunction) => {
    trail.push('error handler');
    response.status(500).send(error.message);
  });
  return { app, trail };
}

async function answerOf(steps: Step[], together: boolean) {
  const { app, trail } = appWith(steps, together);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/anything`);
    return { status: response.status, body: await response.text(), trail };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const cases: Array<[string, Step[]]> = [
  ['every handler passes, in order', [passes('a'), passes('b'), passes('c')]],
  ['a handler passes later (a body read)', [passes('a'), passesLater('b'), passes('c')]],
  ['a handler answers: the rest do not run', [passes('a'), answers('b'), passes('c')]],
  ['next(error) skips the rest to the error handler', [passes('a'), fails('b'), passes('c')]],
  ['a throw becomes next(error)', [passes('a'), throws('b'), passes('c')]],
  ['a throw after a later next becomes next(error)', [passesLater('a'), throws('b'), passes('c')]],
  ['a rejected promise becomes next(error)', [passes('a'), rejects('b'), passes('c')]],
  ["next('router') leaves the app's router", [passes('a'), skipsRouter('b'), passes('c')]],
  ['no handlers at all', []],
];

describe('inOneLayer', () => {
  it.each(cases)('%s: the same as separate layers', async (_name, steps) => {
    const separate = await answerOf(steps, false);
    const together = await answerOf(steps, true);
    expect(together).toEqual(separate);
  });

  it('runs the handlers it is given, and what follows it', async () => {
    const { status, body, trail } = await answerOf([passes('a'), passesLater('b')], true);
    expect({ status, body, trail }).toEqual({ status: 200, body: 'after', trail: ['a', 'b', 'after'] });
  });

  it('sends a failure to the error handler with its own error', async () => {
    const { status, body, trail } = await answerOf([passes('a'), rejects('b'), passes('c')], true);
    expect({ status, body, trail }).toEqual({ status: 500, body: 'b rejected', trail: ['a', 'b', 'error handler'] });
  });
});
