import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { navItemsFor } from './nav-items';

interface MainNavProps {
  role: Role;
  existingPaths: ReadonlySet<string>;
  /** Called when an entry is chosen (closes the phone menu, even for the current page). */
  onNavigate?: () => void;
}

/** The signed-in user's navigation entries (AppShell.Navbar provides the <nav> landmark). */
export function MainNav({ role, existingPaths, onNavigate }: MainNavProps) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
        {navItemsFor(role, existingPaths).map((item) => (
          // react-router's NavLink adds aria-current="page" to the active entry.
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={item.path}
            end
            label={item.label}
            active={pathname === item.path}
            onClick={onNavigate}
          />
        ))}
    </Stack>
  );
}
