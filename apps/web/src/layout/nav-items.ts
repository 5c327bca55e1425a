import type { Role } from '../gql/graphql';

export interface NavItem {
  label: string;
  path: string;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['CLIENT', 'THERAPIST', 'ADMIN'];

/**
 * Every navigation entry the product will have, per role. An entry shows up only
 * once its route exists (see AppRoutes), so later pages just add the route.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/', roles: EVERYONE },
  { label: 'Find a therapist', path: '/therapists', roles: ['CLIENT'] },
  { label: 'My matches', path: '/matches', roles: ['CLIENT'] },
  { label: 'Intake', path: '/intake', roles: ['CLIENT'] },
  { label: 'Goals', path: '/goals', roles: ['CLIENT'] },
  { label: 'My bookings', path: '/bookings', roles: ['CLIENT'] },
  { label: 'Receipts', path: '/receipts', roles: ['CLIENT'] },
  { label: 'Profile', path: '/therapist/profile', roles: ['THERAPIST'] },
  { label: 'Licenses', path: '/therapist/licenses', roles: ['THERAPIST'] },
  { label: 'Availability', path: '/therapist/availability', roles: ['THERAPIST'] },
  { label: 'Session types', path: '/therapist/session-types', roles: ['THERAPIST'] },
  { label: 'Bookings', path: '/therapist/bookings', roles: ['THERAPIST'] },
  { label: 'Earnings', path: '/therapist/earnings', roles: ['THERAPIST'] },
  { label: 'License reviews', path: '/admin/licenses', roles: ['ADMIN'] },
  { label: 'Therapists', path: '/admin/therapists', roles: ['ADMIN'] },
  { label: 'Suspended', path: '/admin/suspended', roles: ['ADMIN'] },
  { label: 'Payment issues', path: '/admin/payments', roles: ['ADMIN'] },
  { label: 'Audit log', path: '/admin/audit', roles: ['ADMIN'] },
  // Shown only while the API keeps mail locally (AppLayout asks it).
  { label: 'Mailbox', path: '/mailbox', roles: EVERYONE },
];

export function navItemsFor(role: Role, existingPaths: ReadonlySet<string>): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role) && existingPaths.has(item.path));
}
