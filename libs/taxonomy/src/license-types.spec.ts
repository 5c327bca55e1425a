import { LICENSE_TYPES, findLicenseType, isLicenseTypeCode } from './license-types';

describe('license types', () => {
  it.each([
    'LCSW', 'LPC', 'LMFT', 'LMHC', 'LCPC', 'LPCC', 'PSYCHOLOGIST_PHD', 'PSYCHOLOGIST_PSYD', 'PSYCHIATRIST_MD',
    'PSYCHIATRIST_DO', 'PMHNP', 'LICSW', 'LISW', 'LCMHC', 'LP',
  ])('includes %s', (code) => {
    expect(isLicenseTypeCode(code)).toBe(true);
  });

  it('lets only psychiatrists and psychiatric nurse practitioners prescribe', () => {
    const prescribers = LICENSE_TYPES.filter((type) => type.canPrescribe).map((type) => type.code);
    expect(prescribers.sort()).toEqual(['PMHNP', 'PSYCHIATRIST_DO', 'PSYCHIATRIST_MD']);
  });

  it('names each license in full, with a profession', () => {
    expect(findLicenseType('LCSW')).toEqual({
      code: 'LCSW',
      name: 'Licensed Clinical Social Worker',
      abbreviation: 'LCSW',
      profession: 'Clinical social worker',
      canPrescribe: false,
    });
    const names = LICENSE_TYPES.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
    for (const type of LICENSE_TYPES) expect(type.profession.length).toBeGreaterThan(0);
  });
});
