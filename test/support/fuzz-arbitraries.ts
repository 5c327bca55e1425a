import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Ids of real rows, so some fuzzed calls get past "not found" into deeper code. */
export interface KnownIds {
  ids: string[];
}

const SQL_ISH = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1) UNION SELECT password_hash FROM users --',
  "\\'; select pg_sleep(5); --",
  '%_%',
  '$1',
  '?',
  '::text',
];
const WEIRD = ['', ' ', '\u0000', 'a\u0000b', '\uD800', '\uFFFF', '🧠💬', 'ʻŌlelo', 'ﷺ', '\u202Eevil', '<script>alert(1)</script>', '{{7*7}}', '../../etc/passwd', 'null', 'undefined', 'NaN', '-0', '1e309'];
const ZONES = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Moon/Base', 'Etc/GMT+14', 'EST5EDT', '+05:30', 'america/new_york'];
const DATES = ['2026-03-02', '2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '20260302', 'yesterday', '2026-03-02T10:00:00Z'];
const INSTANTS = [
  '2026-03-02T12:00:00.000Z',
  '2026-03-05T09:00:00-05:00',
  '1970-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '2026-03-08T02:30:00',
  'not a date',
  '',
];
// Only loopback and invalid addresses: the fuzzer must never make the server fetch from the network.
const URLS = ['http://127.0.0.1:9/cal.ics', 'webcal://localhost/cal.ics', 'https://[::1]:1/x.ics', 'http://localhost.', 'ftp://127.0.0.1/x', 'not a url', 'javascript:alert(1)', 'http://', '//127.0.0.1/'];
const LOCAL_TIMES = ['09:00', '17:30', '24:00', '00:00', '23:59', '9:00', '12:60', '-01:00', '99:99'];
const CODES = ['NY', 'CA', 'XX', 'OCD', 'CBT', 'en', 'LPC', 'ADULTS', 'VIDEO', 'INDIVIDUAL'];
const ICS = [
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260303T140000Z\r\nDTEND:20260303T150000Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=1\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20260303T090000\r\nDTEND:20260303T100000\r\nEND:VEVENT\r\nEND:VCALENDAR',
  'BEGIN:VCALENDAR\r\n' + 'BEGIN:VEVENT\r\n'.repeat(500) + 'END:VCALENDAR',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:99999999T999999Z\r\nRRULE:FREQ=SECONDLY;COUNT=999999999\r\nEND:VEVENT\r\nEND:VCALENDAR',
];

/** Strings a careless server mishandles: huge, control characters, lone surrogates, SQL-ish, markup. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL_ISH, ...WEIRD) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '🧠', "'", '\u0000'), fc.integer({ min: 1_000, max: 40_000 })).map(([unit, count]) => unit.repeat(count)) },
);

/** Not a value of the declared type at all: objects nested deep, arrays, numbers where strings go. */
const wrongShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 'deep')),
  fc.integer({ min: 1, max: 300 }).map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 1)),
  fc.constantFrom<unknown>({}, [], true, 1.5, -1, 2 ** 53, '12', { __proto__: { admin: true } }),
);

const pick = (values: string[], hostile: boolean) =>
  hostile ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileString }) : fc.constantFrom(...values);
const PLAIN_TEXT = ['Dr. Ada Quill', 'Anxiety and panic', 'Talk therapy for adults', 'Weekly session', 'Because I moved states', 'a'.repeat(120)];

function stringFor(name: string, hostile: boolean): fc.Arbitrary<string> {
  if (/zone/i.test(name)) return pick(ZONES, hostile);
  if (/url/i.test(name)) return fc.constantFrom(...URLS); // never hostileString: it could spell a public URL
  if (/ics/i.test(name)) return pick(ICS, hostile);
  if (/local$|Local$/.test(name)) return pick(LOCAL_TIMES, hostile);
  if (/date|On$/i.test(name)) return pick(DATES, hostile);
  if (/email/i.test(name)) return hostile ? fc.oneof(fc.emailAddress(), hostileString) : fc.emailAddress();
  if (/password/i.test(name)) return hostile ? fc.oneof(fc.constant('quiet-river-stones'), hostileString) : fc.constant('quiet-river-stones');
  const cursor = fc.integer({ min: -5, max: 1_000 }).map((offset) => Buffer.from(JSON.stringify({ offset })).toString('base64url'));
  if (/after|cursor/i.test(name)) return hostile ? fc.oneof(cursor, hostileString) : cursor;
  return hostile ? fc.oneof({ weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom(...CODES) }) : fc.constantFrom(...CODES, ...PLAIN_TEXT);
}

function scalarFor(type: GraphQLNamedType, name: string, known: KnownIds, hostile: boolean): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      if (!hostile) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.ids) }, { weight: 1, arbitrary: fc.uuid() });
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 2, arbitrary: hostileString });
    case 'Int':
      if (!hostile) return fc.integer({ min: 0, max: 200 });
      return fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -5, max: 100 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e15));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 90.0000001, -180.5));
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constant('true'));
    case 'DateTime':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -40, max: 400 }).map((days) => new Date(Date.UTC(2026, 2, 2) + days * 86_400_000).toISOString()) },
        { weight: 2, arbitrary: fc.constantFrom(...INSTANTS) },
        { weight: hostile ? 1 : 0, arbitrary: fc.oneof(fc.integer(), hostileString) },
      );
    default:
      return stringFor(name, hostile);
  }
}

function valueFor(type: GraphQLInputType, name: string, known: KnownIds, depth: number, hostile: boolean): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = valueFor(type.ofType, name, known, depth, hostile);
    return hostile ? fc.oneof({ weight: 15, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }) : value;
  }
  const plain = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = valueFor(type.ofType, name, known, depth + 1, hostile);
      if (!hostile) return fc.array(item, { maxLength: 4 });
      return fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 40, maxLength: 120 }) }, { weight: 1, arbitrary: item });
    }
    if (isEnumType(type) && !hostile) return fc.constantFrom(...type.getValues().map((value) => value.name));
    if (isEnumType(type)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: hostileString });
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, known, depth + 1, hostile)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      });
    }
    if (isScalarType(type)) return scalarFor(type, name, known, hostile);
    return fc.constant(null);
  })();
  if (!hostile) return plain;
  return fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: wrongShape }, { weight: 1, arbitrary: fc.constant(null) });
}

/**
 * Variables for every argument of a field. Half the calls are plausible
 * throughout (so they get past validation into services and SQL); the other
 * half mix in hostile values, nulls and values of the wrong shape.
 */
export function argumentsFor(args: readonly GraphQLArgument[], known: KnownIds): fc.Arbitrary<Record<string, unknown>> {
  const variables = (hostile: boolean) =>
    fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name, known, 0, hostile)])), {
      requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
    });
  return fc.oneof(variables(false), variables(true));
}
