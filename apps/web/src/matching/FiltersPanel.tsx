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
      {/* Shown at once, not animated: an animating Collapse clips its content at a fixed
          height, and when the content grew meanwhile (a facet list loading, "Clear all
          filters" appearing after the first tick) it kept that height, scrolled inside
          itself and moved a checkbox between the press and the release of a tap. */}
      <Collapse expanded={opened} id={regionId} transitionDuration={0}>
        {children}
      </Collapse>
    </>
  );
}
