import { Button, Collapse } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';

// Mantine's `md` breakpoint: narrower screens tuck the filters behind a button.
const WIDE_QUERY = '(min-width: 62em)';

/** Filters beside the results on wide screens; on phones, one tap away so results come first. */
export function FiltersPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const isWide = useMediaQuery(WIDE_QUERY, true);
  const [opened, { toggle }] = useDisclosure(false);
  const regionId = useId();
  if (isWide) return <>{children}</>;
  return (
    <>
      <Button variant="default" onClick={toggle} aria-expanded={opened} aria-controls={regionId} fullWidth>
        {opened ? 'Hide filters' : activeCount > 0 ? `Show filters (${activeCount} on)` : 'Show filters'}
      </Button>
      <Collapse expanded={opened} id={regionId}>
        {children}
      </Collapse>
    </>
  );
}
