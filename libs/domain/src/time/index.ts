// The one date wrapper: instants are UTC `Date`s, zones IANA names, local dates
// 'YYYY-MM-DD', local times 'HH:mm' or minutes since midnight.
export * from './local-date';
export * from './local-time';
export * from './zone';
