import { deriveProfileStatus, LicenseFacts } from './profile-status';

const TODAY = '2026-11-25';
const license = (status: LicenseFacts['status'], expiresOn = '2027-06-30'): LicenseFacts => ({ status, expiresOn });

describe('deriveProfileStatus', () => {
  it.each([
    ['no licenses', false, [], 'DRAFT'],
    ['a submitted license', false, [license('SUBMITTED')], 'PENDING_REVIEW'],
    ['a verified license', false, [license('VERIFIED')], 'ACTIVE'],
    ['a verified license expiring today', false, [license('VERIFIED', TODAY)], 'ACTIVE'],
    ['a verified license that expired yesterday', false, [license('VERIFIED', '2026-11-24')], 'DRAFT'],
    ['an expired and a submitted license', false, [license('EXPIRED', '2026-01-01'), license('SUBMITTED')], 'PENDING_REVIEW'],
    ['only a rejected license', false, [license('REJECTED')], 'DRAFT'],
    ['a rejected and a verified license', false, [license('REJECTED'), license('VERIFIED')], 'ACTIVE'],
    ['a submitted license already past its expiry', false, [license('SUBMITTED', '2026-01-01')], 'DRAFT'],
    ['suspension, whatever the licenses', true, [license('VERIFIED')], 'SUSPENDED'],
  ] as const)('%s → %s', (_case, suspended, licenses, expected) => {
    expect(deriveProfileStatus({ suspended, licenses: [...licenses], today: TODAY })).toBe(expected);
  });
});
