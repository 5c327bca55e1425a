import { Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { clockText, secondsLeft, spokenCountdown } from './hold-countdown';

interface HoldCountdownProps {
  expiresAt: string;
  onExpired(): void;
}

/**
 * The time left on a hold. The ticking clock is hidden from screen readers; a polite
 * live region says the time left in coarse steps (see spokenCountdown).
 */
export function HoldCountdown({ expiresAt, onExpired }: HoldCountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(expiresAt, now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onExpired();
  }, [left, onExpired]);

  return (
    <>
      <Text fw={600} aria-hidden="true">
        Held for you for {clockText(left)}
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {spokenCountdown(left)}
      </VisuallyHidden>
    </>
  );
}
