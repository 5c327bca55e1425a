// Pure decisions, no framework and no I/O. Each area is a folder; its public
// surface is re-exported here.
export * from './money';
export * from './time';
export * from './availability';
export * from './auth/password-policy';
export * from './auth/session-standing';
export * from './auth/admin-provisioning';
export * from './licensing/npi';
export * from './licensing/profile-status';
export * from './screeners';
export * from './matching';
export * from './bookings';
export * from './billing/cpt-code';
export * from './shared-strings';
