'use strict';
// Baselines for computeOpenSlots, measured in the same run so readers can compare.
const { addDays, localDateOf, localDay, MS_PER_DAY, MS_PER_MINUTE, parseLocalTime, weekdayOf } = require('@rapport/domain');

/**
 * The obvious engine: every local date, every window, every step, each candidate
 * checked against every busy interval (no merged, sorted timeline, no binary
 * search). Same expansion and rules as computeOpenSlots, so it finds the same
 * slots. Returns them with the number of candidate starts it looked at.
 */
function naiveOpenSlots(input) {
  const { settings, timeZone, busy } = input;
  const lower = Math.max(input.from.getTime(), input.now.getTime() + settings.minimumNoticeMinutes * MS_PER_MINUTE);
  const upper = Math.min(input.to.getTime(), input.now.getTime() + settings.horizonDays * MS_PER_DAY);
  const [before, after, duration] = [settings.bufferBeforeMinutes, settings.bufferAfterMinutes, input.durationMinutes].map((minutes) => minutes * MS_PER_MINUTE);
  const sessionsByDate = new Map();
  for (const interval of busy) {
    if (!interval.countsTowardDailyCap) continue;
    const date = localDateOf(new Date(interval.start.getTime() + before), timeZone);
    sessionsByDate.set(date, (sessionsByDate.get(date) ?? 0) + 1);
  }
  const slots = [];
  let candidates = 0;
  if (lower >= upper) return { slots, candidates };
  const lastDate = localDateOf(new Date(upper), timeZone);
  for (let date = localDateOf(new Date(lower), timeZone); date <= lastDate; date = addDays(date, 1)) {
    if (settings.maxSessionsPerDay !== null && (sessionsByDate.get(date) ?? 0) >= settings.maxSessionsPerDay) continue;
    const override = input.overrides.find((candidate) => candidate.date === date);
    const windows = override ? override.windows : input.rules.filter((rule) => rule.weekday === weekdayOf(date));
    const day = localDay(date, timeZone);
    for (const window of windows) {
      const [windowStart, windowEnd] = [parseLocalTime(window.startLocal), parseLocalTime(window.endLocal, { allowEndOfDay: true })];
      const windowEndsAt = day.toInstant(windowEnd).instant.getTime();
      for (let wall = windowStart; wall < windowEnd; wall += settings.slotStepMinutes) {
        candidates++;
        const { instant, exists } = day.toInstant(wall);
        const start = instant.getTime();
        const end = start + duration;
        if (!exists || end > windowEndsAt || start < lower || start >= upper) continue;
        const clashes = busy.some((interval) => start - before < interval.end.getTime() && interval.start.getTime() < end + after);
        if (!clashes) slots.push({ start: new Date(start), end: new Date(end) });
      }
    }
  }
  return { slots, candidates };
}

/**
 * A floor, not an engine: build `count` candidate [start, end) Date pairs on a
 * fixed step, with no zone, window or busy logic at all.
 */
function dateMathFloor({ from, count, stepMinutes, durationMinutes }) {
  const [base, step, duration] = [from.getTime(), stepMinutes * MS_PER_MINUTE, durationMinutes * MS_PER_MINUTE];
  const slots = [];
  for (let index = 0; index < count; index++) {
    const start = new Date(base + index * step);
    slots.push({ start, end: new Date(start.getTime() + duration) });
  }
  return slots;
}

module.exports = { naiveOpenSlots, dateMathFloor };
