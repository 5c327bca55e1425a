import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, addDuration, clampRange, computeOpenSlots, formatInZone, localDateOf, Slot } from '@rapport/domain';
import { Clock } from '../common/clock';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { SessionKind, SessionType } from './entities/session-type.entity';
import { SlotListModel, SlotModel } from './models/availability.models';
import { loadSchedules, TherapistSchedule } from './schedule-loader';

/** A therapist with no active individual session type is offered slots of this length. */
export const DEFAULT_SESSION_MINUTES = 50;

/** Open slots for one therapist (the profile's picker) or many at once (search results). */
@Injectable()
export class SlotFinder {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
  ) {}

  /** A visible therapist's slots; a hidden one's session types do not exist for the public. */
  async availableSlots(params: { therapistId: string; sessionTypeId: string; from: Date; to: Date; timeZone: string }): Promise<SlotListModel> {
    const [sessionType, visible] = await Promise.all([
      this.em.findOne(SessionType, { id: params.sessionTypeId, therapist: params.therapistId, archivedAt: null }),
      this.therapists.visibleAmong([params.therapistId]),
    ]);
    if (!sessionType || !visible.has(params.therapistId)) throw AvailabilityError.sessionTypeNotFound();
    const now = this.clock.now();
    const schedules = await this.load([params.therapistId], now, { from: params.from, to: params.to });
    const schedule = schedules.get(params.therapistId);
    if (!schedule) {
      return { timeZone: params.timeZone, therapistTimeZone: params.timeZone, from: params.from, to: params.from, slots: [] };
    }
    // An over-long or past range is clamped to now … horizon, never an error.
    const range = clampRange({ from: params.from, to: params.to }, now, schedule.settings.horizonDays);
    const slots = compute(schedule, now, range, sessionType.durationMinutes);
    return {
      timeZone: params.timeZone,
      therapistTimeZone: schedule.timeZone,
      from: range.from,
      to: range.to,
      slots: slots.map((slot) => toSlotModel(slot, params.timeZone)),
    };
  }

  /** `nextSlots` for the public: therapists it may not see are left out of the map. */
  async publicNextSlots(therapistIds: string[], options: { count: number; timeZone: string; withinDays: number }): Promise<Map<string, SlotModel[]>> {
    const visible = await this.therapists.visibleAmong(therapistIds);
    return this.nextSlots(therapistIds.filter((id) => visible.has(id)), options);
  }

  /**
   * The next `count` open slots of each therapist within `withinDays`, for a
   * standard individual session. A fixed number of statements for any number of therapists.
   */
  async nextSlots(therapistIds: string[], options: { count: number; timeZone: string; withinDays: number }): Promise<Map<string, SlotModel[]>> {
    const open = await this.openSlots(therapistIds, options);
    return new Map([...open].map(([therapistId, slots]) => [therapistId, slots.slice(0, options.count).map((slot) => toSlotModel(slot, options.timeZone))]));
  }

  /**
   * Every open slot of each therapist within `withinDays`, for a standard individual session,
   * as instants: a caller that shows a few of them formats only those (toSlotModel).
   */
  async openSlots(therapistIds: string[], options: { withinDays: number }): Promise<Map<string, Slot[]>> {
    const now = this.clock.now();
    const to = addDuration(now, { days: options.withinDays });
    const [schedules, durations] = await Promise.all([
      this.load(therapistIds, now, { from: now, to }),
      this.individualSessionMinutes(therapistIds),
    ]);
    const result = new Map<string, Slot[]>();
    for (const therapistId of therapistIds) {
      const schedule = schedules.get(therapistId);
      if (!schedule) {
        result.set(therapistId, []);
        continue;
      }
      const range = clampRange({ from: now, to }, now, schedule.settings.horizonDays);
      result.set(therapistId, compute(schedule, now, range, durations.get(therapistId) ?? DEFAULT_SESSION_MINUTES));
    }
    return result;
  }

  /**
   * The open slots of one therapist for a session length, read through `em`
   * (the caller's transaction: booking re-checks the slot engine at the moment
   * of booking). Null when the therapist has no schedule. `excludeBookingIds`:
   * bookings that do not block (the one being moved).
   */
  async openSlotsWithin(
    em: EntityManager,
    params: { therapistId: string; durationMinutes: number; from: Date; to: Date; now: Date; excludeBookingIds?: readonly string[] },
  ): Promise<{ schedule: TherapistSchedule; slots: Slot[] } | null> {
    const schedules = await this.load([params.therapistId], params.now, params, { em, excludeBookingIds: params.excludeBookingIds });
    const schedule = schedules.get(params.therapistId);
    if (!schedule) return null;
    const range = clampRange({ from: params.from, to: params.to }, params.now, schedule.settings.horizonDays);
    return { schedule, slots: compute(schedule, params.now, range, params.durationMinutes) };
  }

  private load(therapistIds: string[], now: Date, range: { from: Date; to: Date }, options: { em?: EntityManager; excludeBookingIds?: readonly string[] } = {}) {
    // Local dates are padded a day each side: the query is by therapist-local date, the range by instant.
    const from = range.from < now ? now : range.from;
    return loadSchedules(options.em ?? this.em, therapistIds, {
      from,
      to: range.to < from ? from : range.to,
      fromDate: addDays(localDateOf(from, 'UTC'), -1),
      toDate: addDays(localDateOf(range.to < from ? from : range.to, 'UTC'), 1),
      now,
      excludeBookingIds: options.excludeBookingIds,
    });
  }

  /** Each therapist's shortest active individual session length (one statement). */
  private async individualSessionMinutes(therapistIds: string[]): Promise<Map<string, number>> {
    if (therapistIds.length === 0) return new Map();
    const rows = await this.em.getConnection().execute<{ therapist_id: string; minutes: number }[]>(
      `select therapist_id, min(duration_minutes)::int as minutes from session_types
       where therapist_id in (?) and kind = ? and archived_at is null group by therapist_id`,
      [therapistIds, SessionKind.INDIVIDUAL],
    );
    return new Map(rows.map((row) => [row.therapist_id, row.minutes]));
  }
}

function compute(schedule: TherapistSchedule, now: Date, range: { from: Date; to: Date }, durationMinutes: number): Slot[] {
  if (range.from >= range.to) return [];
  return computeOpenSlots({
    now,
    timeZone: schedule.timeZone,
    rules: schedule.rules,
    overrides: schedule.overrides,
    settings: schedule.settings,
    busy: schedule.busy,
    durationMinutes,
    from: range.from,
    to: range.to,
  });
}

export function toSlotModel(slot: Slot, timeZone: string): SlotModel {
  const local = formatInZone(slot.start, timeZone);
  return { startsAt: slot.start, endsAt: slot.end, localDate: local.localDate, localTime: local.localTime, offset: local.offset };
}
