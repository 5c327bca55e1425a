import { PER_USER_KEY_PREFIX } from '../auth/per-user-storage';
import type { IntakeDraft } from './intake-draft';

/** What survives a reload: the answers so far and the step the person was on. */
export interface StoredIntakeDraft {
  stepIndex: number;
  draft: IntakeDraft;
}

// sessionStorage, never localStorage: these are health answers, so they last only as
// long as the tab, and the key carries the account so nobody else's tab reads them.
// Under the per-user prefix, so logging out (or in as someone else) clears them.
const KEY_PREFIX = `${PER_USER_KEY_PREFIX}intake-draft.v1:`;

function storageKey(userId: string): string {
  return `${KEY_PREFIX}${userId}`;
}

export function loadStoredDraft(userId: string, defaults: IntakeDraft): StoredIntakeDraft | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredIntakeDraft>;
    if (!parsed || typeof parsed !== 'object' || !parsed.draft || typeof parsed.draft !== 'object') return null;
    const stepIndex = Number.isInteger(parsed.stepIndex) ? (parsed.stepIndex as number) : 0;
    // Fields added since the draft was saved take their defaults.
    return { stepIndex, draft: { ...defaults, ...parsed.draft, location: { ...defaults.location, ...parsed.draft.location } } };
  } catch {
    return null;
  }
}

export function saveStoredDraft(userId: string, stored: StoredIntakeDraft): void {
  try {
    window.sessionStorage.setItem(storageKey(userId), JSON.stringify(stored));
  } catch {
    // Storage full or blocked (private mode): the wizard still works, it just won't survive a reload.
  }
}

export function clearStoredDraft(userId: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(userId));
  } catch {
    // Nothing to clear.
  }
}
