// The same check as libs/domain/src/licensing/npi.ts, so a typo shows while typing.
// The web app cannot depend on @rapport/domain (it builds to CommonJS with luxon);
// the API still checks every NPI.

/** Why an NPI is invalid, or null when it is valid (or empty: the NPI is optional). */
export function npiHint(input: string): string | null {
  const npi = input.replace(/[\s-]/g, '');
  if (npi === '') return null;
  if (!/^\d+$/.test(npi)) return 'An NPI has digits only.';
  if (npi.length !== 10) return `An NPI has 10 digits; this one has ${npi.length}.`;
  if (luhnCheckDigit(`80840${npi.slice(0, 9)}`) !== Number(npi[9])) {
    return 'This NPI has a typo: its check digit does not match. Check it against your NPPES record.';
  }
  return null;
}

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}
