import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionFormat } from '../../therapists/models/therapist-enums';
import { CalendarSource, SessionKind } from './availability-enums';

@ObjectType('SessionType')
export class SessionTypeModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int, { description: 'Price in cents.' }) priceMinor!: number;
  @Field(() => [SessionFormat]) formats!: SessionFormat[];
  @Field() archived!: boolean;
  @Field(() => String, { nullable: true, description: 'The CPT code superbills show: the therapist\'s own, else the default from kind and length; null when no psychotherapy code fits (under 16 minutes).' })
  cptCode!: string | null;
  @Field(() => Boolean, { description: 'The CPT code is the default from kind and length (the therapist set none).' })
  cptCodeIsDefault!: boolean;
  @Field(() => String, { nullable: true, description: "The therapist's own video link; only for the therapist who owns the session type (null elsewhere)." })
  videoLink?: string | null;
  @Field(() => String, { nullable: true, description: 'How the session happens, in the therapist\'s words; only for its owner (null elsewhere, the booking shows it to the client).' })
  locationNote?: string | null;
}

@ObjectType('TimeWindow')
export class TimeWindowModel {
  @Field() startLocal!: string;
  @Field() endLocal!: string;
}

@ObjectType('WeeklyRule')
export class WeeklyRuleModel extends TimeWindowModel {
  @Field(() => Int) weekday!: number;
}

@ObjectType('DateOverride')
export class DateOverrideModel {
  @Field() date!: string;
  @Field(() => [TimeWindowModel], { description: 'Empty: closed that day.' }) windows!: TimeWindowModel[];
}

@ObjectType('BookingSettings')
export class BookingSettingsModel {
  @Field() timeZone!: string;
  @Field(() => Int) bufferBeforeMinutes!: number;
  @Field(() => Int) bufferAfterMinutes!: number;
  @Field(() => Int) minimumNoticeMinutes!: number;
  @Field(() => Int) horizonDays!: number;
  @Field(() => Int, { nullable: true }) maxSessionsPerDay!: number | null;
  @Field(() => Int) slotStepMinutes!: number;
  @Field(() => Int, { description: 'Free to cancel or reschedule until this many hours before the session.' }) cancellationWindowHours!: number;
  @Field(() => Int, { description: 'Percent of the price kept on a late cancellation.' }) lateCancelFeePercent!: number;
  @Field(() => Int, { description: 'Percent of the price kept on a no-show.' }) noShowFeePercent!: number;
}

@ObjectType('ExternalCalendar')
export class ExternalCalendarModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => CalendarSource) source!: CalendarSource;
  @Field(() => String, { nullable: true }) feedUrl!: string | null;
  @Field(() => Date, { nullable: true }) lastSyncedAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Int, { description: 'Busy blocks currently imported.' }) busyCount!: number;
}

@ObjectType('MyAvailability')
export class MyAvailabilityModel {
  @Field(() => BookingSettingsModel) settings!: BookingSettingsModel;
  @Field(() => [WeeklyRuleModel]) weeklyRules!: WeeklyRuleModel[];
  @Field(() => [DateOverrideModel], { description: 'Today and later.' }) dateOverrides!: DateOverrideModel[];
  @Field(() => [ExternalCalendarModel]) calendars!: ExternalCalendarModel[];
}

@ObjectType('Slot')
export class SlotModel {
  @Field({ description: 'UTC instant.' }) startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: "Start date in the viewer's zone, 'YYYY-MM-DD'." }) localDate!: string;
  @Field({ description: "Start time in the viewer's zone, 'HH:mm'." }) localTime!: string;
  @Field({ description: "Viewer's UTC offset at the start, e.g. -05:00." }) offset!: string;
}

@ObjectType('SlotList')
export class SlotListModel {
  @Field({ description: 'The zone slots are rendered in.' }) timeZone!: string;
  @Field() therapistTimeZone!: string;
  @Field({ description: 'The range actually searched (clamped to now … horizon).' }) from!: Date;
  @Field() to!: Date;
  @Field(() => [SlotModel]) slots!: SlotModel[];
}

@ObjectType('TherapistNextSlots')
export class TherapistNextSlotsModel {
  @Field(() => ID) therapistId!: string;
  @Field(() => [SlotModel]) slots!: SlotModel[];
}
