import { Module } from '@nestjs/common';
import { AllianceModule } from '../alliance/alliance.module';
import { AllianceService } from '../alliance/alliance.service';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { GoalsModule } from '../goals/goals.module';
import { IntakeModule } from '../intake/intake.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { ClientRecordsResolver } from './client-records.resolver';
import { ClientRecordsService } from './client-records.service';
import { HealthDataAccessRule } from './health-data-access-rule';

/** Therapists' reads of their clients' health data (intake, screeners, goals), audited and shown to the client. */
@Module({
  imports: [AuditModule, AllianceModule, BookingsModule, TherapistsModule, IntakeModule, GoalsModule],
  providers: [ClientRecordsService, ClientRecordsResolver, { provide: HealthDataAccessRule, useExisting: AllianceService }],
  exports: [ClientRecordsService],
})
export class ClientRecordsModule {}
