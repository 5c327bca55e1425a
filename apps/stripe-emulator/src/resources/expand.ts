import { invalidRequest } from '../http/stripe-error';
import type { EmulatorState } from '../state/state';

type CollectionKey =
  | 'paymentIntents' | 'charges' | 'customers' | 'paymentMethods' | 'setupIntents' | 'accounts'
  | 'applicationFees' | 'transfers' | 'refunds' | 'disputes' | 'events' | 'checkoutSessions';

// Longest prefixes first, so `seti_` is not read as something else.
const PREFIXES: [string, CollectionKey][] = [
  ['cs_test_', 'checkoutSessions'],
  ['seti_', 'setupIntents'],
  ['acct_', 'accounts'],
  ['cus_', 'customers'],
  ['evt_', 'events'],
  ['fee_', 'applicationFees'],
  ['pi_', 'paymentIntents'],
  ['pm_', 'paymentMethods'],
  ['ch_', 'charges'],
  ['tr_', 'transfers'],
  ['re_', 'refunds'],
  ['dp_', 'disputes'],
];

/** Stripe allows expansions up to four levels deep. */
const MAX_DEPTH = 4;

function lookup(state: EmulatorState, id: string): unknown {
  const entry = PREFIXES.find(([prefix]) => id.startsWith(prefix));
  if (!entry) return undefined;
  const collection = state[entry[1]] as Record<string, { object: unknown }>;
  return Object.hasOwn(collection, id) ? collection[id].object : undefined;
}

/**
 * `expand[]=payment_intent.latest_charge`: replaces ids with the objects they name,
 * on a copy, so stored objects keep holding ids. Lists expand through `data.…`.
 */
export function expandResponse(state: EmulatorState, value: unknown, paths: readonly string[]): unknown {
  if (paths.length === 0) return value;
  const copy = structuredClone(value);
  for (const path of paths) {
    const parts = path.split('.');
    if (parts.length > MAX_DEPTH + (parts[0] === 'data' ? 1 : 0)) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`, { param: 'expand' });
    }
    expandPath(state, copy, parts, path);
  }
  return copy;
}

function expandPath(state: EmulatorState, target: unknown, parts: string[], fullPath: string): void {
  if (target === null || typeof target !== 'object') return;
  const [head, ...rest] = parts;
  const holder = target as Record<string, unknown>;
  if (!(head in holder)) throw invalidRequest(`This property cannot be expanded (${fullPath}).`, { param: 'expand' });
  const current = holder[head];
  if (typeof current === 'string') {
    const found = lookup(state, current);
    if (found === undefined) throw invalidRequest(`This property cannot be expanded (${fullPath}).`, { param: 'expand' });
    holder[head] = structuredClone(found);
  }
  if (rest.length === 0) return;
  const next = holder[head];
  if (Array.isArray(next)) next.forEach((item) => expandPath(state, item, rest, fullPath));
  else expandPath(state, next, rest, fullPath);
}
