import { AdminResolver } from './admin/admin.resolver';
import { AccountResolver } from './account/account.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { GoalsResolver } from './goals/goals.resolver';
import { IntakeResolver } from './intake/intake.resolver';
import { IntakeDraftResolver } from './intake/draft/intake-draft.resolver';
import { IntakeScoresResolver } from './intake/intake-scores.resolver';
import { MatchingResolver } from './matching/matching.resolver';
import { AvailabilityResolver } from './availability/availability.resolver';
import { MailStatusResolver } from './mail/mail-status.resolver';
import { LocalMailboxResolver } from './mail/local-mailbox/local-mailbox.resolver';
import { LicensingResolver } from './licensing/licensing.resolver';
import { TaxonomyResolver } from './taxonomy/taxonomy.resolver';
import { TherapistsResolver } from './therapists/therapists.resolver';
import { BookingsResolver } from './bookings/bookings.resolver';
import { CalendarFeedResolver } from './calendar-feed/calendar-feed.resolver';
import { ClientRecordsResolver } from './client-records/client-records.resolver';
import { WaitlistResolver } from './waitlist/waitlist.resolver';
import { AllianceResolver } from './alliance/alliance.resolver';
import { RematchResolver } from './matching/rematch.resolver';
import { PaymentsResolver } from './payments/payments.resolver';
import { LedgerResolver } from './payments/ledger/ledger.resolver';
import { ReconciliationResolver } from './payments/reconciliation/reconciliation.resolver';

/** Every resolver class, listed once: the schema file is printed from these. */
export const RESOLVERS = [AuthResolver, TaxonomyResolver, TherapistsResolver, LicensingResolver, AuditResolver, AvailabilityResolver, IntakeResolver, GoalsResolver, MatchingResolver, MailStatusResolver, LocalMailboxResolver, BookingsResolver,
  CalendarFeedResolver, ClientRecordsResolver, WaitlistResolver, AllianceResolver, RematchResolver, PaymentsResolver, LedgerResolver, ReconciliationResolver, AccountResolver, AdminResolver,
  IntakeDraftResolver, IntakeScoresResolver];
