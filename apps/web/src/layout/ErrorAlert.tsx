import { Alert } from '@mantine/core';

/** An error for the page or form as a whole (role=alert, so screen readers announce it). */
export function ErrorAlert({ message, title }: { message: string | null; title: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title}>
      {message}
    </Alert>
  );
}
