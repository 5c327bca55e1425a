import { cptCodeOf } from '@rapport/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BatchLoader, requestLoader } from '../common/graphql/batch-loader';
import { GraphqlContext } from '../common/graphql/request-of';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Public, Roles } from '../auth/guards/access.decorators';
import { MAX_SLOT_RANGE_DAYS, slotRangeProblem } from '@rapport/domain';
import { InputError } from '../common/errors/app-error';
import { isValidTimeZone } from '../common/validation/is-time-zone.validator';
import { parseLocalDate } from '../common/validation/is-local-date.validator';
import { parseId } from '../common/validation/parse-id';
import { CalendarImport, ExpensiveQuery } from '../rate-limit/rate-limit-budget.decorator';
import { TherapistProfileModel } from '../therapists/models/therapist-profile.model';
import { CalendarsService } from './calendars.service';
import { BookingSettingsInput, CalendarFeedInput, CalendarUploadInput, DateOverrideInput, SetWeeklyRulesInput } from './dto/availability.input';
import { SessionTypeInput } from './dto/session-type.input';
import { SessionType } from './entities/session-type.entity';
import { MyAvailabilityModel, SessionTypeModel, SlotListModel, TherapistNextSlotsModel } from './models/availability.models';
import { ScheduleService } from './schedule.service';
import { SessionTypesService } from './session-types.service';
import { SlotFinder } from './slot-finder.service';

/** Search pages hold at most 50 therapists; nextSlots serves one page at a time. */
export const MAX_NEXT_SLOTS_THERAPISTS = 50;
export const MAX_NEXT_SLOTS_COUNT = 10;

@Resolver(() => TherapistProfileModel)
export class AvailabilityResolver {
  constructor(
    private readonly schedule: ScheduleService,
    private readonly sessionTypesService: SessionTypesService,
    private readonly calendars: CalendarsService,
    private readonly slots: SlotFinder,
  ) {}

