/** A crisis line as the API sends it (`CrisisResource`): what to do, who answers, a tel:/sms: link. */
export interface CrisisResourceLink {
  name: string;
  action: string;
  href: string;
}

/**
 * United States crisis lines, for moments before the server has answered (the
 * wizard shows them as soon as PHQ-9 item 9 is answered above "Not at all").
 * Same list as CRISIS_RESOURCES in libs/domain/src/screeners/screener-content.ts,
 * which stays the source of truth; after submitting, the server's copy is shown.
 */
export const US_CRISIS_RESOURCES: readonly CrisisResourceLink[] = [
  { name: '988 Suicide & Crisis Lifeline', action: 'Call or text 988', href: 'tel:988' },
  { name: '988 Lifeline text line', action: 'Text 988', href: 'sms:988' },
  { name: 'Emergency services', action: 'Call 911 if you are in immediate danger', href: 'tel:911' },
  { name: 'Crisis Text Line', action: 'Text HOME to 741741', href: 'sms:741741?body=HOME' },
];
