import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { User } from '../../auth/entities/user.entity';
import { CurrentUser, SignedIn } from '../../auth/guards/access.decorators';
import { parseId } from '../../common/validation/parse-id';
import { SuperbillService } from './superbill.service';

/** `GET /superbills/:bookingId.pdf`: the client's superbill for a completed, paid session. */
@Controller('superbills')
export class SuperbillController {
  constructor(private readonly superbills: SuperbillService) {}

  @Get(':id.pdf')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async download(@Param('id') id: string, @CurrentUser() user: User, @Res() response: Response): Promise<void> {
    const { pdf, filename } = await this.superbills.superbillFor(user, parseId('id', id));
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    response.send(pdf);
  }
}
