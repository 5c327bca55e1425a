import { PASSWORD_MIN_LENGTH } from '@rapport/domain/password-policy';

// Quick checks in the browser so obvious slips are caught before a round trip.
// The API stays the authority (its policy also rejects common passwords).

export function validateEmail(value: string): string | null {
  return /^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter an email address, like name@example.com.';
}

export function validateNewPassword(value: string): string | null {
  return value.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
}

export function validateRequired(label: string) {
  return (value: string): string | null => (value.trim() ? null : `Enter your ${label}.`);
}
