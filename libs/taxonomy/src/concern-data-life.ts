import type { ConcernDefinition } from './concern-types';

// Relationship, life-event, identity and family concerns.
export const LIFE_CONCERNS = [
  // Relationships
  {
    code: 'RELATIONSHIPS',
    name: 'Relationship problems',
    category: 'RELATIONSHIPS',
    synonyms: [
      'relationship issues', 'relationship', 'my relationship', 'my marriage', 'marriage problems',
      'marital problems', 'couples therapy', 'couples counseling', 'marriage counseling', 'fighting with my partner',
      'arguing with my partner', 'communication problems', 'trust issues', 'attachment issues', 'couples', 'couple', 'marriage',
    ],
  },
  {
    code: 'BREAKUP',
    name: 'Breakups',
    category: 'RELATIONSHIPS',
    synonyms: [
      'breakup', 'break up', 'broke up', 'broken up', 'heartbreak', 'heartbroken', 'broken heart', 'dumped',
      'my ex', 'getting over someone',
    ],
  },
  {
    code: 'INFIDELITY',
    name: 'Infidelity',
    category: 'RELATIONSHIPS',
    synonyms: ['affair', 'cheated', 'cheated on', 'cheating', 'unfaithful', 'betrayal', 'betrayed'],
  },
  {
    code: 'LONELINESS',
    name: 'Loneliness',
    category: 'RELATIONSHIPS',
    synonyms: ['lonely', 'isolated', 'isolation', 'no friends', 'feel alone', 'feeling alone', 'making friends'],
  },
  {
    code: 'DIVORCE',
    name: 'Divorce and separation',
    nameInSentence: 'divorce',
    category: 'RELATIONSHIPS',
    synonyms: ['divorce', 'divorced', 'divorcing', 'getting divorced', 'separation', 'separated', 'custody'],
  },

  // Life events
  {
    code: 'GRIEF',
    name: 'Grief and loss',
    nameInSentence: 'grief',
    category: 'LIFE_EVENTS',
    synonyms: [
      'grief', 'grieving', 'bereavement', 'bereaved', 'mourning', 'widowed', 'passed away', 'death of',
      'loss of a loved one', 'lost my mom', 'lost my mother', 'lost my dad', 'lost my father', 'lost my husband',
      'lost my wife', 'lost my partner', 'lost my child', 'lost my son', 'lost my daughter', 'lost my brother',
      'lost my sister', 'lost my friend', 'lost my pet', 'loss', 'my mom died', 'my dad died', 'my mother died', 'my father died', 'died', 'miscarriage loss',
    ],
  },
  {
    code: 'BURNOUT',
    name: 'Burnout',
    category: 'LIFE_EVENTS',
    synonyms: [
      'burned out', 'burnt out', 'burn out', 'exhausted', 'overworked', 'work stress', 'compassion fatigue',
    ],
  },
  {
    code: 'LIFE_TRANSITIONS',
    name: 'Life transitions',
    category: 'LIFE_EVENTS',
    synonyms: [
      'life transition', 'big change', 'relocation', 'relocating', 'moved to a new city', 'retirement', 'retiring',
      'empty nest', 'quarter life crisis', 'midlife crisis', 'starting college', 'moving', 'moved', 'new city', 'new job',
    ],
  },
  {
    code: 'CAREER',
    name: 'Work and career',
    nameInSentence: 'work and career concerns',
    category: 'LIFE_EVENTS',
    synonyms: [
      'career', 'career change', 'work problems', 'problems at work', 'my boss', 'workplace', 'lost my job',
      'laid off', 'got fired', 'unemployed', 'unemployment', 'job loss', 'job search',
    ],
  },

  // Identity
  {
    code: 'LGBTQ_IDENTITY',
    name: 'LGBTQ+ identity',
    category: 'IDENTITY',
    synonyms: [
      'lgbtq', 'lgbt', 'lgbtqia', 'gay', 'lesbian', 'bisexual', 'pansexual', 'asexual', 'queer', 'coming out',
      'sexual orientation', 'sexuality',
    ],
  },
  {
    code: 'GENDER_IDENTITY',
    name: 'Gender identity',
    category: 'IDENTITY',
    synonyms: [
      'transgender', 'trans', 'nonbinary', 'non binary', 'genderqueer', 'gender dysphoria', 'gender questioning',
      'gender transition',
    ],
  },
  {
    code: 'SELF_ESTEEM',
    name: 'Self-esteem',
    category: 'IDENTITY',
    synonyms: [
      'low self esteem', 'self worth', 'self confidence', 'low confidence', 'insecure', 'insecurity', 'worthless',
      'not good enough', 'hate myself', 'impostor syndrome', 'imposter syndrome', 'people pleasing', 'perfectionism',
    ],
  },
  {
    code: 'CULTURAL_IDENTITY',
    name: 'Cultural and racial identity',
    category: 'IDENTITY',
    synonyms: [
      'cultural identity', 'racial identity', 'racism', 'racial trauma', 'discrimination', 'microaggressions',
      'acculturation', 'bicultural', 'immigrant', 'immigration', 'first generation',
    ],
  },
  {
    code: 'BODY_IMAGE',
    name: 'Body image',
    category: 'IDENTITY',
    synonyms: [
      'body dysmorphia', 'body dysmorphic disorder', 'bdd', 'hate my body', 'hate how i look', 'my appearance',
      'ugly',
    ],
  },

  // Family
  {
    code: 'PARENTING',
    name: 'Parenting',
    category: 'FAMILY',
    synonyms: [
      'parenting stress', 'co parenting', 'coparenting', 'being a parent', 'raising kids', 'my kids', 'my children',
      'my teenager', 'single parent', 'stepparent',
    ],
  },
  {
    code: 'CHILD_BEHAVIOUR',
    name: 'Child behavior problems',
    category: 'FAMILY',
    synonyms: [
      'child behavior', 'child behaviour', 'behavior problems', 'behaviour problems', 'tantrums', 'meltdowns',
      'defiant', 'defiance', 'oppositional defiant disorder', 'acting out', 'conduct problems',
    ],
  },
  {
    code: 'FAMILY_CONFLICT',
    name: 'Family conflict',
    category: 'FAMILY',
    synonyms: [
      'family problems', 'family issues', 'family drama', 'toxic family', 'estranged', 'estrangement', 'in laws',
      'sibling conflict', 'fighting with my parents', 'arguing with my parents', 'blended family', 'stepfamily',
    ],
  },
  {
    code: 'CAREGIVING',
    name: 'Caring for a family member',
    nameInSentence: 'caregiving',
    category: 'FAMILY',
    synonyms: [
      'caregiving', 'caregiver', 'caregiver burnout', 'caring for my mom', 'caring for my mother',
      'caring for my dad', 'caring for my father', 'caring for my parents', 'caring for my partner', 'aging parents',
      'ageing parents', 'elderly parent', 'dementia',
    ],
  },
] as const satisfies readonly ConcernDefinition[];
