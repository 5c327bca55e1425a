/**
 * Beyond having booked, whether a therapist may read a client's record: the
 * alliance module's rule (after a rematch offer, a therapist first booked
 * afterwards needs the client's sharing consent) is bound to this token.
 */
export abstract class HealthDataAccessRule {
  abstract allows(input: { therapistId: string; clientId: string }): Promise<boolean>;
}
