import { Module } from '@nestjs/common';
import { TherapistsModule } from '../therapists/therapists.module';
import { LicenseExpiryJob } from './license-expiry.job';
import { LicensingResolver } from './licensing.resolver';
import { LicensingService } from './licensing.service';

@Module({
  imports: [TherapistsModule],
  providers: [LicensingService, LicensingResolver, LicenseExpiryJob],
  exports: [LicensingService],
})
export class LicensingModule {}
