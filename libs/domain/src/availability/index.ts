export * from './availability.types';
export * from './availability-bounds';
export { clampRange, horizonEndOf } from './clamp-range';
export { computeOpenSlots } from './compute-open-slots';
export { validateDateOverrides, validateSlotSettings, validateWeeklyRules, validateWindows } from './validate-availability';
