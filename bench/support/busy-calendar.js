'use strict';
// A busy therapist's week, shared by the pure and the GraphQL benchmarks, so
// both measure the same kind of schedule.
const { addDays, localDateOf, localDateTimeToInstant, MS_PER_MINUTE, weekdayOf } = require('@rapport/domain');

const TIME_ZONE = 'America/New_York';
const WEEKDAYS = [1, 2, 3, 4, 5];
/** Mon–Fri 09:00–12:00 and 13:00–18:00. */
const WEEKLY_RULES = WEEKDAYS.flatMap((weekday) => [
  { weekday, startLocal: '09:00', endLocal: '12:00' },
  { weekday, startLocal: '13:00', endLocal: '18:00' },
]);
const SESSION_MINUTES = 50;
const SETTINGS = {
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 0,
  horizonDays: 90,
  maxSessionsPerDay: 6,
  slotStepMinutes: 15,
};
const BUSY_LENGTHS = [30, 50, 60, 60, 90, 120];

/** A small deterministic generator (LCG), so every run measures the same calendar. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` busy intervals spread evenly over the working days of the `days` local
 * dates after `from`, each starting on a quarter hour between 08:30 and 17:30
 * local time. Every third one is a booking (counts toward the daily cap).
 */
function busyIntervals({ from, days, count, timeZone = TIME_ZONE, seed = 42 }) {
  const random = seededRandom(seed);
  const firstDate = addDays(localDateOf(from, timeZone), 1);
  const workingDates = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(firstDate, offset);
    if (WEEKDAYS.includes(weekdayOf(date))) workingDates.push(date);
  }
  return Array.from({ length: count }, (_, index) => {
    const date = workingDates[Math.floor((index * workingDates.length) / count)];
    const startMinutes = 8 * 60 + 30 + 15 * Math.floor(random() * 37);
    const lengthMinutes = BUSY_LENGTHS[Math.floor(random() * BUSY_LENGTHS.length)];
    const start = localDateTimeToInstant(date, startMinutes, timeZone).instant;
    return { start, end: new Date(start.getTime() + lengthMinutes * MS_PER_MINUTE), countsTowardDailyCap: index % 3 === 0 };
  });
}

const icsStamp = (date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The intervals as an iCalendar file, UTC times, CRLF lines. */
function toIcs(intervals) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//availability bench//EN'];
  intervals.forEach((interval, index) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-busy-${index}@rapport.test`,
      `DTSTAMP:${icsStamp(interval.start)}`,
      `DTSTART:${icsStamp(interval.start)}`,
      `DTEND:${icsStamp(interval.end)}`,
      'SUMMARY:Busy',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

module.exports = { TIME_ZONE, WEEKLY_RULES, SESSION_MINUTES, SETTINGS, busyIntervals, toIcs };
