'use strict';
// One GraphQL operation sent again and again, as a load generator sends it: the request's bytes
// built once, over connections kept alive by node:http. Side by side against one cache-off API on
// a 2-vCPU VM (10k therapists, the search bench's six kinds), a search cost its client 1.1-2.4 ms
// of CPU through fetch (undici) and JSON.parse, and 0.4-1.0 ms this way. A timed call waits the
// client's part out before and after the server's work (one client's p50 read 1.2-2.2 ms higher
// through fetch, round by round), and under load the client's CPU is taken from the server's cores.
const http = require('node:http');
const { GraphqlRequestError, operationOf } = require('./graphql-client');

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/**
 * `send()` POSTs the operation and resolves with the answer's bytes once the last one arrived,
 * unparsed (the caller times that), having checked it is a 200 with no GraphQL errors; `data(body)`
 * parses one answer's data.
 */
function prepareGraphql(baseUrl, query, variables = {}, token) {
  const url = new URL('/graphql', baseUrl);
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const options = {
    agent,
    hostname: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
  const operation = operationOf(query);
  const send = () =>
    new Promise((resolve, reject) => {
      const request = http.request(options, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
          // A key, not text inside a value: a quote in a string value is escaped (\"errors\").
          if (response.statusCode !== 200 || answer.includes('"errors":')) {
            reject(new GraphqlRequestError(`${operation} failed (HTTP ${response.statusCode}): ${answer.toString('utf8', 0, 300)}`));
          } else {
            resolve(answer);
          }
        });
      });
      request.on('error', reject);
      request.end(body);
    });
  const data = (answer) => {
    const parsed = JSON.parse(answer.toString('utf8'));
    if (!parsed.data) throw new GraphqlRequestError(`${operation} answered no data: ${answer.toString('utf8', 0, 300)}`);
    return parsed.data;
  };
  return { send, data };
}

module.exports = { prepareGraphql };
