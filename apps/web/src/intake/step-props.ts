import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { IntakeDraft } from './intake-draft';
import type { IntakeErrors } from './intake-validation';

/** What every step gets: the answers, their messages, a way to change them, and the lists. */
export interface StepProps {
  draft: IntakeDraft;
  errors: IntakeErrors;
  update(patch: Partial<IntakeDraft>): void;
  taxonomy: TaxonomyLookups;
}
