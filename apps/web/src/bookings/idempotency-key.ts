/**
 * A fresh request key for one booking attempt. The page makes it once per attempt,
 * so a double click (or a retry after a lost answer) is the same hold on the server.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
