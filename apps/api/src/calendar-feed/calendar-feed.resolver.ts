import { Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { BookingSettingsModel } from '../availability/models/availability.models';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver(() => BookingSettingsModel)
export class CalendarFeedResolver {
  constructor(private readonly calendars: CalendarFeedService) {}

  // Settings are only ever returned to their own therapist (myAvailability, updateBookingSettings).
  @ResolveField(() => String, {
    nullable: true,
    description: 'Your private calendar feed of bookings (subscribe to it in a calendar app); null until you make one with rotateCalendarFeedToken.',
  })
  calendarFeedUrl(@CurrentUser() user: User): Promise<string | null> {
    return this.calendars.feedUrl(user);
  }

  @Mutation(() => String, { description: 'Makes a new private calendar feed URL; the previous one stops working at once.' })
  @Roles(Role.THERAPIST)
  rotateCalendarFeedToken(@CurrentUser() therapist: User): Promise<string> {
    return this.calendars.rotate(therapist);
  }
}
