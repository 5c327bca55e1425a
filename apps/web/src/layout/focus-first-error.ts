/**
 * After a failed submit, moves focus to the first field showing an error (or, failing
 * that, to `fallback`, e.g. the form's error alert), so keyboard and screen-reader
 * users land on what needs fixing. Runs after React has rendered the errors.
 */
export function focusFirstError(container: HTMLElement | null, fallback?: HTMLElement | null): void {
  requestAnimationFrame(() => {
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
  });
}
