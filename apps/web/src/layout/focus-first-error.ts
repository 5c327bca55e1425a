import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * After a failed submit, moves focus to the first field showing an error (or, failing
 * that, to `fallback`, e.g. the form's error alert), so keyboard and screen-reader users
 * land on what needs fixing.
 *
 * The returned function only asks for the move; the move happens in an effect of the
 * render that commits the request. A request made beside `setErrors(...)` is batched into
 * the same render, so the errors are in the DOM when focus moves. (Waiting a frame instead
 * raced React's render on a loaded machine: the frame could come first, find no invalid
 * field and leave focus on the submit button.) It is a passive effect, and the form's
 * component is a parent of its fields, so it runs after theirs: a step heading that takes
 * focus when an error sends the intake back to an earlier step yields to the field.
 */
export function useFocusFirstError(container: RefObject<HTMLElement | null>, fallback?: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) focusFirstErrorIn(container.current, fallback?.current ?? null);
  }, [requests, container, fallback]);
  return useCallback(() => setRequests((count) => count + 1), []);
}

function focusFirstErrorIn(container: HTMLElement | null, fallback: HTMLElement | null): void {
  if (!container) return;
  const invalid = container.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
    return;
  }
  // Checkbox groups mark the error on the wrapper, not on an input: focus its first control.
  const errorText = container.querySelector('.mantine-InputWrapper-error');
  const wrapper = errorText?.closest('.mantine-InputWrapper-root');
  const control = wrapper?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button');
  if (control) {
    control.focus();
    return;
  }
  fallback?.focus();
}
