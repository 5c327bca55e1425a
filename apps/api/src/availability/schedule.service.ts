import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { formatLocalTime, localDateOf, parseLocalTime, validateWeeklyRules, validateWindows } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { BookingSettingsInput, DateOverrideInput, WeeklyRuleInput } from './dto/availability.input';
import { BookingSettings } from './entities/booking-settings.entity';
import { DateOverride } from './entities/date-override.entity';
import { ExternalBusyTime } from './entities/external-busy-time.entity';
import { ExternalCalendar } from './entities/external-calendar.entity';
import { WeeklyRule } from './entities/weekly-rule.entity';
import { MyAvailabilityModel } from './models/availability.models';

/** A therapist's own hours, overrides and booking settings. */
// 5 parameters a row; PostgreSQL takes at most 65,535 per statement.
const BUSY_ROWS_PER_INSERT = 5_000;

@Injectable()
export class ScheduleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async myAvailability(user: User): Promise<MyAvailabilityModel> {
    const profile = await this.therapists.requireOwnProfile(user);
    const settings = await this.settingsFor(this.em, profile, user);
    const today = localDateOf(this.clock.now(), settings.timeZone);
    const [rules, overrides, calendars, busyCounts] = await Promise.all([
      this.em.find(WeeklyRule, { therapist: profile }, { orderBy: { weekday: 'asc', startMinute: 'asc' } }),
      this.em.find(DateOverride, { therapist: profile, date: { $gte: today } }, { orderBy: { date: 'asc' } }),
      this.em.find(ExternalCalendar, { therapist: profile }, { orderBy: { createdAt: 'asc' } }),
      this.em.getConnection().execute<{ calendar_id: string; total: number }[]>(
        'select calendar_id, count(*)::int as total from external_busy_times where therapist_id = ? group by calendar_id',
        [profile.id],
      ),
    ]);
    const countByCalendar = new Map(busyCounts.map((row) => [row.calendar_id, row.total]));
    return {
      settings,
      weeklyRules: rules.map((rule) => ({ weekday: rule.weekday, startLocal: formatLocalTime(rule.startMinute), endLocal: formatLocalTime(rule.endMinute) })),
      dateOverrides: overrides.map(({ date, windows }) => ({ date, windows })),
      calendars: calendars.map((calendar) => ({ ...calendar, busyCount: countByCalendar.get(calendar.id) ?? 0 })),
    };
  }

  /** Replaces the whole week in one transaction: all of it or none of it. */
  async setWeeklyRules(user: User, rules: WeeklyRuleInput[]): Promise<MyAvailabilityModel> {
    const problems = validateWeeklyRules(rules.map((rule) => ({ ...rule, weekday: rule.weekday as 1 })), 'rules');
    if (problems.length) throw AvailabilityError.fromProblems(problems);
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      await this.settingsFor(em, profile, user);
      await em.nativeDelete(WeeklyRule, { therapist: profile });
      for (const rule of rules) {
        em.create(WeeklyRule, {
          therapist: profile,
          weekday: rule.weekday,
          startMinute: parseLocalTime(rule.startLocal),
          endMinute: parseLocalTime(rule.endLocal, { allowEndOfDay: true }),
        });
      }
      this.audit.record(em, { actor: user, action: 'availability.weekly_rules_set', subjectType: 'TherapistProfile', subjectId: profile.id, details: { windows: rules.length } });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
    });
    return this.myAvailability(user);
  }

  async setDateOverride(user: User, input: DateOverrideInput): Promise<MyAvailabilityModel> {
    const problems = validateWindows(input.windows, 'windows');
    if (problems.length) throw AvailabilityError.fromProblems(problems);
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      await this.settingsFor(em, profile, user);
      const windows = input.windows.map(({ startLocal, endLocal }) => ({ startLocal, endLocal }));
      const existing = await em.findOne(DateOverride, { therapist: profile, date: input.date });
      if (existing) existing.windows = windows;
      else em.create(DateOverride, { therapist: profile, date: input.date, windows });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
    });
    return this.myAvailability(user);
  }

  async removeDateOverride(user: User, date: string): Promise<MyAvailabilityModel> {
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      await em.nativeDelete(DateOverride, { therapist: profile, date });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
    });
    return this.myAvailability(user);
  }

  async updateSettings(user: User, input: BookingSettingsInput): Promise<MyAvailabilityModel> {
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      const settings = await this.settingsFor(em, profile, user);
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) Object.assign(settings, { [key]: value });
      }
      this.audit.record(em, { actor: user, action: 'availability.settings_updated', subjectType: 'TherapistProfile', subjectId: profile.id, details: { fields: Object.keys(input).sort() } });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
    });
    return this.myAvailability(user);
  }

  /** The therapist's settings, created with defaults (their account's zone) the first time. */
  async settingsFor(em: EntityManager, profile: TherapistProfile, user: User): Promise<BookingSettings> {
    const existing = await em.findOne(BookingSettings, { therapist: profile });
    if (existing) return existing;
    // The database's defaults, inserted once even when two first requests race (say, two uploads at once).
    await em.execute(
      'insert into booking_settings (therapist_id, time_zone, updated_at) values (?, ?, now()) on conflict (therapist_id) do nothing',
      [profile.id, user.timeZone],
    );
    return em.findOneOrFail(BookingSettings, { therapist: profile });
  }

  /**
   * Busy blocks of one calendar, replaced wholesale (used by the calendar
   * import). Multi-row inserts, not one managed entity per interval: a file of
   * thousands of events would otherwise hold the event loop for seconds in the unit of work.
   */
  async replaceBusyTimes(em: EntityManager, calendar: ExternalCalendar, intervals: { start: Date; end: Date }[]): Promise<void> {
    await em.nativeDelete(ExternalBusyTime, { calendar });
    for (let first = 0; first < intervals.length; first += BUSY_ROWS_PER_INSERT) {
      const rows = intervals.slice(first, first + BUSY_ROWS_PER_INSERT).map((interval) => ({
        id: randomUUID(),
        calendar: calendar.id,
        therapist: calendar.therapist.id,
        startsAt: interval.start,
        endsAt: interval.end,
      }));
      await em.insertMany(ExternalBusyTime, rows);
    }
  }
}
