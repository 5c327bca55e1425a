import { MODALITIES, findModality, isModalityCode, modalityNameInSentence } from './modalities';

/** Sentences end with . ! or ? followed by whitespace or the end of the text. */
function countSentences(text: string): number {
  return (text.match(/[.!?](?=\s|$)/g) ?? []).length;
}

const REQUIRED_CODES = [
  'CBT', 'DBT', 'ACT', 'EMDR', 'ERP', 'CPT', 'PE', 'IPT', 'BEHAVIOURAL_ACTIVATION', 'PSYCHODYNAMIC',
  'PERSON_CENTRED', 'MINDFULNESS_BASED', 'FAMILY_SYSTEMS', 'GOTTMAN', 'EFT', 'SCHEMA', 'NARRATIVE',
  'SOLUTION_FOCUSED', 'MOTIVATIONAL_INTERVIEWING', 'CBT_I', 'TF_CBT', 'MENTALIZATION_BASED', 'COMPASSION_FOCUSED',
  'SOMATIC', 'PARENT_CHILD_INTERACTION',
];

describe('modalities', () => {
  it.each(REQUIRED_CODES)('includes %s', (code) => {
    expect(isModalityCode(code)).toBe(true);
    expect(findModality(code)?.code).toBe(code);
  });

  it('returns undefined for an unknown code', () => {
    expect(findModality('REIKI')).toBeUndefined();
  });

  it('counts sentences the way the description rule means', () => {
    expect(countSentences('One thing. Another thing.')).toBe(2);
    expect(countSentences('One thing, and another.')).toBe(1);
    expect(countSentences('Is it? Yes. Really!')).toBe(3);
  });

  it.each(MODALITIES.map((modality) => [modality.code, modality.description]))(
    '%s has a two-sentence description',
    (_code, description) => {
      expect(countSentences(description)).toBe(2);
      expect(description.endsWith('.')).toBe(true);
      for (const sentence of description.split(/(?<=[.!?])\s+/)) expect(sentence).toMatch(/^[A-Z]/);
    },
  );

  it('has unique names and short names', () => {
    const names = MODALITIES.map((modality) => modality.name);
    const shortNames = MODALITIES.map((modality) => modality.shortName);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(shortNames).size).toBe(shortNames.length);
  });

  it.each([
    ['ERP', 'ERP'],
    ['CBT_I', 'CBT-I'],
    ['BEHAVIOURAL_ACTIVATION', 'behavioral activation'],
    ['PE', 'prolonged exposure (PE)'],
    ['GOTTMAN', 'the Gottman Method'],
    ['SCHEMA', 'schema therapy'],
  ])('reads %s mid-sentence as "%s"', (code, expected) => {
    const modality = findModality(code);
    expect(modality).toBeDefined();
    if (modality) expect(modalityNameInSentence(modality)).toBe(expected);
  });
});
