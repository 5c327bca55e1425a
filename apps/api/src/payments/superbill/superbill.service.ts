import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { cptCodeOf, localDateOf } from '@rapport/domain';
import { AuditService } from '../../audit/audit.service';
import { User } from '../../auth/entities/user.entity';
import { BookingSettings } from '../../availability/entities/booking-settings.entity';
import { BookingError } from '../../bookings/bookings.errors';
import { Booking, BookingStatus } from '../../bookings/entities/booking.entity';
import { Clock } from '../../common/clock';
import { License, LicenseStatus } from '../../licensing/entities/license.entity';
import { LedgerService } from '../ledger/ledger.service';
import { buildSuperbill, SuperbillData } from './build-superbill';
import { SuperbillError } from './superbill.errors';

const FORMAT_WORDS = { VIDEO: 'video', IN_PERSON: 'in person', PHONE: 'phone' } as const;

/**
 * A completed, paid session's superbill for its client: provider, license and
 * NPI, date of service, CPT code of the session type, what stays paid after
 * refunds. Anyone but the client is refused (the therapist with FORBIDDEN,
 * others as if the booking did not exist).
 */
@Injectable()
export class SuperbillService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  async superbillFor(user: User, bookingId: string, options: { compress?: boolean } = {}): Promise<{ pdf: Buffer; filename: string }> {
    const em = this.em.fork();
    const booking = await em.findOne(Booking, bookingId, { populate: ['therapist', 'therapist.user', 'sessionType', 'client'] });
    if (!booking) throw BookingError.notFound();
    if (booking.client.id !== user.id) {
      if (booking.therapist.user.id === user.id) throw SuperbillError.onlyTheClient();
      throw BookingError.notFound();
    }
    if (booking.status !== BookingStatus.COMPLETED) throw SuperbillError.notCompleted();
    const paid = await this.ledger.paidFor(booking.id);
    if (paid.netMinor <= 0) throw SuperbillError.notPaid();

    const [licenses, settings] = await Promise.all([
      em.find(License, { therapist: booking.therapist, status: LicenseStatus.VERIFIED }, { orderBy: { jurisdiction: 'asc', licenseType: 'asc' } }),
      em.findOne(BookingSettings, { therapist: booking.therapist }),
    ]);
    const timeZone = settings?.timeZone ?? 'UTC';
    const sessionType = booking.sessionType;
    const now = this.clock.now();
    const data: SuperbillData = {
      issuedAt: now,
      issuedOn: localDateOf(now, timeZone),
      provider: {
        name: booking.therapist.displayName,
        licenses: licenses.map((license) => ({ type: license.licenseType, number: license.number, jurisdiction: license.jurisdiction })),
        npi: licenses.find((license) => license.npi)?.npi ?? null,
        address: booking.format === 'IN_PERSON' ? booking.therapist.officeAddress : null,
      },
      client: { name: booking.client.email.split('@')[0], email: booking.client.email },
      services: [
        {
          dateOfService: localDateOf(booking.startsAt, timeZone),
          cptCode: cptCodeOf(sessionType),
          description: `${sessionType.name}, ${sessionType.durationMinutes} minutes, ${FORMAT_WORDS[booking.format]}`,
          chargedMinor: paid.chargedMinor,
          refundedMinor: paid.refundedMinor,
          paidMinor: paid.netMinor,
        },
      ],
      diagnosis: null,
    };
    const pdf = await buildSuperbill(data, options);
    this.audit.record(em, { actor: user, action: 'superbill.downloaded', subjectType: 'Booking', subjectId: booking.id });
    await em.flush();
    return { pdf, filename: `superbill-${data.services[0].dateOfService}.pdf` };
  }
}
