import type { ConcernDefinition } from './concern-types';

// Behaviour and habits, health, and neurodevelopmental concerns.
export const HEALTH_CONCERNS = [
  // Behaviour and habits
  {
    code: 'SUBSTANCE_USE',
    name: 'Alcohol and drug use',
    category: 'BEHAVIOUR_AND_HABITS',
    synonyms: [
      'substance use', 'substance abuse', 'addiction', 'addicted', 'alcohol', 'alcoholism', 'alcoholic',
      'drinking', 'drinking too much', 'drink too much', 'binge drinking', 'drugs', 'drug use', 'drug abuse',
      'opioids', 'cocaine', 'cannabis', 'marijuana', 'weed', 'sober', 'sobriety',
    ],
  },
  {
    code: 'EATING_DISORDERS',
    name: 'Eating disorders',
    category: 'BEHAVIOUR_AND_HABITS',
    synonyms: [
      'eating disorder', 'disordered eating', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'binge eating',
      'compulsive eating', 'emotional eating', 'purging', 'arfid', 'orthorexia', 'restricting food',
    ],
  },
  {
    code: 'ANGER',
    name: 'Anger',
    category: 'BEHAVIOUR_AND_HABITS',
    synonyms: [
      'angry', 'anger management', 'rage', 'temper', 'lose my temper', 'losing my temper', 'irritable',
      'irritability', 'outbursts',
    ],
  },
  {
    code: 'GAMBLING',
    name: 'Gambling',
    category: 'BEHAVIOUR_AND_HABITS',
    synonyms: ['gambling addiction', 'compulsive gambling', 'problem gambling', 'sports betting', 'betting', 'casino'],
  },

  // Health
  {
    code: 'INSOMNIA',
    name: 'Insomnia and sleep problems',
    nameInSentence: 'insomnia',
    category: 'HEALTH',
    synonyms: [
      'insomnia', "can't sleep", 'cannot sleep', 'can not sleep', "can't fall asleep", "can't stay asleep",
      'trouble sleeping', 'difficulty sleeping', 'sleep problems', 'sleep issues', 'poor sleep', 'sleepless',
      'sleeplessness', 'waking up at night',
    ],
  },
  {
    code: 'CHRONIC_ILLNESS',
    name: 'Living with chronic illness',
    nameInSentence: 'chronic illness',
    category: 'HEALTH',
    synonyms: [
      'chronic illness', 'chronic disease', 'medical condition', 'cancer', 'diabetes', 'multiple sclerosis',
      'lupus', 'long covid', 'autoimmune', 'heart disease', 'hiv',
    ],
  },
  {
    code: 'CHRONIC_PAIN',
    name: 'Chronic pain',
    category: 'HEALTH',
    synonyms: ['fibromyalgia', 'migraines', 'back pain', 'pain management', 'persistent pain'],
  },
  {
    code: 'PERINATAL',
    name: 'Pregnancy and postpartum mental health',
    nameInSentence: 'depression during and after pregnancy',
    category: 'HEALTH',
    synonyms: [
      'perinatal', 'postpartum', 'post partum', 'postpartum depression', 'postpartum anxiety', 'ppd', 'pregnancy',
      'pregnant', 'new mom', 'new mother', 'new parent', 'birth trauma', 'miscarriage', 'pregnancy loss',
      'stillbirth',
    ],
  },
  {
    code: 'INFERTILITY',
    name: 'Infertility',
    category: 'HEALTH',
    synonyms: ['infertile', 'fertility', 'ivf', 'trying to conceive', 'ttc'],
  },

  // Neurodevelopmental
  {
    code: 'ADHD',
    name: 'ADHD',
    category: 'NEURODEVELOPMENTAL',
    synonyms: [
      'attention deficit', 'attention deficit hyperactivity disorder', "can't focus", "can't concentrate",
      'trouble focusing', 'trouble concentrating', 'executive dysfunction', 'hyperactive', 'hyperactivity',
    ],
  },
  {
    code: 'AUTISM',
    name: 'Autism',
    category: 'NEURODEVELOPMENTAL',
    synonyms: ['autistic', 'asperger', 'aspergers', 'asd', 'autism spectrum', 'on the spectrum'],
  },
] as const satisfies readonly ConcernDefinition[];
