'use strict';
// Availability benchmark: prints figures, asserts none (timings depend on the machine).
//   npm run bench:availability              embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …     a fresh database on that server
// Part 1 times the pure engine (computeOpenSlots) against naive baselines;
// part 2 times availableSlots and nextSlots over HTTP against the compiled app.
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const { benchEngine } = require('./engine');
const { benchGraphql } = require('./graphql');
const { wasInterrupted } = require('../support/cleanup');
const { renderTable } = require('../support/table');

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const startedAt = performance.now();
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const header = `availability bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load average at start ${load()}`;

  const engine = benchEngine({ progress });
  const http = await benchGraphql({ progress });

  const table = renderTable([
    { title: 'availability engine (pure)', rows: engine.rows },
    { title: 'GraphQL over HTTP (127.0.0.1)', rows: http.rows },
  ]);
  const notes = [...engine.notes, ...http.notes, `load average at end ${load()}; total ${((performance.now() - startedAt) / 1000).toFixed(1)} s`];
  process.stdout.write(`${header}\n\n${table}\n\n${notes.map((note) => `  ${note}`).join('\n')}\n`);
}

main().catch((error) => {
  if (wasInterrupted()) return;
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
