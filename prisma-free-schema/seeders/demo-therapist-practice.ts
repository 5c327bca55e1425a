// What kind of practice a demo therapist runs: a focus that makes their
// concerns, approaches, communities and bio hang together, their profession
// (which decides the license title state by state), fees and languages.
// Every code here is a @rapport/taxonomy code; the generator's tests check them.

export interface PracticeFocus {
  readonly key: string;
  readonly weight: number;
  /** Concerns specialties are drawn from, most typical first. */
  readonly concerns: readonly string[];
  /** Approaches common in this kind of practice besides the evidence links. */
  readonly modalities: readonly string[];
  readonly communities: readonly string[];
  /** Sentences on how the therapist works with these concerns, for the bio. */
  readonly styleSentences: readonly string[];
  /** Child and family practices serve children and teens (and their parents). */
  readonly servesChildren?: boolean;
}

export const PRACTICE_FOCUSES: readonly PracticeFocus[] = [
  {
    key: 'anxiety',
    weight: 14,
    concerns: ['ANXIETY', 'PANIC', 'OCD', 'SOCIAL_ANXIETY', 'PHOBIAS', 'HEALTH_ANXIETY'],
    modalities: ['ACT', 'MINDFULNESS_BASED', 'EXPOSURE_THERAPY'],
    communities: ['STUDENTS', 'HEALTHCARE_WORKERS'],
    styleSentences: [
      'Together we face what you have been avoiding in small, manageable steps.',
      'You will leave sessions with concrete skills to practise, and we adjust them as you learn what works.',
    ],
  },
  {
    key: 'mood',
    weight: 14,
    concerns: ['DEPRESSION', 'BIPOLAR', 'SELF_ESTEEM', 'LONELINESS', 'STRESS', 'BURNOUT'],
    modalities: ['BEHAVIOURAL_ACTIVATION', 'IPT', 'MINDFULNESS_BASED', 'PSYCHODYNAMIC'],
    communities: ['HEALTHCARE_WORKERS', 'FIRST_GENERATION'],
    styleSentences: [
      'Small, concrete steps often come before feeling better, and we plan them together.',
      'I pay attention to the patterns that keep low mood going and help you find ways out of them.',
    ],
  },
  {
    key: 'trauma',
    weight: 14,
    concerns: ['PTSD', 'TRAUMA', 'CHILDHOOD_TRAUMA', 'DOMESTIC_ABUSE'],
    modalities: ['SOMATIC', 'COMPASSION_FOCUSED', 'NARRATIVE'],
    communities: ['VETERANS', 'FIRST_RESPONDERS', 'SEX_WORKER_AFFIRMING', 'IMMIGRANTS'],
    styleSentences: [
      'Feeling safe comes first: we build skills for steadying yourself before working with difficult memories.',
      'You stay in charge of the pace, and nothing is ever rushed.',
    ],
  },
  {
    key: 'relationships',
    weight: 10,
    concerns: ['RELATIONSHIPS', 'INFIDELITY', 'DIVORCE', 'BREAKUP', 'FAMILY_CONFLICT'],
    modalities: ['GOTTMAN', 'FAMILY_SYSTEMS', 'PSYCHODYNAMIC'],
    communities: ['CNM_AND_KINK_AWARE', 'LGBTQ_AFFIRMING'],
    styleSentences: [
      'I work with couples and with individuals, and I do not take sides: the relationship is the client.',
      'We slow arguments down enough to hear what each person actually needs.',
    ],
  },
  {
    key: 'children',
    weight: 7,
    concerns: ['CHILD_BEHAVIOUR', 'PARENTING', 'ADHD', 'AUTISM', 'FAMILY_CONFLICT', 'ANXIETY'],
    modalities: ['PLAY_THERAPY', 'FAMILY_SYSTEMS', 'TF_CBT'],
    communities: ['NEURODIVERGENT_AFFIRMING', 'DISABILITY'],
    styleSentences: [
      'Parents are part of the work, with regular check-ins and skills to use at home.',
      'Sessions with younger children are playful and active; with teens, they are honest and direct.',
    ],
    servesChildren: true,
  },
  {
    key: 'emotion-regulation',
    weight: 6,
    concerns: ['BPD', 'SELF_HARM', 'ANGER', 'SUICIDAL_THOUGHTS'],
    modalities: ['SCHEMA', 'COMPASSION_FOCUSED'],
    communities: ['LGBTQ_AFFIRMING', 'NEURODIVERGENT_AFFIRMING'],
    styleSentences: [
      'We work on skills for riding out intense emotions without making things worse.',
      'I am steady and direct, and we plan together for the hardest moments between sessions.',
    ],
  },
  {
    key: 'substance-use',
    weight: 6,
    concerns: ['SUBSTANCE_USE', 'GAMBLING', 'ANGER', 'STRESS'],
    modalities: ['ACT', 'SOLUTION_FOCUSED'],
    communities: ['FIRST_RESPONDERS', 'VETERANS'],
    styleSentences: [
      'I meet you wherever you are with change, whether your goal is cutting back or stopping.',
      'There is no lecturing here: we look honestly at what the habit gives you and what it costs.',
    ],
  },
  {
    key: 'eating-and-body',
    weight: 4,
    concerns: ['EATING_DISORDERS', 'BODY_IMAGE', 'SELF_ESTEEM'],
    modalities: ['COMPASSION_FOCUSED', 'ACT'],
    communities: ['ATHLETES', 'STUDENTS'],
    styleSentences: [
      'I work alongside dietitians and physicians when that helps, and recovery plans are built with you, not for you.',
      'We make room for a kinder relationship with food and with your body, one step at a time.',
    ],
  },
  {
    key: 'life-transitions',
    weight: 8,
    concerns: ['LIFE_TRANSITIONS', 'CAREER', 'BURNOUT', 'STRESS', 'GRIEF'],
    modalities: ['SOLUTION_FOCUSED', 'NARRATIVE', 'ACT', 'PERSON_CENTRED'],
    communities: ['FIRST_GENERATION', 'STUDENTS', 'HEALTHCARE_WORKERS'],
    styleSentences: [
      'We focus on where you want to go next and the strengths you already bring.',
      'Change is disorienting even when it is wanted; therapy can be a steady place while you find your footing.',
    ],
  },
  {
    key: 'identity',
    weight: 6,
    concerns: ['LGBTQ_IDENTITY', 'GENDER_IDENTITY', 'CULTURAL_IDENTITY', 'SELF_ESTEEM'],
    modalities: ['NARRATIVE', 'PERSON_CENTRED', 'COMPASSION_FOCUSED'],
    communities: ['LGBTQ_AFFIRMING', 'TRANS_AND_NONBINARY_AFFIRMING', 'BIPOC', 'IMMIGRANTS'],
    styleSentences: [
      'This is an affirming space where you do not have to explain or defend who you are.',
      'We make room for every part of your identity, including the parts the world has made hard to carry.',
    ],
  },
  {
    key: 'health',
    weight: 5,
    concerns: ['CHRONIC_ILLNESS', 'CHRONIC_PAIN', 'INSOMNIA', 'HEALTH_ANXIETY', 'CAREGIVING'],
    modalities: ['MINDFULNESS_BASED', 'ACT'],
    communities: ['DISABILITY', 'HEALTHCARE_WORKERS'],
    styleSentences: [
      'I help people live well alongside illness, pain or poor sleep, with practical skills and room for the frustration it brings.',
      'We coordinate with your medical team when you want us to, so your care pulls in one direction.',
    ],
  },
  {
    key: 'perinatal',
    weight: 3,
    concerns: ['PERINATAL', 'INFERTILITY', 'PARENTING'],
    modalities: ['PSYCHODYNAMIC', 'PERSON_CENTRED'],
    communities: ['LGBTQ_AFFIRMING', 'HEALTHCARE_WORKERS'],
    styleSentences: [
      'I support parents through pregnancy, loss and the first years, when so much changes at once.',
      'Babies are welcome in video sessions.',
    ],
  },
  {
    key: 'grief',
    weight: 4,
    concerns: ['GRIEF', 'CAREGIVING', 'LIFE_TRANSITIONS', 'LONELINESS'],
    modalities: ['NARRATIVE', 'PERSON_CENTRED', 'ACT'],
    communities: ['FAITH_BASED', 'VETERANS'],
    styleSentences: [
      'There is no right way to grieve; we make room for the loss and for the life that continues.',
      'I offer a calm, unhurried space to remember, to feel and eventually to look ahead.',
    ],
  },
];

