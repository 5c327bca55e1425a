import type { DayPart, IntakeFormat, TherapistGender } from '../gql/graphql';
import type { CostChoice, Priority } from './intake-draft';

// Labels for the wizard's fixed choices, in words a person would use.

export const PRIORITY_OPTIONS: readonly { value: Priority; label: string }[] = [
  { value: 3, label: 'Matters most' },
  { value: 2, label: 'Matters quite a bit' },
  { value: 1, label: 'Matters a little' },
];

export const FORMAT_OPTIONS: readonly { value: IntakeFormat; label: string; description: string }[] = [
  { value: 'ANY', label: 'Any way is fine', description: 'Video, phone or in person: we show them all.' },
  { value: 'VIDEO', label: 'Video', description: 'From wherever you feel comfortable.' },
  { value: 'IN_PERSON', label: 'In person', description: 'In the therapist’s office.' },
  { value: 'PHONE', label: 'Phone', description: 'Just voices, no camera.' },
];

export const COST_OPTIONS: readonly { value: CostChoice; label: string; description: string }[] = [
  { value: 'ANY', label: 'Show me every fee', description: 'You can narrow by price on your matches.' },
  { value: 'BUDGET', label: 'I have a budget per session', description: 'We only show therapists at or under it.' },
  {
    value: 'SLIDING_SCALE',
    label: 'I need a reduced fee (sliding scale)',
    description: 'Therapists who lower their fee based on what you can pay.',
  },
];

export const GENDER_OPTIONS: readonly { value: TherapistGender; label: string }[] = [
  { value: 'WOMAN', label: 'A woman' },
  { value: 'MAN', label: 'A man' },
  { value: 'NON_BINARY', label: 'A non-binary person' },
];

export const DAY_PART_OPTIONS: readonly { value: DayPart; label: string }[] = [
  { value: 'MORNING', label: 'Mornings (6 am – noon)' },
  { value: 'AFTERNOON', label: 'Afternoons (noon – 5 pm)' },
  { value: 'EVENING', label: 'Evenings (5 – 10 pm)' },
];

export function optionLabel<Value>(options: readonly { value: Value; label: string }[], value: Value): string {
  return options.find((option) => option.value === value)?.label ?? String(value);
}
