'use strict';
// Ctrl-C or SIGTERM mid-run still stops the API server and drops the bench
// database; anything missed (an embedded data dir) is swept by the next run.

const pending = new Set();
let interrupted = false;

async function onSignal(signal) {
  if (interrupted) return;
  interrupted = true;
  process.stderr.write(`[bench] ${signal}: cleaning up\n`);
  for (const cleanup of [...pending].reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error) => process.stderr.write(`[bench] cleanup failed: ${error.message}\n`));
  }
  process.exit(130);
}

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
function cleanUpOnInterrupt(cleanup) {
  if (pending.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  pending.add(cleanup);
  return () => {
    pending.delete(cleanup);
    if (pending.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}

/** True once a signal started the cleanup (the run's own failure then is no news). */
const wasInterrupted = () => interrupted;

module.exports = { cleanUpOnInterrupt, wasInterrupted };
