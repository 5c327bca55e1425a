import { luhnCheckDigit } from '../../libs/domain/src/licensing/npi';

/** A valid NPI for a 9-digit payload (its check digit appended). */
export function validNpi(payload = '123456789'): string {
  return payload + luhnCheckDigit(`80840${payload}`);
}
