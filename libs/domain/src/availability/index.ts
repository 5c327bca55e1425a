export * from './availability.types';
export * from './availability-bounds';
export { clampRange, horizonEndOf, MAX_SLOT_RANGE_DAYS, slotRangeProblem } from './clamp-range';
export { computeOpenSlots } from './compute-open-slots';
export { validateDateOverrides, validateSlotSettings, validateWeeklyRules, validateWindows } from './validate-availability';
