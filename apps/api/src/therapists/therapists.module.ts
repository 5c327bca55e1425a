import { Module } from '@nestjs/common';
import { TherapistsResolver } from './therapists.resolver';
import { TherapistsService } from './therapists.service';

@Module({ providers: [TherapistsService, TherapistsResolver], exports: [TherapistsService] })
export class TherapistsModule {}
