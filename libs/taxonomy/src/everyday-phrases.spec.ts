import { matchConcernsInText } from './concern-text';
import { matchModalitiesInText, modalityTermsNormalized } from './modality-text';

// What people type into the search box, and what the taxonomy must hear. The
// search engines expand text with these matches, so this table is what keeps
// the search box and the filters in agreement.

describe('everyday phrases → concerns', () => {
  it.each<[string, string[]]>([
    ['panic attacks', ['PANIC']],
    ["can't sleep", ['INSOMNIA']],
    ['cant sleep at night', ['INSOMNIA']],
    ['ptsd', ['PTSD']],
    ['PTSD after the accident', ['PTSD']],
    ['couples', ['RELATIONSHIPS']],
    ['couples counseling', ['RELATIONSHIPS']],
    ['marriage problems', ['RELATIONSHIPS']],
    ['fighting with my partner', ['RELATIONSHIPS']],
    ['ocd', ['OCD']],
    ['intrusive thoughts', ['OCD']],
    ['hoarding', ['OCD']],
    ['grief', ['GRIEF']],
    ['my dad died', ['GRIEF']],
    ['lost my mom last year', ['GRIEF']],
    ['dealing with loss', ['GRIEF']],
    ['drinking', ['SUBSTANCE_USE']],
    ['drinking too much', ['SUBSTANCE_USE']],
    ['weed', ['SUBSTANCE_USE']],
    ['anxiety', ['ANXIETY']],
    ['overthinking everything', ['ANXIETY']],
    ['depressed', ['DEPRESSION']],
    ['feeling down', ['DEPRESSION']],
    ['hopeless', ['DEPRESSION']],
    ['burned out at work', ['BURNOUT']],
    ['eating disorder', ['EATING_DISORDERS']],
    ['binge eating', ['EATING_DISORDERS']],
    ['adhd', ['ADHD']],
    ['autistic adult', ['AUTISM']],
    ['bipolar', ['BIPOLAR']],
    ['mood swings', ['BIPOLAR']],
    ['cutting', ['SELF_HARM']],
    ['abuse', ['DOMESTIC_ABUSE']],
    ['abusive relationship', ['DOMESTIC_ABUSE']],
    ['childhood abuse', ['CHILDHOOD_TRAUMA']],
    ['breakup', ['BREAKUP']],
    ['going through a divorce', ['DIVORCE']],
    ['my partner cheated', ['INFIDELITY']],
    ['lonely', ['LONELINESS']],
    ['social anxiety', ['SOCIAL_ANXIETY']],
    ['fear of flying', ['PHOBIAS']],
    ['stressed out', ['STRESS']],
    ['angry all the time', ['ANGER']],
    ['gambling', ['GAMBLING']],
    ['nightmares', ['PTSD']],
    ['chronic pain', ['CHRONIC_PAIN']],
    ['postpartum', ['PERINATAL']],
    ['ivf', ['INFERTILITY']],
    ['coming out', ['LGBTQ_IDENTITY']],
    ['transgender', ['GENDER_IDENTITY']],
    ['low self esteem', ['SELF_ESTEEM']],
    ['body image', ['BODY_IMAGE']],
    ['parenting', ['PARENTING']],
    ['caring for aging parents', ['CAREGIVING']],
    ['lost my job', ['CAREER']],
    ['moving to a new city', ['LIFE_TRANSITIONS']],
    ['health anxiety', ['HEALTH_ANXIETY']],
    ['suicidal', ['SUICIDAL_THOUGHTS']],
    ['panic attacks and can’t sleep', ['PANIC', 'INSOMNIA']],
    ['grief and drinking', ['GRIEF', 'SUBSTANCE_USE']],
  ])('%j → %j', (phrase, expected) => {
    expect(matchConcernsInText(phrase)).toEqual(expected);
  });

  it.each(['Dr. Maya Patel', 'evening appointments', 'in Brooklyn', 'speaks Spanish'])('%j names no concern', (phrase) => {
    expect(matchConcernsInText(phrase)).toEqual([]);
  });
});

describe('everyday phrases → approaches', () => {
  it.each<[string, string[]]>([
    ['cbt', ['CBT']],
    ['cognitive behavioural therapy', ['CBT']],
    ['dbt skills group', ['DBT']],
    ['emdr', ['EMDR']],
    ['eye movement therapy', ['EMDR']],
    ['gottman', ['GOTTMAN']],
    ['emotionally focused', ['EFT']],
    ['family therapy', ['FAMILY_SYSTEMS']],
    ['mindfulness', ['MINDFULNESS_BASED']],
    ['exposure and response prevention', ['ERP']],
    ['prolonged exposure', ['PE']],
    ['exposure', ['EXPOSURE_THERAPY']],
    ['acceptance and commitment', ['ACT']],
    ['psychoanalytic', ['PSYCHODYNAMIC']],
    ['talk therapy', ['PERSON_CENTRED']],
    ['cbt for insomnia', ['CBT_I']],
    ['trauma focused cbt', ['TF_CBT']],
    ['play therapy for my son', ['PLAY_THERAPY']],
  ])('%j → %j', (phrase, expected) => {
    expect(matchModalitiesInText(phrase)).toEqual(expected);
  });

  it.each(['I act on impulse', 'gym class and pe', 'grief'])('%j names no approach', (phrase) => {
    expect(matchModalitiesInText(phrase)).toEqual([]);
  });

  it('gives each term to one approach only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const { code, term } of modalityTermsNormalized()) {
      const owner = owners.get(term);
      if (owner !== undefined && owner !== code) clashes.push(`"${term}" in ${owner} and ${code}`);
      owners.set(term, code);
    }
    expect(clashes).toEqual([]);
  });
});
