import fc from 'fast-check';
import { luhnCheckDigit, npiProblem } from './npi';

describe('npiProblem', () => {
  it.each([
    ['1234567893', null], // the CMS documentation's worked example
    ['1245319599', null],
    ['1003000126', null],
    ['1234567890', /check digit/],
    ['1245319590', /check digit/],
    ['123456789', /10 digits; this one has 9/],
    ['12345678931', /10 digits; this one has 11/],
    ['12345678a3', /digits only/],
    ['', /digits only/],
    ['１２３４５６７８９３', /digits only/], // full-width digits are not digits here
  ])('%j → %s', (npi, expected) => {
    const problem = npiProblem(npi);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('accepts exactly one check digit for any 9-digit payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (payload) => {
        const valid = [...'0123456789'].filter((digit) => npiProblem(payload + digit) === null);
        expect(valid).toEqual([String(luhnCheckDigit(`80840${payload}`))]);
      }),
      { numRuns: 1000 },
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (payload, position, shift) => {
        const npi = payload + luhnCheckDigit(`80840${payload}`);
        const typo = npi.slice(0, position) + ((Number(npi[position]) + shift) % 10) + npi.slice(position + 1);
        expect(npiProblem(typo)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
