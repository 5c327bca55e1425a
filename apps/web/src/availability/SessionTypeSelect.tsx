import { NativeSelect } from '@mantine/core';
import { formatCents } from '../format/money';
import type { BookableSessionTypesQuery } from '../gql/graphql';

export type BookableSessionType = NonNullable<BookableSessionTypesQuery['therapist']>['sessionTypes'][number];

interface SessionTypeSelectProps {
  sessionTypes: readonly BookableSessionType[];
  value: string;
  onChange(id: string): void;
}

function optionLabel(sessionType: BookableSessionType): string {
  const price = sessionType.priceMinor === 0 ? 'free' : formatCents(sessionType.priceMinor);
  return `${sessionType.name} · ${sessionType.durationMinutes} min · ${price}`;
}

/** Which kind of session to see open times for (lengths differ, so times do too). */
export function SessionTypeSelect({ sessionTypes, value, onChange }: SessionTypeSelectProps) {
  return (
    <NativeSelect
      label="Session type"
      data={sessionTypes.map((sessionType) => ({ value: sessionType.id, label: optionLabel(sessionType) }))}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
