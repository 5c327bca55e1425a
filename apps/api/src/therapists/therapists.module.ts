import { Module } from '@nestjs/common';
import { LicensingModule } from '../licensing/licensing.module';
import { TherapistsResolver } from './therapists.resolver';
import { TherapistsService } from './therapists.service';

@Module({ imports: [LicensingModule], providers: [TherapistsService, TherapistsResolver], exports: [TherapistsService] })
export class TherapistsModule {}
