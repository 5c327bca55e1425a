/**
 * Reads `read()` every `intervalMs` until `done(value)` holds or `timeoutMs` of wall time has
 * passed, and returns the last value read, for the caller to assert on. For work finished on its
 * own time by something the test does not drive (the outbox poller, a job worker, webhook
 * delivery, a log stream): budgets of 4–5 s, or one fixed sleep, were what a quiet machine needs,
 * and a loaded CI machine stretches that work several times over. Returning as soon as the work
 * is done, a generous deadline costs a passing run nothing.
 */
export async function waitUntil<T>(read: () => T | Promise<T>, done: (value: T) => boolean, { timeoutMs = 30_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}
