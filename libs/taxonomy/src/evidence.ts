import { concernNameInSentence, findConcern, type ConcernCode } from './concerns';
import { EVIDENCE_SOURCES as SOURCE } from './evidence-sources';
import { findModality, modalityNameInSentence, type ModalityCode } from './modalities';

export const EVIDENCE_STRENGTHS = ['STRONG', 'MODERATE'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export interface EvidenceLink {
  readonly concern: ConcernCode;
  readonly modality: ModalityCode;
  /** STRONG: a first-line, strongly recommended therapy. MODERATE: good but weaker or narrower support. */
  readonly strength: EvidenceStrength;
  readonly source: string;
}

// Concern → therapy links used for "modality fit" in matching (DESIGN.md section 5)
// when the client states no preference. Within a concern, listed in the order to show.
// Deliberately absent: Gottman Method (no guideline or meta-analytic support we can cite),
// and concerns such as grief or burnout that no cited guideline covers.
export const EVIDENCE_LINKS: readonly EvidenceLink[] = [
  { concern: 'ANXIETY', modality: 'CBT', strength: 'STRONG', source: SOURCE.NICE_CG113_ANXIETY },
  { concern: 'ANXIETY', modality: 'ACT', strength: 'MODERATE', source: SOURCE.DIV12_ACT_MIXED_ANXIETY },
  { concern: 'PANIC', modality: 'CBT', strength: 'STRONG', source: SOURCE.NICE_CG113_ANXIETY },
  { concern: 'SOCIAL_ANXIETY', modality: 'CBT', strength: 'STRONG', source: SOURCE.NICE_CG159_SOCIAL_ANXIETY },
  { concern: 'OCD', modality: 'ERP', strength: 'STRONG', source: SOURCE.NICE_CG31_OCD },
  { concern: 'PHOBIAS', modality: 'EXPOSURE_THERAPY', strength: 'STRONG', source: SOURCE.DIV12_SPECIFIC_PHOBIAS },

  { concern: 'PTSD', modality: 'CPT', strength: 'STRONG', source: SOURCE.APA_PTSD_2017 },
  { concern: 'PTSD', modality: 'PE', strength: 'STRONG', source: SOURCE.APA_PTSD_2017 },
  // APA 2017 rates EMDR only conditionally; VA/DoD 2023 recommends it as strongly as CPT and PE.
  { concern: 'PTSD', modality: 'EMDR', strength: 'STRONG', source: SOURCE.VA_DOD_PTSD_2023 },
  { concern: 'PTSD', modality: 'CBT', strength: 'STRONG', source: SOURCE.APA_PTSD_2017 },
  { concern: 'PTSD', modality: 'TF_CBT', strength: 'STRONG', source: SOURCE.NICE_NG116_PTSD },

  { concern: 'DEPRESSION', modality: 'CBT', strength: 'STRONG', source: SOURCE.APA_DEPRESSION_2019 },
  // APA 2019 recommends "behavioral therapy", of which behavioral activation is the main form.
  { concern: 'DEPRESSION', modality: 'BEHAVIOURAL_ACTIVATION', strength: 'STRONG', source: SOURCE.APA_DEPRESSION_2019 },
  { concern: 'DEPRESSION', modality: 'IPT', strength: 'STRONG', source: SOURCE.APA_DEPRESSION_2019 },
  { concern: 'DEPRESSION', modality: 'MINDFULNESS_BASED', strength: 'MODERATE', source: SOURCE.NICE_NG222_DEPRESSION },
  { concern: 'DEPRESSION', modality: 'PSYCHODYNAMIC', strength: 'MODERATE', source: SOURCE.NICE_NG222_DEPRESSION },

  // NICE CG78 only says "consider" DBT, for women who self-harm; the 2024 APA guideline is the strong one.
  { concern: 'BPD', modality: 'DBT', strength: 'STRONG', source: SOURCE.APA_BPD_2024 },
  { concern: 'BPD', modality: 'MENTALIZATION_BASED', strength: 'MODERATE', source: SOURCE.APA_BPD_2024 },
  // NICE says "consider" DBT for adolescents (DBT-A) who self-harm frequently.
  { concern: 'SELF_HARM', modality: 'DBT', strength: 'MODERATE', source: SOURCE.NICE_NG225_SELF_HARM },

  { concern: 'INSOMNIA', modality: 'CBT_I', strength: 'STRONG', source: SOURCE.AASM_INSOMNIA_2021 },

  // Family-based treatment for adolescents with anorexia; eating-disorder-focused CBT for adults with bulimia.
  {
    concern: 'EATING_DISORDERS',
    modality: 'FAMILY_BASED_TREATMENT',
    strength: 'STRONG',
    source: SOURCE.APA_EATING_DISORDERS_2023,
  },
  { concern: 'EATING_DISORDERS', modality: 'CBT_E', strength: 'STRONG', source: SOURCE.APA_EATING_DISORDERS_2023 },

  // NICE says "offer" CBT for harmful drinking but advises against it routinely for drug misuse (CG51).
  { concern: 'SUBSTANCE_USE', modality: 'CBT', strength: 'MODERATE', source: SOURCE.NICE_CG115_ALCOHOL },
  // Recommended as motivational enhancement therapy, the structured form of MI.
  { concern: 'SUBSTANCE_USE', modality: 'MOTIVATIONAL_INTERVIEWING', strength: 'MODERATE', source: SOURCE.VA_DOD_SUD_2021 },

  { concern: 'RELATIONSHIPS', modality: 'EFT', strength: 'MODERATE', source: SOURCE.COUPLE_THERAPY_REVIEW_2020 },
  { concern: 'RELATIONSHIPS', modality: 'IBCT', strength: 'MODERATE', source: SOURCE.COUPLE_THERAPY_REVIEW_2020 },

  {
    concern: 'CHILD_BEHAVIOUR',
    modality: 'PARENT_CHILD_INTERACTION',
    strength: 'STRONG',
    source: SOURCE.DISRUPTIVE_BEHAVIOR_UPDATE_2017,
  },
  // Counseling such as CBT and IPT for people at increased risk (grade B).
  { concern: 'PERINATAL', modality: 'CBT', strength: 'MODERATE', source: SOURCE.USPSTF_PERINATAL_2019 },
  { concern: 'PERINATAL', modality: 'IPT', strength: 'MODERATE', source: SOURCE.USPSTF_PERINATAL_2019 },
  // NICE says "consider" ACT or CBT for chronic primary pain.
  { concern: 'CHRONIC_PAIN', modality: 'ACT', strength: 'MODERATE', source: SOURCE.NICE_NG193_CHRONIC_PAIN },
  { concern: 'CHRONIC_PAIN', modality: 'CBT', strength: 'MODERATE', source: SOURCE.NICE_NG193_CHRONIC_PAIN },
  { concern: 'ADHD', modality: 'CBT', strength: 'MODERATE', source: SOURCE.NICE_NG87_ADHD },
];

const STRENGTH_ORDER: Record<EvidenceStrength, number> = { STRONG: 0, MODERATE: 1 };

/** Links for a concern, strong first, otherwise in the order listed above. Empty for unknown codes. */
export function evidenceFor(concernCode: string): EvidenceLink[] {
  return EVIDENCE_LINKS.filter((link) => link.concern === concernCode).sort(
    (a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength],
  );
}

export function findEvidenceLink(concernCode: string, modalityCode: string): EvidenceLink | undefined {
  return EVIDENCE_LINKS.find((link) => link.concern === concernCode && link.modality === modalityCode);
}

/**
 * A client-facing reason, e.g. "offers ERP, the first-line therapy for OCD" or
 * "offers ACT, which has good evidence for anxiety"; null when no link exists.
 * "the first-line" only when it is the concern's only link, else "a first-line".
 */
export function evidenceReason(concernCode: string, modalityCode: string): string | null {
  const link = findEvidenceLink(concernCode, modalityCode);
  const concern = findConcern(concernCode);
  const modality = findModality(modalityCode);
  if (link === undefined || concern === undefined || modality === undefined) return null;

  const therapy = modalityNameInSentence(modality);
  const problem = concernNameInSentence(concern);
  if (link.strength === 'MODERATE') return `offers ${therapy}, which has good evidence for ${problem}`;
  const onlyLink = evidenceFor(concernCode).length === 1;
  return `offers ${therapy}, ${onlyLink ? 'the' : 'a'} first-line therapy for ${problem}`;
}
