'use strict';
// Part 1: the pure slot engine against two baselines, in this process, before
// any server starts (so nothing else competes for the CPU).
const { computeOpenSlots, MS_PER_DAY } = require('@rapport/domain');
const { busyIntervals, SESSION_MINUTES, SETTINGS, TIME_ZONE, WEEKLY_RULES } = require('../support/busy-calendar');
const { dateMathFloor, naiveOpenSlots } = require('../support/naive-slots');
const { measureSync } = require('../support/stats');
const { row } = require('../support/table');

// Monday 2 March 2026, noon UTC: both ranges cross the US spring-forward (8 March).
const NOW = new Date('2026-03-02T12:00:00Z');
const RANGES = [
  { label: '4 wk', days: 28 },
  { label: '12 wk', days: 84 },
];
const BUSY_COUNT = 40;
const RUN = { warmup: 200, iterations: 2_000, budgetMs: 4_000 };

function scenario(days) {
  return {
    now: NOW,
    timeZone: TIME_ZONE,
    rules: WEEKLY_RULES,
    overrides: [],
    // The bench's horizon must not clamp a 12-week range.
    settings: { ...SETTINGS, horizonDays: 366 },
    busy: busyIntervals({ from: NOW, days, count: BUSY_COUNT }),
    durationMinutes: SESSION_MINUTES,
    from: NOW,
    to: new Date(NOW.getTime() + days * MS_PER_DAY),
  };
}

const sameStarts = (a, b) => a.length === b.length && a.every((slot, index) => slot.start.getTime() === b[index].start.getTime());

/** Rows for the table, plus notes on what each baseline did. */
function benchEngine({ progress }) {
  const rows = [];
  const notes = [];
  for (const range of RANGES) {
    const input = scenario(range.days);
    progress(`engine: ${range.label}`);
    const engine = measureSync(() => computeOpenSlots(input), RUN);
    const naive = measureSync(() => naiveOpenSlots(input), RUN);
    const { candidates } = naive.result;
    const floor = measureSync(() => dateMathFloor({ from: NOW, count: candidates, stepMinutes: SETTINGS.slotStepMinutes, durationMinutes: SESSION_MINUTES }), RUN);
    const agrees = sameStarts(engine.result, naive.result.slots);
    rows.push(
      row('computeOpenSlots', range.label, engine, { slots: engine.result.length }),
      row('naive: every busy per candidate', range.label, naive, { slots: naive.result.slots.length }),
      row('floor: Date math per candidate', range.label, floor, { slots: floor.result.length }),
    );
    notes.push(
      `${range.label}: ${BUSY_COUNT} busy intervals, ${candidates} candidate starts; naive slots ${agrees ? 'match' : 'DIFFER FROM'} computeOpenSlots`,
    );
  }
  return { rows, notes };
}

module.exports = { benchEngine };
