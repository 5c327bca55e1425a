import type { SessionFormat } from '../gql/graphql';

const FORMAT_LABELS: Record<SessionFormat, string> = {
  VIDEO: 'Video',
  IN_PERSON: 'In person',
  PHONE: 'Phone',
};

export const SESSION_FORMATS: readonly SessionFormat[] = ['VIDEO', 'IN_PERSON', 'PHONE'];

export function formatLabel(format: SessionFormat): string {
  return FORMAT_LABELS[format];
}
