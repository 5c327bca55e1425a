import { Injectable, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { GoalsModule } from '../goals/goals.module';
import { IntakeModule } from '../intake/intake.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { ClientRecordsResolver } from './client-records.resolver';
import { ClientRecordsService, HealthDataAccessRule } from './client-records.service';

/** Having booked is enough until the alliance module's consent rule replaces this. */
@Injectable()
class BookingIsEnough extends HealthDataAccessRule {
  allows(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** Therapists' reads of their clients' health data (intake, screeners, goals), audited and shown to the client. */
@Module({
  imports: [AuditModule, BookingsModule, TherapistsModule, IntakeModule, GoalsModule],
  providers: [ClientRecordsService, ClientRecordsResolver, { provide: HealthDataAccessRule, useClass: BookingIsEnough }],
  exports: [ClientRecordsService],
})
export class ClientRecordsModule {}
