'use strict';
// What the flood is measured by: /healthz latency, the server's resident
// memory, and a signed-in user's ordinary requests. All loops stop at `until`.
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const { summarize } = require('../support/stats');

const HEALTH_EVERY_MS = 50;
const RSS_EVERY_MS = 250;
const USER_EVERY_MS = 250;
const REQUEST_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request with a timeout; never throws (a failure is a result to count). */
async function timed(url, init = {}) {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    return { ms: performance.now() - started, status: response.status, text };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, text: String(error?.name ?? error) };
  }
}

/** GraphQL POST; `code` is the first error's extensions.code, 'ok' without errors. */
async function post(baseUrl, body, token) {
  const result = await timed(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  let code = result.status === 0 ? 'NO_RESPONSE' : `HTTP_${result.status}`;
  try {
    const parsed = JSON.parse(result.text);
    code = parsed.errors?.length ? parsed.errors[0].extensions?.code ?? 'UNKNOWN' : 'ok';
  } catch {
    // not JSON: keep the HTTP status
  }
  return { ...result, code };
}

/** VmRSS of a process in MiB, from /proc (Linux). */
function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function healthLatency(baseUrl, until) {
  const samples = [];
  let failed = 0;
  while (performance.now() < until) {
    const result = await timed(`${baseUrl}/healthz`);
    if (result.status === 200) samples.push(result.ms);
    else failed++;
    await sleep(HEALTH_EVERY_MS);
  }
  return { ...summarize(samples), failed };
}

async function memory(pid, until) {
  const samples = [];
  while (performance.now() < until) {
    samples.push(rssMiB(pid));
    await sleep(RSS_EVERY_MS);
  }
  const valid = samples.filter(Number.isFinite);
  return { start: valid[0], max: Math.max(...valid), end: valid[valid.length - 1] };
}

/** A signed-in client browsing: who am I, a search, a profile, its slots — in turn. */
async function signedInUser(baseUrl, user, requests, until) {
  let ok = 0;
  const failures = new Map();
  const latencies = [];
  for (let i = 0; performance.now() < until; i++) {
    const result = await post(baseUrl, requests[i % requests.length], user.token);
    latencies.push(result.ms);
    if (result.code === 'ok') ok++;
    else failures.set(result.code, (failures.get(result.code) ?? 0) + 1);
    await sleep(USER_EVERY_MS);
  }
  return { ok, total: ok + [...failures.values()].reduce((sum, n) => sum + n, 0), failures, latency: summarize(latencies) };
}

module.exports = { post, healthLatency, memory, signedInUser, sleep };
