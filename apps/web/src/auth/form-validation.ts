// Quick checks in the browser so obvious slips are caught before a round trip.
// The API stays the authority (it also rejects common passwords).
export const MIN_PASSWORD_LENGTH = 10;

export function validateEmail(value: string): string | null {
  return /^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter an email address, like name@example.com.';
}

export function validateNewPassword(value: string): string | null {
  return value.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
}

export function validateRequired(label: string) {
  return (value: string): string | null => (value.trim() ? null : `Enter your ${label}.`);
}
