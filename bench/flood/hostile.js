'use strict';
// What the flood sends: expensive public queries, queries stuffed past the
// GraphQL limits, and hostile calendar files.
const { MS_PER_DAY } = require('@rapport/domain');
const { toIcs } = require('../support/busy-calendar');

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total items { therapist { id displayName } score nextSlots { startsAt } } facets { concern { value count } } } }`;
const SLOTS = `query ($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!) {
  availableSlots(therapistId: $t, sessionTypeId: $s, from: $from, to: $to, timeZone: "America/Chicago") { slots { startsAt } } }`;
const NEXT = `query ($ids: [ID!]!) { nextSlots(therapistIds: $ids, timeZone: "UTC", count: 3) { therapistId slots { startsAt } } }`;

/** The three expensive anonymous queries, in turn. */
function expensiveQueries(therapists) {
  const from = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const to = new Date(from.getTime() + 28 * MS_PER_DAY);
  return [
    { query: SEARCH, variables: { input: { jurisdiction: 'NY', timeZone: 'America/New_York', first: 20 } } },
    { query: SLOTS, variables: { t: therapists[0].profileId, s: therapists[0].sessionTypeId, from: from.toISOString(), to: to.toISOString() } },
    { query: NEXT, variables: { ids: therapists.map((therapist) => therapist.profileId) } },
  ];
}

const times = (count, make) => Array.from({ length: count }, (_, index) => make(index)).join(' ');

/** Queries that try to multiply work inside one request; the limits must refuse each before it runs. */
const STUFFED = [
  { name: '200 aliased searches', query: `{ ${times(200, (i) => `s${i}: searchTherapists(input: { jurisdiction: "NY", timeZone: "UTC" }) { total }`)} }` },
  { name: '60 aliased nextSlots', query: `{ ${times(60, (i) => `n${i}: nextSlots(therapistIds: [], timeZone: "UTC") { therapistId }`)} }` },
  { name: '3,000 fields', query: `{ me { ${'id '.repeat(3_000)} } }` },
  { name: 'deep __type', query: `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } } } }` },
];

function icsStamp(date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Hostile .ics uploads a therapist could send, each under the 1 MB body limit. */
function hostileCalendars() {
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + MS_PER_DAY);
  const many = Array.from({ length: 6_000 }, (_, index) => {
    const from = new Date(start.getTime() + (index % 2_000) * 1_800_000);
    return { start: from, end: new Date(from.getTime() + 1_800_000) };
  });
  const recurring = (rule) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:flood@rapport.test', `DTSTAMP:${icsStamp(start)}`, `DTSTART:${icsStamp(start)}`,
      `DTEND:${icsStamp(new Date(start.getTime() + 60_000))}`, `RRULE:${rule}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const padded = toIcs(many.slice(0, 2_500)).replace(/SUMMARY:Busy/g, `SUMMARY:${'x'.repeat(250)}`);
  return [
    { name: '6,000 events', icsText: toIcs(many) },
    { name: '~1 MB file', icsText: padded.slice(0, 990_000).replace(/BEGIN:VEVENT(?![\s\S]*END:VEVENT)[\s\S]*$/, 'END:VCALENDAR\r\n') },
    { name: 'RRULE every minute', icsText: recurring('FREQ=MINUTELY;INTERVAL=1') },
    { name: 'RRULE every second', icsText: recurring('FREQ=SECONDLY;INTERVAL=1') },
  ];
}

module.exports = { expensiveQueries, STUFFED, hostileCalendars };
