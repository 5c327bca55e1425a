// Wording shared by the web wizard and the API. PHQ-9 and GAD-7 are free to
// reproduce (Pfizer: "no permission required to reproduce, translate, display
// or distribute"); keep the standard English wording and order, since the
// published bands only hold for the items as written.

export const SCREENER_KINDS = ['PHQ9', 'GAD7'] as const;
export type ScreenerKind = (typeof SCREENER_KINDS)[number];

/** The stem both questionnaires share, shown above the items. */
export const SCREENER_QUESTION_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const PHQ9_ITEMS: readonly string[] = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

/** PHQ-9 item 9 (thoughts of self-harm), zero-based. Any answer above 0 shows crisis resources. */
export const SELF_HARM_ITEM_INDEX = 8;

export const GAD7_ITEMS: readonly string[] = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];

export interface ScreenerResponseOption {
  readonly value: 0 | 1 | 2 | 3;
  readonly label: string;
}

export const SCREENER_RESPONSE_OPTIONS: readonly ScreenerResponseOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export interface CrisisResource {
  readonly name: string;
  readonly action: string;
  /** A tel: or sms: link, so one tap starts the call or message. */
  readonly href: string;
}

/**
 * United States crisis lines, shown before any results when PHQ-9 item 9 is
 * positive (DESIGN.md section 5). They never replace or block the matches.
 */
export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  { name: '988 Suicide & Crisis Lifeline', action: 'Call or text 988', href: 'tel:988' },
  { name: '988 Lifeline text line', action: 'Text 988', href: 'sms:988' },
  { name: 'Emergency services', action: 'Call 911 if you are in immediate danger', href: 'tel:911' },
  // RFC 5724 form; current iOS and Android both prefill the body from it.
  { name: 'Crisis Text Line', action: 'Text HOME to 741741', href: 'sms:741741?body=HOME' },
];
