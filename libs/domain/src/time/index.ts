// The one date wrapper: instants are UTC `Date`s, zones IANA names, local dates
// 'YYYY-MM-DD', local times 'HH:mm' or minutes since midnight. The web app imports
// it as `@rapport/domain/time`; only zone.ts (and display.ts through it) uses luxon.
export * from './local-date';
export * from './local-time';
export * from './zone';
export * from './duration';
export * from './display';
export * from './instant-text';
