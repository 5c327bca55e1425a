import type { SessionKind } from '../gql/graphql';

const KIND_LABELS: Record<SessionKind, string> = {
  CONSULTATION: 'Free consultation',
  INTAKE: 'Intake (first session)',
  INDIVIDUAL: 'Individual therapy',
  COUPLES: 'Couples therapy',
  FAMILY: 'Family therapy',
};

export const SESSION_KINDS: readonly SessionKind[] = ['INDIVIDUAL', 'INTAKE', 'COUPLES', 'FAMILY', 'CONSULTATION'];

export function sessionKindLabel(kind: SessionKind): string {
  return KIND_LABELS[kind];
}
