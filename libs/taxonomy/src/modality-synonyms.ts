import type { ModalityCode } from './modalities';

/**
 * What people type for each approach, beside its name and short name. A
 * synonym belongs to one approach only (modality-text.spec.ts). Short names
 * that are everyday words ("act", "pe") are left to these longer phrases.
 */
export const MODALITY_SYNONYMS: Readonly<Record<ModalityCode, readonly string[]>> = {
  CBT: ['cognitive behavioural therapy', 'cognitive behavioral', 'cognitive behavioural', 'cognitive therapy', 'cbt therapy'],
  DBT: ['dialectical behaviour therapy', 'dialectical', 'dbt skills', 'dbt skills group'],
  ACT: ['acceptance and commitment', 'acceptance commitment therapy', 'act therapy'],
  EMDR: ['eye movement', 'eye movement therapy', 'bilateral stimulation'],
  ERP: ['exposure response prevention', 'exposure and response', 'exposure with response prevention'],
  CPT: ['cognitive processing'],
  PE: ['prolonged exposure', 'pe therapy'],
  IPT: ['interpersonal therapy', 'interpersonal'],
  BEHAVIOURAL_ACTIVATION: ['behavioural activation', 'ba therapy'],
  PSYCHODYNAMIC: ['psychoanalytic', 'psychoanalysis', 'insight oriented', 'depth therapy'],
  PERSON_CENTRED: ['person centred', 'client centered', 'client centred', 'humanistic', 'rogerian', 'talk therapy', 'someone to talk to'],
  MINDFULNESS_BASED: ['mindfulness', 'mindfulness based', 'meditation', 'mbsr'],
  FAMILY_SYSTEMS: ['family therapy', 'family counseling', 'family counselling', 'bowen', 'structural family therapy'],
  GOTTMAN: ['gottman', 'gottman method', 'gottman therapy'],
  EFT: ['emotionally focused', 'emotion focused therapy', 'eft couples'],
  IBCT: ['integrative behavioral couple', 'integrative couple therapy'],
  SCHEMA: ['schema', 'schema focused'],
  NARRATIVE: ['narrative'],
  SOLUTION_FOCUSED: ['solution focused', 'sfbt', 'brief therapy', 'short term therapy'],
  MOTIVATIONAL_INTERVIEWING: ['motivational', 'motivational enhancement'],
  CBT_I: ['cbti', 'cbt for insomnia', 'sleep therapy'],
  TF_CBT: ['tfcbt', 'trauma focused cbt', 'trauma focused'],
  MENTALIZATION_BASED: ['mentalization', 'mentalizing'],
  COMPASSION_FOCUSED: ['compassion focused', 'self compassion therapy'],
  SOMATIC: ['somatic experiencing', 'body based therapy', 'body work', 'sensorimotor'],
  PARENT_CHILD_INTERACTION: ['parent child interaction', 'parent child therapy'],
  CBT_E: ['cbte', 'enhanced cbt'],
  FAMILY_BASED_TREATMENT: ['family based treatment', 'maudsley', 'maudsley approach'],
  EXPOSURE_THERAPY: ['exposure', 'graded exposure', 'systematic desensitization'],
  PLAY_THERAPY: ['play based therapy', 'child play therapy'],
};

/** Short names that are also everyday words: not matched on their own in free text. */
export const AMBIGUOUS_MODALITY_SHORT_NAMES: ReadonlySet<string> = new Set(['ACT', 'PE']);