/** Concerns many general practices also treat. */
export const COMMON_CONCERNS = [
  'ANXIETY', 'DEPRESSION', 'STRESS', 'SELF_ESTEEM', 'RELATIONSHIPS', 'LIFE_TRANSITIONS',
  'GRIEF', 'TRAUMA', 'BURNOUT', 'LONELINESS', 'ANGER', 'FAMILY_CONFLICT',
] as const;

/** Concerns only a practice that sees children or teens lists. */
export const CHILD_ONLY_CONCERNS = new Set(['CHILD_BEHAVIOUR']);
/** Approaches only a practice that sees children or teens offers. */
export const CHILD_ONLY_MODALITIES = new Set(['PLAY_THERAPY', 'PARENT_CHILD_INTERACTION', 'TF_CBT', 'FAMILY_BASED_TREATMENT']);

/** Broadly used approaches and how often a therapist lists each besides their focus. */
export const GENERAL_MODALITIES: readonly (readonly [string, number])[] = [
  ['CBT', 0.4],
  ['PERSON_CENTRED', 0.3],
  ['ACT', 0.2],
  ['PSYCHODYNAMIC', 0.18],
  ['SOLUTION_FOCUSED', 0.12],
  ['MINDFULNESS_BASED', 0.12],
  ['NARRATIVE', 0.08],
  ['MOTIVATIONAL_INTERVIEWING', 0.08],
  ['COMPASSION_FOCUSED', 0.08],
  ['DBT', 0.06],
  ['EMDR', 0.06],
  ['SCHEMA', 0.04],
];

