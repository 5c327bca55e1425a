/** Paths of the pages that exist today; nav items and links use these. */
export const paths = {
  home: '/',
  signUp: '/signup',
  logIn: '/login',
  account: '/account',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  therapistProfile: '/therapist/profile',
  therapistLicenses: '/therapist/licenses',
  therapistAvailability: '/therapist/availability',
  therapistSessionTypes: '/therapist/session-types',
  /** Route pattern of a public therapist page; link with `therapistPath(id)`. */
  therapist: '/therapists/:id',
  adminLicenses: '/admin/licenses',
  adminTherapists: '/admin/therapists',
  adminSuspended: '/admin/suspended',
  adminAudit: '/admin/audit',
  intake: '/intake',
  matches: '/matches',
  directory: '/therapists',
  goals: '/goals',
  myBookings: '/bookings',
  /** Route pattern of one booking; link with `bookingPath(id)`. */
  booking: '/bookings/:id',
  /** Route pattern of a booking's pay-now page (PAYMENT_DUE); link with `payBookingPath(id)`. The API mails this link. */
  payBooking: '/bookings/:id/pay',
  therapistBookings: '/therapist/bookings',
  /** Where Stripe's checkout returns for a booking (`/payment/<booking id>`, the API's StripePaymentGateway builds it). */
  checkoutReturn: '/payment/:id',
  /** The client's receipts, with superbill downloads. */
  receipts: '/receipts',
  therapistEarnings: '/therapist/earnings',
  /** Disputes and declined charges, for admins. */
  adminPayments: '/admin/payments',
  /** Development only: mail kept instead of sent (the nav shows it when the API says so). */
  mailbox: '/mailbox',
} as const;

export function therapistPath(id: string): string {
  return `/therapists/${encodeURIComponent(id)}`;
}

export function payBookingPath(id: string): string {
  return `/bookings/${encodeURIComponent(id)}/pay`;
}

export function bookingPath(id: string): string {
  return `/bookings/${encodeURIComponent(id)}`;
}

/** The API's superbill PDF of a completed, paid session (GET /superbills/:id.pdf, the client only). */
export function superbillPath(bookingId: string): string {
  return `/superbills/${encodeURIComponent(bookingId)}.pdf`;
}
