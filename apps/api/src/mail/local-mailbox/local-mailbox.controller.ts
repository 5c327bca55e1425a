import { Controller, Get, Header, Param, ParseIntPipe, StreamableFile } from '@nestjs/common';
import { User } from '../../auth/entities/user.entity';
import { CurrentUser, SignedIn } from '../../auth/guards/access.decorators';
import { parseId } from '../../common/validation/parse-id';
import { LocalMailboxService } from './local-mailbox.service';

/** Downloads an attachment (e.g. the .ics) of a message in the caller's own local mailbox. */
@Controller('dev/mailbox')
export class LocalMailboxController {
  constructor(private readonly mailbox: LocalMailboxService) {}

  @Get(':id/attachments/:index')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async attachment(
    @Param('id') id: string,
    @Param('index', new ParseIntPipe()) index: number,
    @CurrentUser() user: User,
  ): Promise<StreamableFile> {
    const file = await this.mailbox.attachmentFor(user, parseId('id', id), index);
    return new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.filename.replace(/[^\w.\- ]/g, '_')}"`, length: file.content.length });
  }
}
