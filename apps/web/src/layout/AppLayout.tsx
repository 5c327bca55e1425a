import { AppShell, Container } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { Outlet, useLocation } from 'react-router';
import { paths } from '../app/paths';
import { useMe } from '../auth/use-me';
import { useLocalMailboxEnabled } from '../mailbox/use-local-mailbox-enabled';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';

const NAVBAR_ID = 'app-navigation';
// Mantine's `sm` breakpoint (48em): below it the navbar hides behind the burger.
const PHONE_QUERY = '(max-width: 47.99375em)';

interface AppLayoutProps {
  /** Paths that have a route; navigation shows only these. */
  existingPaths: ReadonlySet<string>;
}

export function AppLayout({ existingPaths }: AppLayoutProps) {
  const { me } = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  const { pathname } = useLocation();
  const mailboxEnabled = useLocalMailboxEnabled();
  // The mailbox page exists only while the API keeps mail locally (development without SMTP).
  const navPaths = useMemo(
    () => (mailboxEnabled ? existingPaths : new Set([...existingPaths].filter((path) => path !== paths.mailbox))),
    [existingPaths, mailboxEnabled],
  );

  // Any navigation (links, back button) closes the phone menu.
  useEffect(() => close(), [pathname, close]);
  useFocusMainOnNavigate(MAIN_CONTENT_ID);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={me ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader navigation={me ? { opened, toggle, controlsId: NAVBAR_ID } : undefined} />
        </AppShell.Header>
        {me && (
          // Off-screen when collapsed on phones; `inert` keeps its links out of the tab order.
          <AppShell.Navbar id={NAVBAR_ID} p="sm" aria-label="Main" inert={isPhone && !opened}>
            <MainNav role={me.role} existingPaths={navPaths} onNavigate={close} />
          </AppShell.Navbar>
        )}
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Container size="md" px={0} py="md">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
