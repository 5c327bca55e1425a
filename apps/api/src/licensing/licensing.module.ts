import { Module } from '@nestjs/common';
import { LicenseExpiryJob } from './license-expiry.job';
import { LicensingResolver } from './licensing.resolver';
import { LicensingService } from './licensing.service';

// Depends on no feature module: therapists, availability and matching ask it about licenses.
@Module({
  providers: [LicensingService, LicensingResolver, LicenseExpiryJob],
  exports: [LicensingService],
})
export class LicensingModule {}
