'use strict';
// Sampling and summaries for benchmarks. Figures are printed, never asserted:
// timings depend on the machine.
const { performance } = require('node:perf_hooks');

/** Nearest-rank percentile of ascending samples. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? total / sorted.length : NaN,
  };
}

/**
 * Times `run()` per call: `warmup` untimed calls, then up to `iterations` timed
 * ones. Both loops also stop at `budgetMs` so a slow machine still finishes.
 * Returns the summary plus the last result.
 */
function measureSync(run, { warmup, iterations, budgetMs }) {
  let result;
  const warmupEnds = performance.now() + budgetMs / 4;
  for (let i = 0; i < warmup && performance.now() < warmupEnds; i++) result = run();
  const samples = [];
  const ends = performance.now() + budgetMs;
  for (let i = 0; i < iterations && (i === 0 || performance.now() < ends); i++) {
    const started = performance.now();
    result = run();
    samples.push(performance.now() - started);
  }
  return { ...summarize(samples), result };
}

/** measureSync for a function returning a promise; one call at a time, so also calls per second for one client. */
async function measureAsync(run, { warmup, iterations, budgetMs }) {
  let result;
  const warmupEnds = performance.now() + budgetMs / 4;
  for (let i = 0; i < warmup && performance.now() < warmupEnds; i++) result = await run();
  const samples = [];
  const begin = performance.now();
  const ends = begin + budgetMs;
  for (let i = 0; i < iterations && (i === 0 || performance.now() < ends); i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  const seconds = (performance.now() - begin) / 1000;
  return { ...summarize(samples), perSecond: samples.length / seconds, result };
}

/**
 * `clients` loops running `run()` back to back until `total` calls have started
 * (or the budget runs out). Returns latency per call and calls per second of wall time.
 */
async function measureConcurrent(run, { clients, total, budgetMs }) {
  const samples = [];
  let started = 0;
  let result;
  const begin = performance.now();
  const ends = begin + budgetMs;
  const client = async () => {
    while (started < total && performance.now() < ends) {
      started++;
      const callStarted = performance.now();
      result = await run();
      samples.push(performance.now() - callStarted);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - begin) / 1000;
  return { ...summarize(samples), perSecond: samples.length / seconds, result };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * `warmup` untimed calls, then up to `iterations` timed ones, one at a time (timeInTurn with
 * one run). Both loops also stop at their share of `budgetMs` (a quarter for the warm-up), so a
 * slow machine still finishes. Returns the raw samples and the last result.
 */
async function timeSequentially(run, plan) {
  const [timed] = await timeInTurn([run], plan);
  return timed;
}

/**
 * Several calls timed in turn, one at a time: `warmup` untimed rounds of each, then up to
 * `iterations` timed rounds, each round calling every one of `runs` once, starting one further
 * along each round (so none always follows the same other). A minute's drift of the VM then falls
 * on every run alike, where timing one run's calls after another's compared different minutes.
 * The timed rounds stop at `budgetMs` (the warm-up at a quarter of it) after the first. Returns each
 * run's samples and last result, in the order of `runs`.
 */
async function timeInTurn(runs, { warmup, iterations, budgetMs }) {
  const results = runs.map(() => undefined);
  const warmupEnds = performance.now() + budgetMs / 4;
  for (let i = 0; i < warmup && performance.now() < warmupEnds; i++) {
    for (const [index, run] of runs.entries()) results[index] = await run();
  }
  const samples = runs.map(() => []);
  const ends = performance.now() + budgetMs;
  for (let i = 0; i < iterations && (i === 0 || performance.now() < ends); i++) {
    for (let step = 0; step < runs.length; step++) {
      const index = (i + step) % runs.length;
      const started = performance.now();
      results[index] = await runs[index]();
      samples[index].push(performance.now() - started);
    }
  }
  return runs.map((_, index) => ({ samples: samples[index], result: results[index] }));
}

module.exports = { median, percentile, summarize, measureSync, measureAsync, measureConcurrent, timeSequentially, timeInTurn };
