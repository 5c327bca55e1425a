import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CancellationPolicy, DEFAULT_CANCELLATION_POLICY, formatLocalTime, isValidLocalDate, localDateOf, parseLocalTime, SlotSettings, validateCancellationPolicy, validateSlotSettings, validateWeeklyRules, validateWindows } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { settingsFor } from './booking-settings';
import { CalendarsService } from './calendars.service';
import { BookingSettingsInput, DateOverrideInput, WeeklyRuleInput } from './dto/availability.input';
import { BookingSettings } from './entities/booking-settings.entity';
import { DateOverride } from './entities/date-override.entity';
import { WeeklyRule } from './entities/weekly-rule.entity';
import { MyAvailabilityModel } from './models/availability.models';
import { cancellationPolicyOf, toSlotSettings } from './schedule-loader';

/** A therapist's own hours, overrides and booking settings. Every change is audited and tells the search index. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly calendars: CalendarsService,
  ) {}

  async myAvailability(user: User): Promise<MyAvailabilityModel> {
    const profile = await this.therapists.requireOwnProfile(user);
    const settings = await settingsFor(this.em, profile, user);
    const today = localDateOf(this.clock.now(), settings.timeZone);
    const [rules, overrides, calendars] = await Promise.all([
      this.em.find(WeeklyRule, { therapist: profile }, { orderBy: { weekday: 'asc', startMinute: 'asc' } }),
      this.em.find(DateOverride, { therapist: profile, date: { $gte: today } }, { orderBy: { date: 'asc' } }),
      this.calendars.listOwn(profile),
    ]);
    await this.em.flush(); // settings created with defaults on first look
    return {
      settings,
      weeklyRules: rules.map((rule) => ({ weekday: rule.weekday, startLocal: formatLocalTime(rule.startMinute), endLocal: formatLocalTime(rule.endMinute) })),
      dateOverrides: overrides.map(({ date, windows }) => ({ date, windows })),
      calendars,
    };
  }

  /** Replaces the whole week in one transaction: all of it or none of it. */
  async setWeeklyRules(user: User, rules: WeeklyRuleInput[]): Promise<MyAvailabilityModel> {
    const problems = validateWeeklyRules(rules.map((rule) => ({ ...rule, weekday: rule.weekday as 1 })), 'rules');
    if (problems.length) throw AvailabilityError.fromProblems(problems);
    await this.changeSchedule(user, async (em, profile) => {
      await em.nativeDelete(WeeklyRule, { therapist: profile });
      for (const rule of rules) {
        em.create(WeeklyRule, {
          therapist: profile,
          weekday: rule.weekday,
          startMinute: parseLocalTime(rule.startLocal),
          endMinute: parseLocalTime(rule.endLocal, { allowEndOfDay: true }),
        });
      }
      return { action: 'availability.weekly_rules_set', details: { windows: rules.length } };
    });
    return this.myAvailability(user);
  }

  async setDateOverride(user: User, input: DateOverrideInput): Promise<MyAvailabilityModel> {
    requireLocalDate(input.date);
    const problems = validateWindows(input.windows, 'windows');
    if (problems.length) throw AvailabilityError.fromProblems(problems);
    await this.changeSchedule(user, async (em, profile) => {
      const windows = input.windows.map(({ startLocal, endLocal }) => ({ startLocal, endLocal }));
      const existing = await em.findOne(DateOverride, { therapist: profile, date: input.date });
      if (existing) existing.windows = windows;
      else em.create(DateOverride, { therapist: profile, date: input.date, windows });
      return { action: 'availability.date_override_set', details: { date: input.date, windows: windows.length } };
    });
    return this.myAvailability(user);
  }

  async removeDateOverride(user: User, date: string): Promise<MyAvailabilityModel> {
    requireLocalDate(date);
    await this.changeSchedule(user, async (em, profile) => {
      const removed = await em.nativeDelete(DateOverride, { therapist: profile, date });
      // Removing what is not there changes nothing: no audit event, nothing for the search index.
      return removed ? { action: 'availability.date_override_removed', details: { date } } : null;
    });
    return this.myAvailability(user);
  }

  async updateSettings(user: User, input: BookingSettingsInput): Promise<MyAvailabilityModel> {
    await this.changeSchedule(user, async (em, profile) => {
      const settings = await settingsFor(em, profile, user);
      const { timeZone, cancellationWindowHours, lateCancelFeePercent, noShowFeePercent, ...numbers } = input;
      const merged: SlotSettings = { ...toSlotSettings(settings), ...definedOnly(numbers) };
      const policy: CancellationPolicy = { ...cancellationPolicyOf(settings), ...definedOnly({ cancellationWindowHours, lateCancelFeePercent, noShowFeePercent }) };
      const problems = [...validateSlotSettings(merged, ''), ...validateCancellationPolicy(policy, 'policy').map((problem) => ({ ...problem, path: problem.path.replace(/^policy\./, '') }))];
      if (problems.length) throw AvailabilityError.fromProblems(problems);
      Object.assign(settings, merged, policy, timeZone === undefined ? {} : { timeZone });
      return { action: 'availability.settings_updated', details: { fields: Object.keys(definedOnly(input)).sort() } };
    });
    return this.myAvailability(user);
  }

  /**
   * Each therapist's cancellation policy and zone, for the booking pages (one
   * statement). Therapists without settings yet have the default policy.
   */
  async cancellationPolicies(therapistIds: readonly string[], em: EntityManager = this.em): Promise<Map<string, { policy: CancellationPolicy; timeZone: string | null }>> {
    const ids = [...new Set(therapistIds)];
    const rows = ids.length === 0 ? [] : await em.find(BookingSettings, { therapist: { $in: ids } });
    const found = new Map(rows.map((settings) => [settings.therapist.id, { policy: cancellationPolicyOf(settings), timeZone: settings.timeZone as string | null }]));
    return new Map(ids.map((id) => [id, found.get(id) ?? { policy: { ...DEFAULT_CANCELLATION_POLICY }, timeZone: null }]));
  }

  /**
   * One schedule change in one transaction, with its audit event and the
   * search index's outbox event (or neither, when `change` returns null).
   */
  private async changeSchedule(
    user: User,
    change: (em: EntityManager, profile: TherapistProfile) => Promise<{ action: string; details: Record<string, unknown> } | null>,
  ): Promise<void> {
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      await settingsFor(em, profile, user);
      const done = await change(em, profile);
      if (!done) return;
      this.audit.record(em, { actor: user, action: done.action, subjectType: 'TherapistProfile', subjectId: profile.id, details: done.details });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
    });
  }
}

function requireLocalDate(date: string): void {
  if (!isValidLocalDate(date)) throw new InputError('date', 'Use a date like 2026-12-24.');
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
