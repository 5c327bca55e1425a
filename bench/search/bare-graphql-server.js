'use strict';
// The baseline for the lean-request comparison: a bare graphql-http handler on
// node:http, no framework, no guards, no logging, answering `{ __typename }`.
// Started as a child process by lean.js; prints "ready <port>" on stdout.
const { createServer } = require('node:http');
const { buildSchema } = require('graphql');
const { createHandler } = require('graphql-http/lib/use/http');

const schema = buildSchema('type Query { ok: Boolean }');
const handler = createHandler({ schema });
const server = createServer((request, response) => {
  if (request.url.startsWith('/graphql')) return handler(request, response);
  response.writeHead(404).end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