export type Profession =
  | 'SOCIAL_WORKER'
  | 'COUNSELOR'
  | 'MARRIAGE_AND_FAMILY_THERAPIST'
  | 'PSYCHOLOGIST_PHD'
  | 'PSYCHOLOGIST_PSYD'
  | 'PSYCHIATRIST_MD'
  | 'PSYCHIATRIST_DO'
  | 'NURSE_PRACTITIONER'
  | 'PSYCHOANALYST'
  | 'CREATIVE_ARTS_THERAPIST';

export const PROFESSION_WEIGHTS: readonly (readonly [Profession, number])[] = [
  ['SOCIAL_WORKER', 32],
  ['COUNSELOR', 30],
  ['MARRIAGE_AND_FAMILY_THERAPIST', 16],
  ['PSYCHOLOGIST_PHD', 9],
  ['PSYCHOLOGIST_PSYD', 7],
  ['PSYCHIATRIST_MD', 2],
  ['PSYCHIATRIST_DO', 1],
  ['NURSE_PRACTITIONER', 3],
];

/** New York-only licenses, offered to some therapists whose first state is NY. */
export const NEW_YORK_ONLY_PROFESSIONS: readonly (readonly [Profession, string])[] = [
  ['PSYCHOANALYST', 'LP'],
  ['CREATIVE_ARTS_THERAPIST', 'LCAT'],
];

// Title of the same counseling or social-work license, by state.
const COUNSELOR_TITLES: Readonly<Record<string, string>> = {
  NY: 'LMHC', MA: 'LMHC', FL: 'LMHC', WA: 'LMHC',
  IL: 'LCPC', MD: 'LCPC',
  CA: 'LPCC', OH: 'LPCC', MN: 'LPCC',
  NC: 'LCMHC',
};
const SOCIAL_WORKER_TITLES: Readonly<Record<string, string>> = { MA: 'LICSW', WA: 'LICSW', MN: 'LICSW', DC: 'LICSW', OH: 'LISW' };

/** The license type code this profession holds in a state. */
export function licenseTypeFor(profession: Profession, state: string): string {
  switch (profession) {
    case 'SOCIAL_WORKER':
      return SOCIAL_WORKER_TITLES[state] ?? 'LCSW';
    case 'COUNSELOR':
      return COUNSELOR_TITLES[state] ?? 'LPC';
    case 'MARRIAGE_AND_FAMILY_THERAPIST':
      return 'LMFT';
    case 'PSYCHOLOGIST_PHD':
      return 'PSYCHOLOGIST_PHD';
    case 'PSYCHOLOGIST_PSYD':
      return 'PSYCHOLOGIST_PSYD';
    case 'PSYCHIATRIST_MD':
      return 'PSYCHIATRIST_MD';
    case 'PSYCHIATRIST_DO':
      return 'PSYCHIATRIST_DO';
    case 'NURSE_PRACTITIONER':
      return 'PMHNP';
    case 'PSYCHOANALYST':
      return 'LP';
    case 'CREATIVE_ARTS_THERAPIST':
      return 'LCAT';
  }
}

/** Typical fee for a standard session, in whole dollars: [lowest, most common, highest]. */
export function feeRangeFor(profession: Profession): readonly [number, number, number] {
  switch (profession) {
    case 'PSYCHOLOGIST_PHD':
    case 'PSYCHOLOGIST_PSYD':
      return [140, 190, 250];
    case 'PSYCHIATRIST_MD':
    case 'PSYCHIATRIST_DO':
    case 'NURSE_PRACTITIONER':
      return [160, 220, 250];
    default:
      return [90, 140, 220];
  }
}

/**
 * Chance a therapist offers sessions in a language besides English, roughly
 * following the languages most spoken at home in the US; `states` raises it
 * where the language is more common.
 */
