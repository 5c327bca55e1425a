import { Suspense, type ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { RedirectIfSignedIn } from '../auth/RedirectIfSignedIn';
import { RequireRole } from '../auth/RequireRole';
import { AppLayout } from '../layout/AppLayout';
import { PageLoader } from '../layout/PageLoader';
import { IndexPage } from '../pages/IndexPage';
import { LogInPage } from '../pages/LogInPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignUpPage } from '../pages/SignUpPage';
import { lazyPage } from './lazy-page';
import { paths } from './paths';

const TherapistProfilePage = lazyPage(() => import('../therapist-profile/TherapistProfilePage'), 'TherapistProfilePage');
const LicensesPage = lazyPage(() => import('../licenses/LicensesPage'), 'LicensesPage');
const AvailabilityPage = lazyPage(() => import('../availability/AvailabilityPage'), 'AvailabilityPage');
const SessionTypesPage = lazyPage(() => import('../session-types/SessionTypesPage'), 'SessionTypesPage');
const TherapistPage = lazyPage(() => import('../therapists/TherapistPage'), 'TherapistPage');
const LicenseReviewPage = lazyPage(() => import('../admin/LicenseReviewPage'), 'LicenseReviewPage');
const TherapistDirectoryPage = lazyPage(() => import('../admin/TherapistDirectoryPage'), 'TherapistDirectoryPage');
const SuspendedTherapistsPage = lazyPage(() => import('../admin/SuspendedTherapistsPage'), 'SuspendedTherapistsPage');
const AuditLogPage = lazyPage(() => import('../admin/AuditLogPage'), 'AuditLogPage');
const IntakePage = lazyPage(() => import('../intake/IntakePage'), 'IntakePage');
const MatchesPage = lazyPage(() => import('../matching/MatchesPage'), 'MatchesPage');
const DirectoryPage = lazyPage(() => import('../matching/DirectoryPage'), 'DirectoryPage');
const GoalsPage = lazyPage(() => import('../goals/GoalsPage'), 'GoalsPage');
const AccountPage = lazyPage(() => import('../account/AccountPage'), 'AccountPage');
const MyBookingsPage = lazyPage(() => import('../bookings/MyBookingsPage'), 'MyBookingsPage');
const BookingPage = lazyPage(() => import('../bookings/BookingPage'), 'BookingPage');
const PayNowPage = lazyPage(() => import('../payments/PayNowPage'), 'PayNowPage');
const TherapistBookingsPage = lazyPage(() => import('../bookings/TherapistBookingsPage'), 'TherapistBookingsPage');
const CheckoutReturnPage = lazyPage(() => import('../payments/CheckoutReturnPage'), 'CheckoutReturnPage');
const ReceiptsPage = lazyPage(() => import('../payments/ReceiptsPage'), 'ReceiptsPage');
const EarningsPage = lazyPage(() => import('../payments/EarningsPage'), 'EarningsPage');
const PaymentIssuesPage = lazyPage(() => import('../payments/PaymentIssuesPage'), 'PaymentIssuesPage');
const ForgotPasswordPage = lazyPage(() => import('../account/PasswordResetPages'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../account/PasswordResetPages'), 'ResetPasswordPage');
const MailboxPage = lazyPage(() => import('../mailbox/MailboxPage'), 'MailboxPage');

interface PageRoute {
  path: string;
  element: ReactElement;
}

// Add a page here; its entry in layout/nav-items.ts then appears for the roles listed there.
const PAGE_ROUTES: readonly PageRoute[] = [
  { path: paths.home, element: <IndexPage /> },
  { path: paths.signUp, element: <RedirectIfSignedIn><SignUpPage /></RedirectIfSignedIn> },
  { path: paths.logIn, element: <RedirectIfSignedIn><LogInPage /></RedirectIfSignedIn> },
  { path: paths.forgotPassword, element: <RedirectIfSignedIn><ForgotPasswordPage /></RedirectIfSignedIn> },
  { path: paths.resetPassword, element: <ResetPasswordPage /> },
  { path: paths.account, element: <RequireRole roles={['CLIENT', 'THERAPIST', 'ADMIN']}><AccountPage /></RequireRole> },
  { path: paths.therapistProfile, element: <RequireRole roles={['THERAPIST']}><TherapistProfilePage /></RequireRole> },
  { path: paths.therapistLicenses, element: <RequireRole roles={['THERAPIST']}><LicensesPage /></RequireRole> },
  { path: paths.therapistAvailability, element: <RequireRole roles={['THERAPIST']}><AvailabilityPage /></RequireRole> },
  { path: paths.therapistSessionTypes, element: <RequireRole roles={['THERAPIST']}><SessionTypesPage /></RequireRole> },
  { path: paths.therapist, element: <TherapistPage /> },
  { path: paths.adminLicenses, element: <RequireRole roles={['ADMIN']}><LicenseReviewPage /></RequireRole> },
  { path: paths.adminTherapists, element: <RequireRole roles={['ADMIN']}><TherapistDirectoryPage /></RequireRole> },
  { path: paths.adminSuspended, element: <RequireRole roles={['ADMIN']}><SuspendedTherapistsPage /></RequireRole> },
  { path: paths.adminAudit, element: <RequireRole roles={['ADMIN']}><AuditLogPage /></RequireRole> },
  // The intake explains sign-up itself (and returns to the questions), so it is not behind RequireRole.
  { path: paths.intake, element: <IntakePage /> },
  { path: paths.matches, element: <RequireRole roles={['CLIENT']}><MatchesPage /></RequireRole> },
  { path: paths.directory, element: <DirectoryPage /> },
  { path: paths.goals, element: <RequireRole roles={['CLIENT']}><GoalsPage /></RequireRole> },
  { path: paths.myBookings, element: <RequireRole roles={['CLIENT']}><MyBookingsPage /></RequireRole> },
  { path: paths.booking, element: <RequireRole roles={['CLIENT', 'THERAPIST', 'ADMIN']}><BookingPage /></RequireRole> },
  { path: paths.payBooking, element: <RequireRole roles={['CLIENT']}><PayNowPage /></RequireRole> },
  { path: paths.therapistBookings, element: <RequireRole roles={['THERAPIST']}><TherapistBookingsPage /></RequireRole> },
  { path: paths.checkoutReturn, element: <RequireRole roles={['CLIENT']}><CheckoutReturnPage /></RequireRole> },
  { path: paths.receipts, element: <RequireRole roles={['CLIENT']}><ReceiptsPage /></RequireRole> },
  { path: paths.therapistEarnings, element: <RequireRole roles={['THERAPIST']}><EarningsPage /></RequireRole> },
  { path: paths.adminPayments, element: <RequireRole roles={['ADMIN']}><PaymentIssuesPage /></RequireRole> },
  { path: paths.mailbox, element: <RequireRole roles={['CLIENT', 'THERAPIST', 'ADMIN']}><MailboxPage /></RequireRole> },
];

const EXISTING_PATHS: ReadonlySet<string> = new Set(PAGE_ROUTES.map((route) => route.path));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout existingPaths={EXISTING_PATHS} />}>
        {PAGE_ROUTES.map((route) => (
          <Route
            key={route.path}
            path={route.path}
            element={<Suspense fallback={<PageLoader />}>{route.element}</Suspense>}
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
