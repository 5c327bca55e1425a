import { z } from 'zod';
import type { FormObject } from './form';
import { invalidRequest, missingParam, unknownParam, type StripeApiError } from './stripe-error';

/**
 * Parameter schemas in Stripe's terms. Every value arrives as a string; an empty
 * string means "unset" (Stripe's way to clear a field), so optional params treat
 * it as absent. Objects are strict: an unknown parameter is refused by name, as
 * Stripe does, so a call the emulator does not understand fails loudly.
 */
const invalid = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? undefined : `Invalid ${what}: ${String(issue.input)}`;

export const text = () => z.string({ error: invalid('string') }).min(1, { error: 'This value must not be empty.' });

/** An absolute http(s) URL; Checkout's `{CHECKOUT_SESSION_ID}` placeholder is allowed. */
export const url = () =>
  text().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value.replace(/\{CHECKOUT_SESSION_ID\}/g, 'x')), { error: 'Not a valid URL' });

export const integer = () =>
  z
    .string({ error: invalid('integer') })
    .regex(/^-?\d+$/, { error: invalid('integer') })
    .transform(Number);

export const nonNegativeInteger = () =>
  integer().refine((value) => value >= 0, { error: 'This value must be greater than or equal to 0.' });

export const boolean = () =>
  z.enum(['true', 'false'], { error: invalid('boolean') }).transform((value) => value === 'true');

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? undefined : `Invalid value: must be one of ${values.join(', ')}`) });

export const currency = () =>
  z
    .string({ error: invalid('currency') })
    .regex(/^[a-zA-Z]{3}$/, { error: (issue) => `Invalid currency: ${String(issue.input)}. Stripe currently supports these currencies: usd, eur, gbp, cad, …` })
    .transform((value) => value.toLowerCase());

/** `metadata[key]=value`; an empty value deletes that key; `metadata=` clears them all. */
export const metadata = () =>
  z.union([z.literal(''), z.record(z.string().max(40, { error: 'Metadata keys must be at most 40 characters.' }), z.string().max(500, { error: 'Metadata values must be at most 500 characters.' }))], {
    error: 'Invalid metadata: expected a hash of keys and values.',
  });

export const list = <T extends z.ZodType>(item: T) => z.array(item, { error: invalid('array') });

export const hash = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: invalid('hash') });

export const expandParam = () => list(text()).optional();

/** Makes every optional param treat "" as absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Parses a request's params, or throws the error Stripe would give, naming the param. */
export function parseParams<T extends z.ZodType>(schema: T, params: FormObject): z.output<T> {
  const result = schema.safeParse(params, { reportInput: true });
  if (result.success) return result.data;
  throw toStripeError(result.error.issues);
}

function toStripeError(issues: z.core.$ZodIssue[]): StripeApiError {
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown && unknown.code === 'unrecognized_keys') return unknownParam(bracketPath([...unknown.path, unknown.keys[0]]));
  const missing = issues.find((issue) => issue.code === 'invalid_type' && issue.input === undefined);
  if (missing) return missingParam(bracketPath(missing.path));
  const first = issues[0];
  const param = bracketPath(first.path);
  if (first.input === '') {
    return invalidRequest(
      `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
      { param, code: 'parameter_invalid_empty' },
    );
  }
  return invalidRequest(first.message, { param });
}

/** ['line_items', 0, 'price_data'] → `line_items[0][price_data]` */
export function bracketPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return (head ?? '') + rest.map((part) => `[${part}]`).join('');
}

/** Applies a metadata update the way Stripe merges it. */
export function mergeMetadata(current: Record<string, string>, update: '' | Record<string, string> | undefined): Record<string, string> {
  if (update === undefined) return current;
  if (update === '') return {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
