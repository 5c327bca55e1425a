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
// A new tab or device reads the server's copy (myIntakeDraft, kept encrypted),
// which the wizard saves as the client goes.
const KEY_PREFIX = `${PER_USER_KEY_PREFIX}intake-draft.v1:`;

function storageKey(userId: string): string {
  return `${KEY_PREFIX}${userId}`;
}

export function loadStoredDraft(userId: string, defaults: IntakeDraft): StoredIntakeDraft | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredIntakeDraft>;
    if (!parsed || typeof parsed !== 'object') return null;
    return withDefaults(parsed.draft, parsed.stepIndex, defaults);
  } catch {
    return null;
  }
}

/** The draft kept on the server (another tab or device wrote it), read like the tab's own. */
export function draftFromServer(server: { answers: string; stepIndex: number }, defaults: IntakeDraft): StoredIntakeDraft | null {
  try {
    return withDefaults(JSON.parse(server.answers) as unknown, server.stepIndex, defaults);
  } catch {
    return null; // Not readable by this version of the form: start from the defaults instead.
  }
}

/** What the server keeps: the answers as this form holds them. */
export function draftForServer(stored: StoredIntakeDraft): { answers: string; stepIndex: number } {
  return { answers: JSON.stringify(stored.draft), stepIndex: stored.stepIndex };
}

function withDefaults(draft: unknown, stepIndex: unknown, defaults: IntakeDraft): StoredIntakeDraft | null {
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return null;
  const answers = draft as Partial<IntakeDraft>;
  // Fields added since the draft was saved take their defaults.
  return {
    stepIndex: Number.isInteger(stepIndex) ? (stepIndex as number) : 0,
    draft: { ...defaults, ...answers, location: { ...defaults.location, ...answers.location } },
  };
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
