import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from './clock';

/**
 * Provides the Clock. Global on purpose, like the config and the EntityManager:
 * it is infrastructure every service may need, not a feature another module owns.
 */
@Module({})
export class ClockModule {
  static forRoot(clock: Clock): DynamicModule {
    return { module: ClockModule, global: true, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
