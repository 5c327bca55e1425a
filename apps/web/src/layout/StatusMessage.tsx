import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface Feedback {
  /** Changes with every new message, so the same words twice are announced twice. */
  id: number;
  title: string;
  text: string;
}

/** Creates Feedback with a fresh id. */
export function feedback(title: string, text: string): Feedback {
  return { id: Date.now() + Math.random(), title, text };
}

/**
 * Confirmation after an action ("License verified"). It takes focus when it appears,
 * so keyboard and screen-reader users land on the outcome instead of on a button
 * that may just have disappeared.
 */
export function StatusMessage({ feedback: message, onClose }: { feedback: Feedback | null; onClose?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="status"
      color="rapportTeal"
      variant="light"
      title={message.title}
      withCloseButton={Boolean(onClose)}
      closeButtonLabel="Dismiss message"
      onClose={onClose}
      styles={{ title: { color: 'var(--mantine-color-rapportTeal-9)' } }}
    >
      {message.text}
    </Alert>
  );
}
