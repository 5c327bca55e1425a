import { isConcernCode } from './concerns';
import { EVIDENCE_LINKS, evidenceFor, evidenceReason, findEvidenceLink } from './evidence';
import { EVIDENCE_SOURCES } from './evidence-sources';
import { isModalityCode } from './modalities';

describe('evidence links', () => {
  it('reference existing concerns and modalities', () => {
    for (const link of EVIDENCE_LINKS) {
      expect([link, isConcernCode(link.concern), isModalityCode(link.modality)]).toEqual([link, true, true]);
    }
  });

  it('link each concern and modality at most once', () => {
    const pairs = EVIDENCE_LINKS.map((link) => `${link.concern}→${link.modality}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('cite one of the named sources', () => {
    const sources: readonly string[] = Object.values(EVIDENCE_SOURCES);
    for (const link of EVIDENCE_LINKS) expect(sources).toContain(link.source);
  });

  it.each([
    ['OCD', 'ERP', 'STRONG'],
    ['PTSD', 'CPT', 'STRONG'],
    ['PTSD', 'PE', 'STRONG'],
    ['PTSD', 'EMDR', 'STRONG'],
    ['PANIC', 'CBT', 'STRONG'],
    ['BPD', 'DBT', 'STRONG'],
    ['DEPRESSION', 'CBT', 'STRONG'],
    ['DEPRESSION', 'BEHAVIOURAL_ACTIVATION', 'STRONG'],
    ['DEPRESSION', 'IPT', 'STRONG'],
    ['INSOMNIA', 'CBT_I', 'STRONG'],
    ['ANXIETY', 'CBT', 'STRONG'],
    ['ANXIETY', 'ACT', 'MODERATE'],
    ['SOCIAL_ANXIETY', 'CBT', 'STRONG'],
    ['EATING_DISORDERS', 'CBT_E', 'STRONG'],
    ['EATING_DISORDERS', 'FAMILY_BASED_TREATMENT', 'STRONG'],
    ['SUBSTANCE_USE', 'MOTIVATIONAL_INTERVIEWING', 'MODERATE'],
    ['RELATIONSHIPS', 'EFT', 'MODERATE'],
  ])('links %s → %s as %s', (concern, modality, strength) => {
    expect(findEvidenceLink(concern, modality)?.strength).toBe(strength);
  });

  it('cites the guidelines the links rest on', () => {
    expect(findEvidenceLink('PTSD', 'CPT')?.source).toBe('APA Clinical Practice Guideline for the Treatment of PTSD (2017)');
    expect(findEvidenceLink('OCD', 'ERP')?.source).toMatch(/^NICE CG31 /);
    expect(findEvidenceLink('INSOMNIA', 'CBT_I')?.source).toMatch(/^AASM /);
    expect(findEvidenceLink('PANIC', 'CBT')?.source).toMatch(/^NICE CG113 /);
  });

  it('makes no claim for the Gottman Method, which no cited source supports', () => {
    expect(EVIDENCE_LINKS.filter((link) => link.modality === 'GOTTMAN')).toEqual([]);
  });
});

describe('evidenceFor', () => {
  it('lists strong links before moderate ones for every concern', () => {
    for (const concern of new Set(EVIDENCE_LINKS.map((link) => link.concern))) {
      const strengths = evidenceFor(concern).map((link) => link.strength);
      const firstModerate = strengths.indexOf('MODERATE');
      if (firstModerate >= 0) expect(strengths.slice(firstModerate)).not.toContain('STRONG');
      expect(strengths.length).toBe(EVIDENCE_LINKS.filter((link) => link.concern === concern).length);
    }
  });

  it('keeps the listed order within a strength', () => {
    expect(evidenceFor('ANXIETY').map((link) => link.modality)).toEqual(['CBT', 'ACT']);
    expect(evidenceFor('DEPRESSION').map((link) => link.modality)).toEqual([
      'CBT', 'BEHAVIOURAL_ACTIVATION', 'IPT', 'MINDFULNESS_BASED', 'PSYCHODYNAMIC',
    ]);
  });

  it('is empty for a concern without links or an unknown code', () => {
    expect(evidenceFor('GRIEF')).toEqual([]);
    expect(evidenceFor('NOT_A_CONCERN')).toEqual([]);
  });

  it('cannot corrupt the data through its result', () => {
    evidenceFor('OCD').pop();
    expect(evidenceFor('OCD')).toHaveLength(1);
  });
});

describe('evidenceReason', () => {
  it.each([
    ['OCD', 'ERP', 'offers ERP, the first-line therapy for OCD'],
    ['ANXIETY', 'ACT', 'offers ACT, which has good evidence for anxiety'],
    ['INSOMNIA', 'CBT_I', 'offers CBT-I, the first-line therapy for insomnia'],
    ['PTSD', 'PE', 'offers prolonged exposure (PE), a first-line therapy for PTSD'],
    ['DEPRESSION', 'BEHAVIOURAL_ACTIVATION', 'offers behavioral activation, a first-line therapy for depression'],
    [
      'SUBSTANCE_USE',
      'MOTIVATIONAL_INTERVIEWING',
      'offers motivational interviewing, which has good evidence for alcohol and drug use',
    ],
    ['PANIC', 'CBT', 'offers CBT, the first-line therapy for panic disorder'],
    ['ANXIETY', 'CBT', 'offers CBT, a first-line therapy for anxiety'],
    ['BPD', 'DBT', 'offers DBT, a first-line therapy for borderline personality disorder'],
  ])('%s + %s → %j', (concern, modality, expected) => {
    expect(evidenceReason(concern, modality)).toBe(expected);
  });

  it.each([
    ['GRIEF', 'CBT'],
    ['ANXIETY', 'ERP'],
    ['OCD', 'NOT_A_MODALITY'],
    ['NOT_A_CONCERN', 'CBT'],
  ])('is null for %s + %s', (concern, modality) => {
    expect(evidenceReason(concern, modality)).toBeNull();
  });

  it('reads as a lowercase phrase for every link', () => {
    for (const link of EVIDENCE_LINKS) {
      const reason = evidenceReason(link.concern, link.modality);
      expect(reason).toMatch(/^offers \S.*, (the first-line therapy|a first-line therapy|which has good evidence) for \S/);
      expect(reason).not.toMatch(/undefined|null/);
    }
  });
});
