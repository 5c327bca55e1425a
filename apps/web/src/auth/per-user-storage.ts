/**
 * Per-user state kept in the browser lives under keys starting with this prefix
 * (e.g. the intake draft), so one call can drop all of it when the session changes.
 */
export const PER_USER_KEY_PREFIX = 'rapport.';

/** Removes every per-user key from sessionStorage and localStorage: nothing outlives its session. */
export function clearPerUserStorage(): void {
  for (const storage of storages()) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key !== null && key.startsWith(PER_USER_KEY_PREFIX),
    );
    for (const key of keys) storage.removeItem(key);
  }
}

function storages(): Storage[] {
  try {
    return [window.sessionStorage, window.localStorage];
  } catch {
    return []; // Storage blocked (some private modes): there is nothing to clear.
  }
}
