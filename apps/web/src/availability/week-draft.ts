import type { WeeklyRuleInput } from '../gql/graphql';
import { draftsFrom, toWindowInput, validateDayWindows, type WindowDraft, type WindowProblems } from './time-windows';
import { WEEKDAYS } from './weekdays';

/** The week as the editor holds it: each ISO weekday's windows. */
export type WeekDraft = Readonly<Record<number, readonly WindowDraft[]>>;

export function weekDraftFrom(rules: readonly { weekday: number; startLocal: string; endLocal: string }[]): WeekDraft {
  const week: Record<number, WindowDraft[]> = {};
  for (const day of WEEKDAYS) {
    week[day.iso] = draftsFrom(rules.filter((rule) => rule.weekday === day.iso));
  }
  return week;
}

/** The week as `setWeeklyRules` takes it, with `keys[i]` naming the window behind `rules[i]` (to place server errors). */
export function weeklyRulesInput(week: WeekDraft): { rules: WeeklyRuleInput[]; keys: string[] } {
  const rules: WeeklyRuleInput[] = [];
  const keys: string[] = [];
  for (const day of WEEKDAYS) {
    for (const window of week[day.iso] ?? []) {
      rules.push({ weekday: day.iso, ...toWindowInput(window) });
      keys.push(window.key);
    }
  }
  return { rules, keys };
}

export function validateWeek(week: WeekDraft): WindowProblems {
  return Object.assign({}, ...WEEKDAYS.map((day) => validateDayWindows(week[day.iso] ?? [])));
}
