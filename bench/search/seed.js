'use strict';
// Grows the bench database to a target number of demo therapists with the
// project's bulk generator, drawing its progress bar on stderr, then VACUUM ANALYZE:
// the tables as autovacuum leaves them after a bulk load (statistics, hint bits, and
// pages marked all-visible, which the per-state covering index's index-only scans need).
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { withClient } = require('../support/database');

const SEEDER = join(__dirname, '../../apps/api/dist/prisma-free-schema/seeders/seed-therapists-for-benchmark.js');
/** Without a terminal, one progress line per tenth instead of a redrawn bar. */
const LINE_STEPS = 10;

function progressBar(formatProgressBar, label) {
  const startedAt = performance.now();
  let lastStep = -1;
  return {
    draw(done, total) {
      const text = `[bench] seeding ${label} ${formatProgressBar(done, total, performance.now() - startedAt)}`;
      if (process.stderr.isTTY) {
        process.stderr.write(`\r${text}`);
        return;
      }
      const step = total === 0 ? LINE_STEPS : Math.floor((done / total) * LINE_STEPS);
      if (step !== lastStep) process.stderr.write(`${text}\n`);
      lastStep = step;
    },
    end() {
      if (process.stderr.isTTY) process.stderr.write('\n');
    },
  };
}

async function countTherapists(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(`select count(*)::int as total, count(*) filter (where status = 'ACTIVE')::int as active from therapist_profiles`);
    return rows[0];
  });
}

/**
 * Adds therapists until there are `target` (numbering continues after the
 * existing ones), VACUUM ANALYZEs, and returns the seeder's figures plus that time.
 */
async function seedUpTo({ databaseUrl, target, label }) {
  const { seedTherapistsForBenchmark, formatProgressBar } = require(SEEDER);
  const before = await countTherapists(databaseUrl);
  const count = target - before.total;
  if (count <= 0) throw new Error(`the database already has ${before.total} therapists, more than ${target}`);
  const bar = progressBar(formatProgressBar, label);
  let result;
  try {
    result = await seedTherapistsForBenchmark(databaseUrl, count, bar.draw);
  } finally {
    bar.end();
  }
  const analyzeStartedAt = performance.now();
  await withClient(databaseUrl, (client) => client.query('vacuum analyze'));
  const analyzeSeconds = (performance.now() - analyzeStartedAt) / 1000;
  const after = await countTherapists(databaseUrl);
  return { ...result, added: count, totalTherapists: after.total, activeTherapists: after.active, analyzeSeconds };
}

module.exports = { seedUpTo };
