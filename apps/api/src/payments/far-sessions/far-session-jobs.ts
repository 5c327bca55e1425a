/** The far-session jobs and their per-booking keys (here so PaymentsService can drop them without importing FarSessionsService). */
export const PAYMENTS_CHARGE_FAR_SESSION = 'payments.charge-far-session' as const;
export const PAYMENTS_PAYMENT_DEADLINE = 'payments.payment-deadline' as const;

export const chargeKey = (bookingId: string) => `far-charge:${bookingId}`;
export const deadlineKey = (bookingId: string) => `far-deadline:${bookingId}`;
