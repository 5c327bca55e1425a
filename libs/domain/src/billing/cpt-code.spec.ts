import { cptCodeOf, defaultCptCode } from './cpt-code';

describe('defaultCptCode', () => {
  it.each([
    ['INTAKE', 60, '90791'],
    ['INTAKE', 45, '90791'],
    ['INDIVIDUAL', 15, null],
    ['INDIVIDUAL', 16, '90832'],
    ['INDIVIDUAL', 30, '90832'],
    ['INDIVIDUAL', 37, '90832'],
    ['INDIVIDUAL', 38, '90834'],
    ['INDIVIDUAL', 45, '90834'],
    ['INDIVIDUAL', 50, '90834'],
    ['INDIVIDUAL', 52, '90834'],
    ['INDIVIDUAL', 53, '90837'],
    ['INDIVIDUAL', 60, '90837'],
    ['INDIVIDUAL', 90, '90837'],
    ['COUPLES', 50, '90847'],
    ['FAMILY', 80, '90847'],
    ['CONSULTATION', 15, null],
    ['CONSULTATION', 30, '90832'],
  ] as const)('%s of %i minutes → %s', (kind, minutes, code) => {
    expect(defaultCptCode(kind, minutes)).toBe(code);
  });

  it("prefers the therapist's own code", () => {
    expect(cptCodeOf({ cptCode: '90839', kind: 'INDIVIDUAL', durationMinutes: 60 })).toBe('90839');
    expect(cptCodeOf({ cptCode: null, kind: 'INDIVIDUAL', durationMinutes: 60 })).toBe('90837');
  });
});
