import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

interface StepHeadingProps {
  id: string;
  /** Changes with each step; focus moves here on every change after the first render. */
  stepIndex: number;
  children: string;
}

/**
 * The step's heading. Focus lands on it whenever the step changes, so screen-reader and
 * keyboard users start at the top of the new questions instead of on a stale button.
 */
export function StepHeading({ id, stepIndex, children }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start', behavior: 'auto' });
  }, [stepIndex]);
  return (
    <Title order={2} id={id} ref={ref} tabIndex={-1} style={{ scrollMarginTop: 80 }}>
      {children}
    </Title>
  );
}
