import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AdminTherapistsService } from './admin-therapists.service';
import { AdminResolver } from './admin.resolver';

/** Admin tools that span features: the therapist directory. */
@Module({
  imports: [AuditModule],
  providers: [AdminTherapistsService, AdminResolver],
})
export class AdminModule {}
