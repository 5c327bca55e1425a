/** One step before a therapist can be found and booked. */
export interface ChecklistItem {
  key: 'profile' | 'license' | 'hours' | 'sessionTypes' | 'payouts';
  label: string;
  state: 'done' | 'todo' | 'coming';
  /** Where to do it; null for a step that is not in the app yet. */
  to: string | null;
}

interface ChecklistFacts {
  profile: { headline: string | null; bio: string | null; formats: readonly string[] } | null;
  licenses: readonly { status: string }[];
  weeklyRuleCount: number;
  sessionTypes: readonly { archived: boolean }[];
}

/** The go-live checklist, from what the therapist has set up. Payouts are shown as coming: profiles have no payouts yet. */
export function goLiveChecklist(facts: ChecklistFacts, links: Record<'profile' | 'license' | 'hours' | 'sessionTypes', string>): ChecklistItem[] {
  const profileDone = Boolean(facts.profile?.headline?.trim() && facts.profile.bio?.trim() && facts.profile.formats.length);
  return [
    { key: 'profile', label: 'Write your profile: headline, about you, and how you meet clients', state: profileDone ? 'done' : 'todo', to: links.profile },
    { key: 'license', label: 'Get a license verified', state: facts.licenses.some((license) => license.status === 'VERIFIED') ? 'done' : 'todo', to: links.license },
    { key: 'hours', label: 'Set your weekly hours', state: facts.weeklyRuleCount > 0 ? 'done' : 'todo', to: links.hours },
    { key: 'sessionTypes', label: 'Offer at least one session type', state: facts.sessionTypes.some((type) => !type.archived) ? 'done' : 'todo', to: links.sessionTypes },
    { key: 'payouts', label: 'Connect payouts for paid sessions', state: 'coming', to: null },
  ];
}
