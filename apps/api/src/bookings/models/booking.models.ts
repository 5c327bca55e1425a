import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SessionTypeModel, SlotModel } from '../../availability/models/availability.models';
import { SessionFormat } from '../../therapists/models/therapist-enums';
import { BookingActor, BookingPaymentStatus, BookingStatus } from '../entities/booking.entity';

registerEnumType(BookingStatus, { name: 'BookingStatus' });
registerEnumType(BookingActor, { name: 'BookingActor', description: 'Who cancelled or changed a booking; SYSTEM is Rapport itself.' });
registerEnumType(BookingPaymentStatus, { name: 'BookingPaymentStatus' });

export { BookingActor, BookingPaymentStatus, BookingStatus };

@ObjectType('BookingTherapist')
export class BookingTherapistModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field({ description: "The therapist's IANA zone." }) timeZone!: string;
}

@ObjectType('BookingClient', { description: 'Shown only to the therapist of the booking and to admins.' })
export class BookingClientModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
}

@ObjectType('BookingLocation', { description: 'Where the session happens. Join links and offices are shown only to the two parties.' })
export class BookingLocationModel {
  @Field(() => SessionFormat) format!: SessionFormat;
  @Field(() => String, { nullable: true, description: 'In person: the office address (only for the two parties).' }) address!: string | null;
  @Field(() => String, { nullable: true, description: "Video: the therapist's own link for the session type, else the booking's private room. Only for the two parties (null for anyone else)." }) joinUrl!: string | null;
  @Field({ description: 'How the session happens, in words.' }) instructions!: string;
}

@ObjectType('CancellationPreview', { description: 'What cancelling now would cost the client, from the cancellation policy.' })
export class CancellationPreviewModel {
  @Field({ description: 'The last moment cancelling or rescheduling is free.' }) freeUntil!: Date;
  @Field() freeNow!: boolean;
  @Field(() => Int, { description: 'Cost in cents of cancelling now.' }) costMinor!: number;
  @Field() text!: string;
}

@ObjectType('Booking')
export class BookingModel {
  @Field(() => ID) id!: string;
  @Field(() => BookingStatus) status!: BookingStatus;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Date, { nullable: true, description: 'While HELD: the slot is kept until then.' }) holdExpiresAt!: Date | null;
  @Field(() => BookingTherapistModel) therapist!: BookingTherapistModel;
  @Field(() => BookingClientModel, { nullable: true, description: 'For the therapist of the booking and admins only.' }) client!: BookingClientModel | null;
  @Field(() => SessionTypeModel) sessionType!: SessionTypeModel;
  @Field(() => Int, { description: 'Price in cents, as it was when booked.' }) priceMinor!: number;
  @Field() currency!: string;
  @Field(() => BookingPaymentStatus) paymentStatus!: BookingPaymentStatus;
  @Field(() => String, { nullable: true, description: 'Where to pay, right after holdSlot for a paid session (when the gateway has a checkout page).' })
  checkoutUrl!: string | null;
  @Field(() => SessionFormat) format!: SessionFormat;
  @Field(() => BookingLocationModel) where!: BookingLocationModel;
  @Field(() => ID, { nullable: true }) seriesId!: string | null;
  @Field(() => BookingActor, { nullable: true }) cancelledBy!: BookingActor | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled, for the other party.' }) cancelReason!: string | null;
  @Field(() => Int, { nullable: true, description: 'Fee kept in cents (late cancel or no-show).' }) cancellationFeeMinor!: number | null;
  @Field(() => Int, { nullable: true, description: 'Refunded in cents.' }) refundMinor!: number | null;
  @Field(() => CancellationPreviewModel, {
    nullable: true,
    description: 'While CONFIRMED: what cancelling now would cost. While HELD: what it would cost once confirmed (releasing a hold itself is free). Null once closed.',
  })
  cancellationPreview!: CancellationPreviewModel | null;
  @Field({ description: "The therapist's cancellation policy in words, with amounts for this session." }) policyText!: string;
  @Field() createdAt!: Date;
}

@ObjectType('MyBookings')
export class MyBookingsModel {
  @Field(() => [BookingModel], { description: 'Not yet ended, soonest first (held and confirmed).' }) upcoming!: BookingModel[];
  @Field(() => [BookingModel], { description: 'Ended or closed, newest first.' }) past!: BookingModel[];
}

@ObjectType('BookingEvent', { description: 'One change in a booking history.' })
export class BookingEventModel {
  @Field(() => ID) id!: string;
  @Field(() => BookingStatus, { nullable: true, description: 'Null when the booking was created.' }) fromStatus!: BookingStatus | null;
  @Field(() => BookingStatus) toStatus!: BookingStatus;
  @Field(() => BookingActor) actorRole!: BookingActor;
  @Field(() => String, { nullable: true }) actorEmail!: string | null;
  @Field() at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Context as JSON: times of a reschedule, amounts of a cancellation.' }) details!: string | null;
}

@ObjectType('SeriesConflict')
export class SeriesConflictModel {
  @Field(() => Int, { description: '0 for the first occurrence.' }) index!: number;
  @Field({ description: "The occurrence's date in the therapist's zone." }) localDate!: string;
  @Field({ description: 'NOT_OPEN (taken or outside hours) or NONEXISTENT_LOCAL_TIME (clocks jump over it).' }) reason!: string;
  @Field(() => SlotModel, { nullable: true, description: 'The nearest open time instead, if any is near.' }) alternative!: SlotModel | null;
}

@ObjectType('BookSeriesResult')
export class BookSeriesResultModel {
  @Field(() => ID) seriesId!: string;
  @Field(() => [BookingModel]) booked!: BookingModel[];
  @Field(() => [SeriesConflictModel]) conflicts!: SeriesConflictModel[];
}

@ObjectType('BookingTerms', { description: 'What a session would cost and what cancelling it would cost, shown before booking.' })
export class BookingTermsModel {
  @Field(() => Int, { description: 'Price in cents.' }) priceMinor!: number;
  @Field() currency!: string;
  @Field({ description: "The therapist's cancellation policy in words, with amounts for this session." }) policyText!: string;
  @Field(() => CancellationPreviewModel, { description: 'What cancelling would cost if booked now for this start.' }) cancellationPreview!: CancellationPreviewModel;
  @Field(() => Int, { description: 'How long a hold keeps the time, in minutes.' }) holdMinutes!: number;
}
