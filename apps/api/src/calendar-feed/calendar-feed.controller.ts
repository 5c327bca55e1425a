import { Controller, Get, Header, Param } from '@nestjs/common';
import { User } from '../auth/entities/user.entity';
import { CurrentUser, Public, SignedIn } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { CalendarFeedService } from './calendar-feed.service';

const ICS = 'text/calendar; charset=utf-8';

/** Calendar files: one booking for its two parties, and the therapist's private feed (the token is the key). */
@Controller()
export class CalendarFeedController {
  constructor(private readonly calendars: CalendarFeedService) {}

  @Get('bookings/:id.ics')
  @SignedIn()
  @Header('Content-Type', ICS)
  @Header('Content-Disposition', 'attachment; filename="rapport-session.ics"')
  @Header('Cache-Control', 'private, no-store')
  bookingFile(@Param('id') id: string, @CurrentUser() user: User): Promise<string> {
    return this.calendars.bookingFile(user, parseId('id', id));
  }

  @Get('calendar/:token.ics')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  feed(@Param('token') token: string): Promise<string> {
    return this.calendars.feed(token);
  }
}
