import { z } from 'zod';
import { invalidRequest, noSuchObject, noSuchReference } from '../http/stripe-error';
import { expandParam, hash, integer, optional, parseParams, text } from '../http/params';
import type { Route } from '../http/route';
import type { EmulatorState, Row } from '../state/state';

/** The pagination params every list endpoint takes. */
export const paginationParams = {
  limit: optional(integer().refine((value) => value >= 1 && value <= 100, { error: 'Invalid limit: must be between 1 and 100' })),
  starting_after: optional(text()),
  ending_before: optional(text()),
};

export interface Pagination {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/** Newest first, as Stripe lists, with cursor pagination by id. */
export function paginate<T extends { id: string }>(rows: Row<T>[], page: Pagination, url: string): ListObject<T> {
  const ordered = [...rows].sort((a, b) => b.seq - a.seq).map((row) => row.object);
  const limit = page.limit ?? 10;
  let start = 0;
  let end = ordered.length;
  if (page.starting_after) {
    const index = ordered.findIndex((item) => item.id === page.starting_after);
    if (index === -1) throw invalidRequest(`No such object: '${page.starting_after}'`, { param: 'starting_after', code: 'resource_missing' });
    start = index + 1;
  } else if (page.ending_before) {
    const index = ordered.findIndex((item) => item.id === page.ending_before);
    if (index === -1) throw invalidRequest(`No such object: '${page.ending_before}'`, { param: 'ending_before', code: 'resource_missing' });
    end = index;
    start = Math.max(0, end - limit);
  }
  const data = ordered.slice(start, Math.min(end, start + limit));
  const hasMore = page.ending_before ? start > 0 : start + data.length < end;
  return { object: 'list', data, has_more: hasMore, url };
}

/** A path object (`/v1/charges/:id`): 404 when missing. */
export function findOrThrow<R>(collection: Record<string, R>, id: string, objectName: string): R {
  const row = Object.hasOwn(collection, id) ? collection[id] : undefined;
  if (!row) throw noSuchObject(objectName, id);
  return row;
}

/** An id given in a parameter: 400 naming the parameter when missing. */
export function findReference<R>(collection: Record<string, R>, id: string, objectName: string, param: string): R {
  const row = Object.hasOwn(collection, id) ? collection[id] : undefined;
  if (!row) throw noSuchReference(objectName, id, param);
  return row;
}

/** `created[gte]=…` or `created=…` filters on list endpoints. */
export const createdFilter = optional(
  z.union([
    integer(),
    z.strictObject({ gt: optional(integer()), gte: optional(integer()), lt: optional(integer()), lte: optional(integer()) }),
  ]),
);

export function matchesCreated(created: number, filter: z.output<typeof createdFilter>): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'number') return created === filter;
  return (
    (filter.gt === undefined || created > filter.gt) &&
    (filter.gte === undefined || created >= filter.gte) &&
    (filter.lt === undefined || created < filter.lt) &&
    (filter.lte === undefined || created <= filter.lte)
  );
}

type CollectionName = { [K in keyof EmulatorState]: EmulatorState[K] extends Record<string, Row<unknown>> ? K : never }[keyof EmulatorState];

/** `GET /v1/<things>/:id`: the stored object, or Stripe's 404. */
export function retrieveRoute(pattern: string, collection: CollectionName, objectName: string): Route {
  return {
    method: 'GET',
    pattern,
    handle: (context, request) => findOrThrow(context.state[collection] as Record<string, Row<unknown>>, request.path.id, objectName).object,
  };
}

const recentListParams = hash({ created: createdFilter, ...paginationParams, expand: expandParam() });

/**
 * `GET /v1/<things>`: newest first, filtered by `created` (what a
 * reconciliation job asks: everything of a kind made within a window).
 */
export function recentListRoute(pattern: string, collection: 'paymentIntents' | 'refunds' | 'disputes' | 'charges'): Route {
  return {
    method: 'GET',
    pattern,
    acceptsQuery: true,
    handle: (context, request) => {
      const params = parseParams(recentListParams, request.params);
      const rows = (Object.values(context.state[collection]) as Row<{ id: string; created: number }>[]).filter((row) => matchesCreated(row.object.created, params.created));
      return paginate(rows, params, pattern);
    },
  };
}