  @ResolveField(() => [SessionTypeModel], { description: 'Session types a client can book.' })
  async sessionTypes(@Parent() profile: TherapistProfileModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'activeSessionTypes', () => new BatchLoader((ids: string[]) => this.sessionTypesService.listActiveFor(ids), []));
    return (await loader.load(profile.id)).map(toSessionTypeModel);
  }

  @Query(() => SlotListModel, {
    description: `Open slots of a therapist for a session type, as UTC instants plus their rendering in \`timeZone\`. At most ${MAX_SLOT_RANGE_DAYS} days per call; ranges past now or the horizon are clamped.`,
  })
  @Public()
  @ExpensiveQuery()
  async availableSlots(
    @Args('therapistId', { type: () => ID }) therapistId: string,
    @Args('sessionTypeId', { type: () => ID }) sessionTypeId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('timeZone', { description: "The viewer's IANA zone." }) timeZone: string,
  ) {
    if (!isValidTimeZone(timeZone)) throw new InputError('timeZone', 'Use an IANA time zone name, like America/New_York.');
    const rangeProblem = slotRangeProblem({ from, to });
    if (rangeProblem) throw new InputError(rangeProblem.field, rangeProblem.message);
    return this.slots.availableSlots({ therapistId: parseId('therapistId', therapistId), sessionTypeId: parseId('sessionTypeId', sessionTypeId), from, to, timeZone });
  }

  @Query(() => [TherapistNextSlotsModel], {
    description: `The next open slots of many therapists in one batch (used by search results). Only therapists the public can see are returned; at most ${MAX_NEXT_SLOTS_THERAPISTS} different ids.`,
  })
  @Public()
  @ExpensiveQuery()
  async nextSlots(
    @Args('therapistIds', { type: () => [ID] }) therapistIds: string[],
    @Args('timeZone') timeZone: string,
    @Args('count', { type: () => Int, defaultValue: 3 }) count: number,
  ) {
    if (!isValidTimeZone(timeZone)) throw new InputError('timeZone', 'Use an IANA time zone name, like America/New_York.');
    // Repeats cost nothing extra, so only distinct ids count towards the cap.
    const ids = [...new Set(therapistIds.map((id) => parseId('therapistIds', id)))];
    if (ids.length > MAX_NEXT_SLOTS_THERAPISTS) {
      throw new InputError('therapistIds', `Ask for at most ${MAX_NEXT_SLOTS_THERAPISTS} different therapists at once (therapistIds has ${ids.length}).`);
    }
    const found = await this.slots.publicNextSlots(ids, { count: Math.min(Math.max(count, 1), MAX_NEXT_SLOTS_COUNT), timeZone, withinDays: 14 });
    return ids.flatMap((therapistId) => (found.has(therapistId) ? [{ therapistId, slots: found.get(therapistId)! }] : []));
  }

  @Query(() => MyAvailabilityModel, { description: "The caller's hours, overrides, settings and calendars." })
  @Roles(Role.THERAPIST)
  myAvailability(@CurrentUser() user: User) {
    return this.schedule.myAvailability(user);
  }

  @Mutation(() => MyAvailabilityModel, { description: 'Replaces the weekly hours (several windows a day allowed).' })
  @Roles(Role.THERAPIST)
  setWeeklyRules(@Args('input') input: SetWeeklyRulesInput, @CurrentUser() user: User) {
    return this.schedule.setWeeklyRules(user, input.rules);
  }

  @Mutation(() => MyAvailabilityModel, { description: 'Closes a local date, or gives it its own hours.' })
  @Roles(Role.THERAPIST)
  setDateOverride(@Args('input') input: DateOverrideInput, @CurrentUser() user: User) {
    return this.schedule.setDateOverride(user, input);
  }

  @Mutation(() => MyAvailabilityModel)
  @Roles(Role.THERAPIST)
  removeDateOverride(@Args('date') date: string, @CurrentUser() user: User) {
    return this.schedule.removeDateOverride(user, parseLocalDate('date', date));
  }

  @Mutation(() => MyAvailabilityModel)
  @Roles(Role.THERAPIST)
  updateBookingSettings(@Args('input') input: BookingSettingsInput, @CurrentUser() user: User) {
    return this.schedule.updateSettings(user, input);
  }

  @Query(() => [SessionTypeModel], { description: "The caller's session types, archived last." })
  @Roles(Role.THERAPIST)
  async mySessionTypes(@CurrentUser() user: User) {
    return (await this.sessionTypesService.listOwn(user)).map(toOwnSessionTypeModel);
  }

  @Mutation(() => SessionTypeModel)
  @Roles(Role.THERAPIST)
  async createSessionType(@Args('input') input: SessionTypeInput, @CurrentUser() user: User) {
    return toOwnSessionTypeModel(await this.sessionTypesService.create(user, input));
  }

  @Mutation(() => SessionTypeModel)
  @Roles(Role.THERAPIST)
  async updateSessionType(@Args('id', { type: () => ID }) id: string, @Args('input') input: SessionTypeInput, @CurrentUser() user: User) {
    return toOwnSessionTypeModel(await this.sessionTypesService.update(user, parseId('id', id), input));
  }

  @Mutation(() => SessionTypeModel, { description: 'Stops offering a session type (past bookings keep it).' })
  @Roles(Role.THERAPIST)
  async archiveSessionType(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    return toOwnSessionTypeModel(await this.sessionTypesService.archive(user, parseId('id', id)));
  }

  @Mutation(() => SessionTypeModel, { description: 'Offers an archived session type again (undoes archiveSessionType).' })
  @Roles(Role.THERAPIST)
  async restoreSessionType(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    return toSessionTypeModel(await this.sessionTypesService.restore(user, parseId('id', id)));
  }

  @Mutation(() => MyAvailabilityModel, { description: 'Imports an .ics file; its events block slots.' })
  @Roles(Role.THERAPIST)
  @CalendarImport()
  async uploadCalendar(@Args('input') input: CalendarUploadInput, @CurrentUser() user: User) {
    await this.calendars.upload(user, input);
    return this.schedule.myAvailability(user);
  }

  @Mutation(() => MyAvailabilityModel, { description: 'Subscribes to an iCalendar feed URL (fetched by the server).' })
  @Roles(Role.THERAPIST)
  @CalendarImport()
  async addCalendarFeed(@Args('input') input: CalendarFeedInput, @CurrentUser() user: User) {
    await this.calendars.addFeed(user, input);
    return this.schedule.myAvailability(user);
  }

  @Mutation(() => MyAvailabilityModel)
  @Roles(Role.THERAPIST)
  @CalendarImport()
  async refreshCalendar(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    await this.calendars.refresh(user, parseId('id', id));
    return this.schedule.myAvailability(user);
  }

  @Mutation(() => MyAvailabilityModel)
  @Roles(Role.THERAPIST)
  async removeCalendar(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    await this.calendars.remove(user, parseId('id', id));
    return this.schedule.myAvailability(user);
  }
}

function toSessionTypeModel(sessionType: SessionType): SessionTypeModel {
  return {
    id: sessionType.id,
    name: sessionType.name,
    kind: sessionType.kind,
    durationMinutes: sessionType.durationMinutes,
    priceMinor: sessionType.priceMinor,
    formats: sessionType.formats,
    archived: sessionType.archivedAt !== null,
    cptCode: cptCodeOf(sessionType),
    cptCodeIsDefault: sessionType.cptCode === null,
  };
}

/** The owner's view: with the video link and note, which the public view leaves out. */
function toOwnSessionTypeModel(sessionType: SessionType): SessionTypeModel {
  return { ...toSessionTypeModel(sessionType), videoLink: sessionType.videoLink, locationNote: sessionType.locationNote };
}
