'use strict';
// The framework floor for the lean-request comparison: Apollo Server on Express 5,
// the versions the API runs, with nothing of the app (no Nest, no guards, no
// request context, no logging, no security headers), answering `{ __typename }`.
// What it costs against the bare graphql-http server is the stack's own share of the
// gap; what the full stack costs past it is the app's. Started as a child process by
// lean.js (NODE_ENV=production, as the API runs); prints "ready <port>" on stdout.
// Its HTTP server builds requests and responses with Express's prototypes, as the API's does
// (apps/api/src/http/prototyped-express-adapter.ts): Express then changes no prototype per request.
const { createServer, IncomingMessage, ServerResponse } = require('node:http');
const { join } = require('node:path');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@as-integrations/express5');
const express = require('express');
const { API_DIST } = require('../support/database');
const { constructedWith } = require(join(API_DIST, 'http/prototyped-express-adapter'));

async function main() {
  const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: {} });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createServer({ IncomingMessage: constructedWith(IncomingMessage, app.request), ServerResponse: constructedWith(ServerResponse, app.response) }, app);
  server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
  server.keepAliveTimeout = 65_000;
  process.on('SIGTERM', () => server.close(() => apollo.stop().then(() => process.exit(0))));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
