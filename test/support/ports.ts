import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Slices of the ports outside the ephemeral range, one per Jest worker (more workers share them in turn). */
const WORKER_SLICES = 8;
/** Linux's default when the range cannot be read (other systems: also outside it there). */
const DEFAULT_EPHEMERAL = { low: 32_768, high: 60_999 };

function ephemeralRange(): { low: number; high: number } {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(low) && Number.isInteger(high) ? { low, high } : DEFAULT_EPHEMERAL;
  } catch {
    return DEFAULT_EPHEMERAL;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const probe = createServer();
    probe.once('error', () => answer(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => answer(true)));
  });
}

/**
 * A port on 127.0.0.1 for a process that must be told its port before it starts, and may be
 * restarted on it: free now, and outside the kernel's ephemeral range, so no other suite's
 * `listen(0)` server and no outgoing connection can take it in the meantime. A random port
 * inside that range once collided with another worker's server and PostgreSQL would not start.
 */
export async function fixedTestPort(avoid: number[] = []): Promise<number> {
  const { low, high } = ephemeralRange();
  // Above the range where it leaves room (Linux), else below it (BSD and macOS end theirs at 65535).
  const [outsideFrom, outsideTo] = high <= 64_000 ? [high + 1, 65_535] : [Math.max(10_000, low - 20_000), low - 1];
  // Each Jest worker draws from its own slice, so a port one suite frees between two starts of
  // its server (embedded-start restarts on the same port) is never another worker's pick.
  const sliceSize = Math.floor((outsideTo - outsideFrom + 1) / WORKER_SLICES);
  const worker = (Number(process.env.JEST_WORKER_ID ?? 1) - 1) % WORKER_SLICES;
  const [from, to] = [outsideFrom + worker * sliceSize, outsideFrom + (worker + 1) * sliceSize - 1];
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from + 1));
    if (!avoid.includes(port) && (await isFree(port))) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${from} and ${to}`);
}
