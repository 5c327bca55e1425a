import { useEffect, useMemo, useRef } from 'react';
import { useMutation } from 'urql';
import { saveIntakeDraftMutation } from './intake.operations';
import { draftForServer, type StoredIntakeDraft } from './intake-storage';

/** How long typing must pause before the answers are sent: a save per pause, not per key. */
export const DRAFT_SAVE_DELAY_MS = 800;

export interface ServerDraft {
  /** Sends these answers once typing pauses (the first, unchanged state is never sent). */
  save(stored: StoredIntakeDraft): void;
  /** Drops a waiting save and sends no more (while submitting). */
  stop(): void;
  /** Saves again after a submit that failed. */
  resume(): void;
}

/**
 * Keeps the client's unfinished intake on the server (encrypted there), debounced.
 * Opening the wizard saves nothing until an answer or the step changes, so merely
 * looking at a finished intake leaves no draft behind. A failed save is not shown:
 * the tab still holds every answer, and the next pause tries again.
 */
export function useServerDraft(initial: StoredIntakeDraft): ServerDraft {
  const [, saveDraft] = useMutation(saveIntakeDraftMutation);
  // Read through a ref: the returned object stays the same for the wizard's life, so an
  // effect that depends on it runs only when the answers change (not on log-out, when
  // a rerun would write the answers back into the tab's storage).
  const send = useRef(saveDraft);
  send.current = saveDraft;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  const initialText = useRef(JSON.stringify(draftForServer(initial)));

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return useMemo<ServerDraft>(() => {
    const cancel = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    return {
      save(stored) {
        const input = draftForServer(stored);
        if (stopped.current || JSON.stringify(input) === initialText.current) return;
        initialText.current = ''; // changed once: every later state is worth keeping
        cancel();
        timer.current = setTimeout(() => {
          timer.current = null;
          if (!stopped.current) void send.current({ input });
        }, DRAFT_SAVE_DELAY_MS);
      },
      stop() {
        stopped.current = true;
        cancel();
      },
      resume() {
        stopped.current = false;
      },
    };
  }, []);
}
