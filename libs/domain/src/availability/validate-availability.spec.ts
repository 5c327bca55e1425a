import { formatLocalTime } from '../time';
import { MAX_WINDOWS_PER_DAY, SLOT_SETTINGS_BOUNDS } from './availability-bounds';
import type { SlotSettings, WeeklyRule } from './availability.types';
import { validateDateOverrides, validateSlotSettings, validateWeeklyRules, validateWindows } from './validate-availability';

describe('validateWeeklyRules', () => {
  it('accepts touching windows and several windows a day', () => {
    const rules: WeeklyRule[] = [
      { weekday: 1, startLocal: '09:00', endLocal: '12:00' },
      { weekday: 1, startLocal: '12:00', endLocal: '15:00' },
      { weekday: 1, startLocal: '18:00', endLocal: '24:00' },
      { weekday: 2, startLocal: '00:00', endLocal: '24:00' },
    ];
    expect(validateWeeklyRules(rules)).toEqual([]);
  });

  it('reports bad times, start ≥ end and bad weekdays with their paths', () => {
    const rules = [
      { weekday: 1, startLocal: '09:00', endLocal: '17:00' },
      { weekday: 1, startLocal: '9:00', endLocal: '17:00' },
      { weekday: 2, startLocal: '24:00', endLocal: '24:00' },
      { weekday: 3, startLocal: '17:00', endLocal: '09:00' },
      { weekday: 4, startLocal: '10:00', endLocal: '10:00' },
      { weekday: 5, startLocal: '10:00', endLocal: '25:00' },
      { weekday: 0, startLocal: '10:00', endLocal: '11:00' },
    ] as WeeklyRule[];
    expect(validateWeeklyRules(rules)).toEqual([
      { path: 'rules[1].startLocal', message: 'must be a time "HH:mm" from 00:00 to 23:59' },
      { path: 'rules[2].startLocal', message: 'must be a time "HH:mm" from 00:00 to 23:59' },
      { path: 'rules[3].endLocal', message: 'must be after startLocal (17:00)' },
      { path: 'rules[4].endLocal', message: 'must be after startLocal (10:00)' },
      { path: 'rules[5].endLocal', message: 'must be a time "HH:mm" from 00:01 to 24:00' },
      { path: 'rules[6].weekday', message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' },
    ]);
  });

  it('reports overlapping windows on the same weekday only', () => {
    const rules: WeeklyRule[] = [
      { weekday: 1, startLocal: '09:00', endLocal: '17:00' },
      { weekday: 2, startLocal: '12:00', endLocal: '13:00' },
      { weekday: 1, startLocal: '12:00', endLocal: '13:00' },
      { weekday: 1, startLocal: '16:30', endLocal: '18:00' },
      { weekday: 3, startLocal: '08:00', endLocal: '10:00' },
      { weekday: 3, startLocal: '08:00', endLocal: '09:00' },
    ];
    expect(validateWeeklyRules(rules, 'input.rules')).toEqual([
      { path: 'input.rules[2]', message: 'overlaps input.rules[0] (09:00–17:00) on Monday' },
      { path: 'input.rules[3]', message: 'overlaps input.rules[0] (09:00–17:00) on Monday' },
      { path: 'input.rules[4]', message: 'overlaps input.rules[5] (08:00–09:00) on Wednesday' },
    ]);
  });

  it('reports a list that is not a list', () => {
    expect(validateWeeklyRules(null as unknown as WeeklyRule[])).toEqual([{ path: 'rules', message: 'must be a list of weekly rules' }]);
  });
});

describe('validateWindows', () => {
  it('reports problems under the given path', () => {
    expect(
      validateWindows(
        [
          { startLocal: '09:00', endLocal: '12:00' },
          { startLocal: '11:00', endLocal: '10:00' },
          { startLocal: '11:59', endLocal: '13:00' },
        ],
        'overrides[0].windows',
      ),
    ).toEqual([
      { path: 'overrides[0].windows[1].endLocal', message: 'must be after startLocal (11:00)' },
      { path: 'overrides[0].windows[2]', message: 'overlaps overrides[0].windows[0] (09:00–12:00)' },
    ]);
    expect(validateWindows([])).toEqual([]);
  });
});

describe('validateDateOverrides', () => {
  it('reports bad and repeated dates and bad windows', () => {
    expect(
      validateDateOverrides([
        { date: '2026-03-08', windows: [] },
        { date: '2026-02-30', windows: [] },
        { date: '2026-03-08', windows: [{ startLocal: '10:00', endLocal: '09:00' }] },
      ]),
    ).toEqual([
      { path: 'overrides[1].date', message: 'must be a date "YYYY-MM-DD"' },
      { path: 'overrides[2].date', message: 'repeats overrides[0] (2026-03-08)' },
      { path: 'overrides[2].windows[0].endLocal', message: 'must be after startLocal (10:00)' },
    ]);
  });
});

describe('validateSlotSettings', () => {
  const valid: SlotSettings = {
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minimumNoticeMinutes: 1440,
    horizonDays: 60,
    maxSessionsPerDay: null,
    slotStepMinutes: 15,
  };

  it('accepts sensible settings', () => {
    expect(validateSlotSettings(valid)).toEqual([]);
    expect(validateSlotSettings({ ...valid, maxSessionsPerDay: 6 })).toEqual([]);
  });

  it('reports each bad setting by path, with the shared bounds', () => {
    expect(
      validateSlotSettings({
        bufferBeforeMinutes: -1,
        bufferAfterMinutes: 2.5,
        minimumNoticeMinutes: Number.NaN,
        horizonDays: 0,
        maxSessionsPerDay: 0,
        slotStepMinutes: 1441,
      }),
    ).toEqual([
      { path: 'settings.bufferBeforeMinutes', message: 'must be a whole number from 0 to 240' },
      { path: 'settings.bufferAfterMinutes', message: 'must be a whole number from 0 to 240' },
      { path: 'settings.minimumNoticeMinutes', message: 'must be a whole number from 0 to 43200' },
      { path: 'settings.horizonDays', message: 'must be a whole number from 1 to 366' },
      { path: 'settings.maxSessionsPerDay', message: 'must be null (no cap) or a whole number from 1 to 24' },
      { path: 'settings.slotStepMinutes', message: 'must be a whole number from 5 to 240' },
    ]);
  });

  it.each(Object.entries(SLOT_SETTINGS_BOUNDS))('accepts %s at both ends of its bounds and refuses one past either', (key, { min, max }) => {
    const at = (value: number) => validateSlotSettings({ ...valid, [key]: value }, '');
    expect(at(min)).toEqual([]);
    expect(at(max)).toEqual([]);
    expect(at(min - 1)).toEqual([{ path: key, message: expect.stringContaining(`from ${min} to ${max}`) }]);
    expect(at(max + 1)).toEqual([{ path: key, message: expect.stringContaining(`from ${min} to ${max}`) }]);
  });
});

describe('window counts', () => {
  const windows = (count: number) => Array.from({ length: count }, (_, i) => ({ startLocal: formatLocalTime(i * 60), endLocal: formatLocalTime(i * 60 + 30) }));

  it(`allows ${MAX_WINDOWS_PER_DAY} windows a day and refuses more`, () => {
    expect(validateWindows(windows(MAX_WINDOWS_PER_DAY))).toEqual([]);
    expect(validateWindows(windows(MAX_WINDOWS_PER_DAY + 1))).toEqual([{ path: 'windows', message: `must have at most ${MAX_WINDOWS_PER_DAY} windows a day` }]);
    const tuesdays = windows(MAX_WINDOWS_PER_DAY + 1).map((window) => ({ ...window, weekday: 2 as const }));
    expect(validateWeeklyRules(tuesdays)).toEqual([{ path: 'rules', message: `must have at most ${MAX_WINDOWS_PER_DAY} windows on Tuesday` }]);
    expect(validateWeeklyRules([...windows(MAX_WINDOWS_PER_DAY).map((w) => ({ ...w, weekday: 1 as const })), ...windows(MAX_WINDOWS_PER_DAY).map((w) => ({ ...w, weekday: 2 as const }))])).toEqual([]);
  });
});
