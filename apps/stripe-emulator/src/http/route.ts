import { decode, type FormObject } from './form';
import type { Context } from '../state/context';

export interface RouteRequest {
  /** Path parameters, e.g. `{ id: 'pi_…' }`. */
  path: Record<string, string>;
  /** Body params (POST) or query params (GET), decoded from bracket notation. */
  params: FormObject;
  /** The connected account named by the Stripe-Account header (only on routes that accept it). */
  account?: string;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** e.g. `/v1/payment_intents/:id/confirm` */
  pattern: string;
  /** GET routes that take query params (lists) parse them; others refuse any. */
  acceptsQuery?: boolean;
  /** Answers for a connected account named by the Stripe-Account header; every other route refuses the header. */
  connectedAccount?: boolean;
  /** Runs synchronously inside one state mutation; returns the Stripe object to answer. */
  handle(context: Context, request: RouteRequest): unknown;
}

export interface MatchedRoute {
  route: Route;
  path: Record<string, string>;
}

/** `/v1/charges/:id` against `/v1/charges/ch_1` → `{ id: 'ch_1' }`; undefined when it does not fit. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const segments = pathname.split('/').filter(Boolean);
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const path: Record<string, string> = {};
  for (let index = 0; index < parts.length; index += 1) {
    if (parts[index].startsWith(':')) path[parts[index].slice(1)] = decode(segments[index]);
    else if (parts[index] !== segments[index]) return undefined;
  }
  return path;
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): MatchedRoute | 'method_not_allowed' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const path = matchPattern(route.pattern, pathname);
    if (!path) continue;
    pathMatched = true;
    if (route.method === method) return { route, path };
  }
  return pathMatched ? 'method_not_allowed' : undefined;
}
