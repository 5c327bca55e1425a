import { planAdminProvisioning } from './admin-provisioning';

describe('planAdminProvisioning', () => {
  it.each([
    ['no account yet', null, false, { kind: 'create' }],
    ['no account yet, promotion allowed', null, true, { kind: 'create' }],
    ['an admin with that password', { role: 'ADMIN', passwordMatches: true }, false, { kind: 'unchanged' }],
    ['an admin with another password', { role: 'ADMIN', passwordMatches: false }, false, { kind: 'reset-password' }],
    ['a client, no promotion asked', { role: 'CLIENT', passwordMatches: true }, false, { kind: 'refuse', role: 'CLIENT' }],
    ['a therapist, no promotion asked', { role: 'THERAPIST', passwordMatches: false }, false, { kind: 'refuse', role: 'THERAPIST' }],
    ['a therapist, promotion asked', { role: 'THERAPIST', passwordMatches: false }, true, { kind: 'promote', from: 'THERAPIST' }],
    ['a client, promotion asked', { role: 'CLIENT', passwordMatches: true }, true, { kind: 'promote', from: 'CLIENT' }],
  ] as const)('%s', (_case, existing, promoteExisting, expected) => {
    expect(planAdminProvisioning(existing, { promoteExisting })).toEqual(expected);
  });
});
