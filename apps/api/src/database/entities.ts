import { AuthSession } from '../auth/entities/auth-session.entity';
import { User } from '../auth/entities/user.entity';
import { RateLimitBucket } from '../rate-limit/rate-limit-bucket.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Goal, GoalCheckIn } from '../goals/goal.entity';
import { Intake } from '../intake/intake.entity';
import { IntakeDraft } from '../intake/draft/intake-draft.entity';
import { BookingSettings } from '../availability/entities/booking-settings.entity';
import { DateOverride } from '../availability/entities/date-override.entity';
import { ExternalBusyTime } from '../availability/entities/external-busy-time.entity';
import { ExternalCalendar } from '../availability/entities/external-calendar.entity';
import { SessionType } from '../availability/entities/session-type.entity';
import { WeeklyRule } from '../availability/entities/weekly-rule.entity';
import { License } from '../licensing/entities/license.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { Booking } from '../bookings/entities/booking.entity';
import { BookingEvent } from '../bookings/entities/booking-event.entity';
import { BookingSeries } from '../bookings/entities/booking-series.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { CalendarFeedToken } from '../calendar-feed/calendar-feed-token.entity';
import { WaitlistEntry, WaitlistOffer } from '../waitlist/waitlist.entities';
import { AllianceRating, HealthDataSharingConsent } from '../alliance/alliance.entities';
import { Payment } from '../payments/entities/payment.entity';
import { ProcessedWebhookEvent } from '../payments/entities/processed-webhook-event.entity';
import { CardSetup } from '../payments/entities/card-setup.entity';
import { PaymentMismatch } from '../payments/entities/payment-mismatch.entity';
import { StripeCustomer } from '../payments/entities/stripe-customer.entity';
import { PasswordResetToken } from '../account/password-reset-token.entity';
import { SearchFilterBit, TherapistRankingChange, TherapistSearchStateText, TherapistSearchStateVersion, TherapistSearchRowVersion, TherapistSearchFacetCount, TherapistSearchFacetValue, TherapistSearchRow, TherapistSearchState } from '../matching/search/therapist-search.entity';
import { LocalMailboxMessage } from '../mail/local-mailbox/local-mailbox-message.entity';

/** Every entity, listed once: the ORM, migrations' schema check and tests use this. */
export const ALL_ENTITIES = [User, AuthSession, RateLimitBucket, TherapistProfile, License, AuditEvent,
  SessionType, WeeklyRule, DateOverride, BookingSettings, ExternalCalendar, ExternalBusyTime,
  Intake, Goal, GoalCheckIn, OutboxEvent, LocalMailboxMessage, BookingSeries, Booking, BookingEvent,
  CalendarFeedToken, WaitlistEntry, WaitlistOffer, AllianceRating, HealthDataSharingConsent,
  Payment, ProcessedWebhookEvent, StripeCustomer, CardSetup, PaymentMismatch,
  PasswordResetToken, IntakeDraft, TherapistSearchRow, TherapistSearchFacetCount, TherapistSearchState, TherapistSearchFacetValue, SearchFilterBit, TherapistSearchStateText, TherapistRankingChange, TherapistSearchStateVersion, TherapistSearchRowVersion,
];
