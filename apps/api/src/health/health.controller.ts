import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { Public } from '../auth/guards/access.decorators';

@Controller()
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  /** Liveness and readiness in one: 200 when the database answers, 503 otherwise. */
  @Get('healthz')
  @Public()
  @HttpCode(HttpStatus.OK)
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      await this.em.getConnection().execute('select 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'unreachable' };
    }
  }
}
