/**
 * Why an NPI (US National Provider Identifier) is invalid, or null when valid.
 * An NPI is 10 digits whose last digit is a Luhn check digit computed over the
 * card-issuer prefix 80840 followed by the first 9 digits.
 */
export function npiProblem(npi: string): string | null {
  if (!/^\d+$/.test(npi)) return 'An NPI has digits only.';
  if (npi.length !== 10) return `An NPI has 10 digits; this one has ${npi.length}.`;
  if (luhnCheckDigit(`80840${npi.slice(0, 9)}`) !== Number(npi[9])) {
    return 'This NPI has a typo: its check digit does not match. Check it against your NPPES record.';
  }
  return null;
}

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting from the right of the payload (the check digit goes after it).
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}