export const EXTRA_LANGUAGES: readonly { code: string; chance: number; states?: readonly string[] }[] = [
  { code: 'es', chance: 0.1, states: ['CA', 'TX', 'FL', 'AZ', 'NY', 'NJ'] },
  { code: 'zh', chance: 0.02, states: ['CA', 'NY', 'WA', 'MA'] },
  { code: 'vi', chance: 0.01, states: ['CA', 'TX', 'WA'] },
  { code: 'ko', chance: 0.01, states: ['CA', 'NY', 'NJ', 'GA'] },
  { code: 'ru', chance: 0.012, states: ['NY', 'NJ', 'PA', 'WA'] },
  { code: 'ar', chance: 0.008, states: ['MI', 'NY', 'NJ', 'IL'] },
  { code: 'fr', chance: 0.015, states: ['NY', 'MA', 'FL'] },
  { code: 'ht', chance: 0.007, states: ['FL', 'NY', 'MA'] },
  { code: 'tl', chance: 0.006, states: ['CA', 'WA'] },
  { code: 'pt', chance: 0.008, states: ['MA', 'FL', 'NJ'] },
  { code: 'hi', chance: 0.008, states: ['NJ', 'CA', 'TX'] },
  { code: 'he', chance: 0.006, states: ['NY', 'FL'] },
  { code: 'fa', chance: 0.005, states: ['CA'] },
  { code: 'pl', chance: 0.004, states: ['IL', 'NY'] },
  { code: 'de', chance: 0.005 },
  { code: 'it', chance: 0.004 },
  { code: 'ja', chance: 0.004, states: ['CA', 'WA'] },
  { code: 'uk', chance: 0.004, states: ['NY', 'PA'] },
  { code: 'ase', chance: 0.01 },
];

/** Payer ids from libs/taxonomy (PAYERS). */
export const INSURANCE_PLANS = [
  'AETNA',
  'BCBS',
  'CIGNA',
  'UNITEDHEALTHCARE',
  'MAGELLAN',
  'HUMANA',
  'MEDICARE',
  'MEDICAID',
  'TRICARE',
  'OSCAR',
] as const;

/** How a bio mentions each community a therapist lists. */
export const COMMUNITY_SENTENCES: Readonly<Record<string, string>> = {
  LGBTQ_AFFIRMING: 'My practice is LGBTQ+ affirming.',
  TRANS_AND_NONBINARY_AFFIRMING: 'I am trans and nonbinary affirming, and I write letters of support for gender-affirming care.',
  BIPOC: 'I especially welcome Black, Indigenous and other clients of color.',
  FAITH_BASED: 'If faith matters to you, it is welcome in our work.',
  VETERANS: 'I have a particular interest in working with veterans and military families.',
  FIRST_RESPONDERS: 'I work with many first responders and understand the weight of the job.',
  HEALTHCARE_WORKERS: 'Many of my clients are nurses, doctors and other healthcare workers.',
  NEURODIVERGENT_AFFIRMING: 'I am neurodivergent affirming: we adapt therapy to how your brain works, not the other way round.',
  DISABILITY: 'My practice is disability affirming, and I am glad to adapt how we meet.',
  DEAF_AND_HARD_OF_HEARING: 'I welcome Deaf and hard of hearing clients.',
  IMMIGRANTS: 'I work with many immigrants and refugees, and I understand the strain of building a life in a new country.',
  FIRST_GENERATION: 'I enjoy working with first-generation students and professionals.',
  CNM_AND_KINK_AWARE: 'I am knowledgeable about and affirming of consensual non-monogamy and kink.',
  ATHLETES: 'I work with athletes on performance pressure, injury and life after sport.',
  STUDENTS: 'Many of my clients are college and graduate students.',
  SEX_WORKER_AFFIRMING: 'My practice is sex worker affirming.',
};

/** Sentences on working style that fit any practice. */
export const GENERAL_STYLE_SENTENCES = [
  'Sessions are collaborative: we set goals together and check regularly that therapy is helping.',
  'I aim to be warm and direct, and I will tell you honestly what I think could help.',
  'Expect practical tools to try between sessions, alongside room to talk things through.',
  'We move at your pace, and your culture, identity and history are part of the conversation.',
  'Change is easier when you feel understood first, so our early sessions focus on getting to know you.',
  'You do not need the right words before we start; finding them is part of the work.',
] as const;

export const SUSPENSION_REASONS = [
  'Demo data: paused while a client complaint is reviewed.',
  'Demo data: the state board opened an inquiry; bookings are paused until it closes.',
  'Demo data: repeated late cancellations of confirmed sessions are under review.',
] as const;
