'use strict';
// The attackers: many connections of anonymous expensive queries, a few
// sending queries stuffed past the limits, and a therapist uploading hostile
// calendars. Every loop stops at `until` and after at most `maxRequests`.
const { performance } = require('node:perf_hooks');
const { summarize } = require('../support/stats');
const { post } = require('./probes');

/** `connections` loops sending `next()` until the deadline; counts answers by code. */
async function attackers({ baseUrl, connections, until, maxRequests, next, token }) {
  const codes = new Map();
  const latencies = [];
  let sent = 0;
  const loop = async () => {
    while (performance.now() < until && sent < maxRequests) {
      sent++;
      const result = await post(baseUrl, next(sent), token);
      latencies.push(result.ms);
      codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  return { sent, codes, latency: summarize(latencies), perSecond: sent / seconds };
}

function flood({ baseUrl, until, expensive, stuffed, calendars, therapistToken, connections }) {
  const upload = `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { calendars { busyCount } } }`;
  return Promise.all([
    attackers({ baseUrl, connections, until, maxRequests: 500_000, next: (i) => expensive[i % expensive.length] }),
    attackers({ baseUrl, connections: 4, until, maxRequests: 100_000, next: (i) => ({ query: stuffed[i % stuffed.length].query }) }),
    attackers({
      baseUrl,
      connections: 2,
      until,
      maxRequests: 2_000,
      token: therapistToken,
      next: (i) => ({ query: upload, variables: { input: { name: calendars[i % calendars.length].name, icsText: calendars[i % calendars.length].icsText } } }),
    }),
  ]).then(([queries, stuffing, uploads]) => ({ queries, stuffing, uploads }));
}

module.exports = { flood };
