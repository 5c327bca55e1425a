import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import type { Express, Request, Response } from 'express';
import { constructedWith, PrototypedExpressAdapter } from './prototyped-express-adapter';

describe('PrototypedExpressAdapter', () => {
  let server: Server;
  let app: Express;
  const built: { request?: object; response?: object }[] = [];

  beforeAll(async () => {
    const adapter = new PrototypedExpressAdapter();
    adapter.initHttpServer({});
    app = adapter.getInstance<Express>();
    app.post('/echo', (request: Request, response: Response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => response.status(201).json({ contentType: request.get('content-type'), body, path: request.path }));
    });
    server = adapter.getHttpServer() as Server;
    // Before Express's handler: what the server built, before Express sets any prototype.
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
      built.push({ request: Object.getPrototypeOf(request) as object, response: Object.getPrototypeOf(response) as object });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("builds each request and response with the Express app's prototypes, and Express's methods work on them", async () => {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/echo?x=1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ contentType: 'text/plain', body: 'hello', path: '/echo' });
    expect(built).toHaveLength(1);
    expect(built[0].request).toBe(app.request);
    expect(built[0].response).toBe(app.response);
  });
});

describe('constructedWith', () => {
  it('builds a node:http object with the given prototype, as node:http builds it', () => {
    const prototype = Object.create(IncomingMessage.prototype) as IncomingMessage & { extra(): string };
    prototype.extra = () => 'from the prototype';
    const Built = constructedWith(IncomingMessage, prototype);
    const request = new Built(new Socket());
    expect(Object.getPrototypeOf(request)).toBe(prototype);
    expect(request).toBeInstanceOf(IncomingMessage);
    expect((request as typeof prototype).extra()).toBe('from the prototype');
    expect(request.headers).toEqual({});
  });

  it('refuses a prototype that does not inherit from the constructor’s', () => {
    expect(() => constructedWith(ServerResponse, Object.create(IncomingMessage.prototype))).toThrow("does not inherit from ServerResponse's");
  });
});
