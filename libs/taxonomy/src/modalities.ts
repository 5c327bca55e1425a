import { lowercaseFirstUnlessAcronym, madeOncePerEntry } from './sentence-case';

// Therapy approaches a therapist can offer. Descriptions are written for
// clients: exactly two sentences, no jargon left unexplained.

export interface ModalityDefinition {
  /** SCREAMING_SNAKE, stored in the database: never rename, only add. */
  readonly code: string;
  readonly name: string;
  /** Compact label for chips and lists: the acronym clients see elsewhere, or a short name. */
  readonly shortName: string;
  /** How the short name reads mid-sentence, when not simply `shortName`. */
  readonly nameInSentence?: string;
  readonly description: string;
}

const MODALITY_LIST = [
  {
    code: 'CBT',
    name: 'Cognitive behavioral therapy',
    shortName: 'CBT',
    description:
      'CBT helps you notice the thoughts and habits that keep you stuck and practice more helpful ones. ' +
      'It is structured and practical, usually with skills to try between sessions.',
  },
  {
    code: 'DBT',
    name: 'Dialectical behavior therapy',
    shortName: 'DBT',
    description:
      'DBT teaches skills for handling intense emotions, surviving crises without making things worse, and getting along with people. ' +
      'It balances accepting yourself as you are with working on change, often through individual sessions and a skills group.',
  },
  {
    code: 'ACT',
    name: 'Acceptance and commitment therapy',
    shortName: 'ACT',
    description:
      'ACT helps you make room for painful thoughts and feelings instead of fighting them. ' +
      'You clarify what matters to you and take steps toward it, even when it is hard.',
  },
  {
    code: 'EMDR',
    name: 'Eye movement desensitization and reprocessing',
    shortName: 'EMDR',
    description:
      'EMDR helps your brain process distressing memories so they lose their emotional charge. ' +
      'You briefly recall the memory while following side-to-side eye movements, taps or sounds guided by the therapist.',
  },
  {
    code: 'ERP',
    name: 'Exposure and response prevention',
    shortName: 'ERP',
    description:
      'ERP is a form of CBT in which you gradually face the thoughts and situations that trigger your fears. ' +
      'You practice not doing the rituals or checking that usually bring relief, so the anxiety fades on its own.',
  },
  {
    code: 'CPT',
    name: 'Cognitive processing therapy',
    shortName: 'CPT',
    description:
      'CPT helps you examine and change the beliefs about yourself and the world that formed after a trauma. ' +
      'It usually runs about twelve weekly sessions with short written exercises.',
  },
  {
    code: 'PE',
    name: 'Prolonged exposure therapy',
    shortName: 'PE',
    nameInSentence: 'prolonged exposure (PE)',
    description:
      'Prolonged exposure helps you safely revisit a traumatic memory and the places or situations you have been avoiding. ' +
      'Over time the memory becomes less overwhelming and your life less limited by it.',
  },
  {
    code: 'IPT',
    name: 'Interpersonal psychotherapy',
    shortName: 'IPT',
    description:
      'IPT focuses on how your mood is connected to your relationships and life changes, such as conflict, loss or a new role. ' +
      'It is time-limited and works on one or two concrete problem areas.',
  },
  {
    code: 'BEHAVIOURAL_ACTIVATION',
    name: 'Behavioral activation',
    shortName: 'Behavioral activation',
    description:
      'Behavioral activation helps you break the cycle of low mood and withdrawal by planning small, meaningful activities. ' +
      'Doing more of what matters to you gradually lifts your mood.',
  },
  {
    code: 'PSYCHODYNAMIC',
    name: 'Psychodynamic therapy',
    shortName: 'Psychodynamic',
    nameInSentence: 'psychodynamic therapy',
    description:
      'Psychodynamic therapy explores how past experiences and patterns you may not be aware of shape your feelings and relationships today. ' +
      'Understanding these patterns gives you more freedom to respond differently.',
  },
  {
    code: 'PERSON_CENTRED',
    name: 'Person-centered therapy',
    shortName: 'Person-centered',
    nameInSentence: 'person-centered therapy',
    description:
      'Person-centered therapy offers a warm, non-judgmental space where you lead the conversation. ' +
      'The therapist listens closely and reflects back, helping you trust your own sense of what you need.',
  },
  {
    code: 'MINDFULNESS_BASED',
    name: 'Mindfulness-based cognitive therapy',
    shortName: 'MBCT',
    description:
      'MBCT combines mindfulness practice with ideas from CBT to help you step back from spirals of negative thinking. ' +
      'It is often taught in groups and is designed to prevent depression from coming back.',
  },
  {
    code: 'FAMILY_SYSTEMS',
    name: 'Family systems therapy',
    shortName: 'Family systems',
    nameInSentence: 'family systems therapy',
    description:
      'Family systems therapy looks at how each person affects and is affected by the whole family. ' +
      'Sessions may include several family members and focus on changing patterns between people rather than blaming anyone.',
  },
  {
    code: 'GOTTMAN',
    name: 'Gottman Method couples therapy',
    shortName: 'Gottman Method',
    nameInSentence: 'the Gottman Method',
    description:
      'The Gottman Method helps couples manage conflict, deepen friendship and rebuild trust. ' +
      'It usually starts with an assessment of the relationship and then practices specific communication skills.',
  },
  {
    code: 'EFT',
    name: 'Emotionally focused therapy',
    shortName: 'EFT',
    description:
      'EFT helps partners understand the needs and fears underneath their arguments. ' +
      'By expressing these safely, couples build a more secure and responsive bond.',
  },
  {
    code: 'IBCT',
    name: 'Integrative behavioral couple therapy',
    shortName: 'IBCT',
    description:
      'IBCT helps partners accept differences they cannot change and change the patterns they can. ' +
      'It mixes practical communication and problem-solving skills with a deeper understanding of each other.',
  },
  {
    code: 'SCHEMA',
    name: 'Schema therapy',
    shortName: 'Schema therapy',
    description:
      'Schema therapy works on deep, long-standing patterns that often began in childhood, such as feeling unlovable or expecting to be abandoned. ' +
      'It combines techniques from CBT, attachment work and experiential exercises.',
  },
  {
    code: 'NARRATIVE',
    name: 'Narrative therapy',
    shortName: 'Narrative therapy',
    description:
      'Narrative therapy helps you see a problem as separate from who you are. ' +
      'Together you look for the parts of your story the problem has hidden and build a version of your life that fits your values.',
  },
  {
    code: 'SOLUTION_FOCUSED',
    name: 'Solution-focused brief therapy',
    shortName: 'Solution-focused',
    nameInSentence: 'solution-focused therapy',
    description:
      'Solution-focused therapy concentrates on where you want to get to rather than on the history of a problem. ' +
      'It builds on what already works for you and is usually short-term.',
  },
  {
    code: 'MOTIVATIONAL_INTERVIEWING',
    name: 'Motivational interviewing',
    shortName: 'Motivational interviewing',
    description:
      'Motivational interviewing helps when part of you wants to change and part of you does not. ' +
      'The therapist helps you explore your own reasons for change without pressure or judgment.',
  },
  {
    code: 'CBT_I',
    name: 'Cognitive behavioral therapy for insomnia',
    shortName: 'CBT-I',
    description:
      'CBT-I retrains your sleep with a consistent schedule, changes to time in bed and techniques for a racing mind at night. ' +
      'It usually takes four to eight sessions and works without sleeping pills.',
  },
  {
    code: 'TF_CBT',
    name: 'Trauma-focused cognitive behavioral therapy',
    shortName: 'TF-CBT',
    description:
      'TF-CBT helps children, teens and their caregivers cope with the effects of trauma. ' +
      'It teaches skills for feelings and stress, then gently works through the trauma story, with parents involved throughout.',
  },
  {
    code: 'MENTALIZATION_BASED',
    name: 'Mentalization-based treatment',
    shortName: 'MBT',
    description:
      'MBT strengthens your ability to understand your own and other people’s thoughts and feelings, especially under stress. ' +
      'This helps with intense emotions and relationships that feel chaotic.',
  },
  {
    code: 'COMPASSION_FOCUSED',
    name: 'Compassion-focused therapy',
    shortName: 'CFT',
    description:
      'CFT helps people who are very self-critical or full of shame develop a kinder, more supportive inner voice. ' +
      'It uses exercises in breathing, imagery and self-compassion.',
  },
  {
    code: 'SOMATIC',
    name: 'Somatic therapy',
    shortName: 'Somatic',
    nameInSentence: 'somatic therapy',
    description:
      'Somatic therapy pays attention to how stress and trauma show up in the body, such as tension, numbness or a racing heart. ' +
      'You learn to notice these sensations and to calm your nervous system.',
  },
  {
    code: 'PARENT_CHILD_INTERACTION',
    name: 'Parent-child interaction therapy',
    shortName: 'PCIT',
    description:
      'PCIT coaches parents live, often through an earpiece, while they play with their young child. ' +
      'Parents learn to strengthen the relationship and handle difficult behavior calmly and consistently.',
  },
  {
    code: 'CBT_E',
    name: 'Enhanced cognitive behavioral therapy for eating disorders',
    shortName: 'CBT-E',
    description:
      'CBT-E is a version of CBT built for eating disorders, working on regular eating and the worries about shape and weight that drive the disorder. ' +
      'It is tailored to each person and typically lasts twenty to forty sessions.',
  },
  {
    code: 'FAMILY_BASED_TREATMENT',
    name: 'Family-based treatment for eating disorders',
    shortName: 'FBT',
    description:
      'FBT puts parents in charge of helping their teen eat and recover, with coaching from the therapist. ' +
      'As health returns, control over eating is handed back to the young person step by step.',
  },
  {
    code: 'EXPOSURE_THERAPY',
    name: 'Exposure therapy',
    shortName: 'Exposure therapy',
    description:
      'Exposure therapy helps you face what you fear in small, planned steps, starting with what feels manageable. ' +
      'Each step teaches your body that the fear can pass, so avoidance loosens its grip.',
  },
  {
    code: 'PLAY_THERAPY',
    name: 'Play therapy',
    shortName: 'Play therapy',
    description:
      'Play therapy lets young children express feelings and work through problems using toys, art and stories. ' +
      'Play is the natural language of children, so it often reaches what words cannot.',
  },
] as const satisfies readonly ModalityDefinition[];

export type ModalityCode = (typeof MODALITY_LIST)[number]['code'];

export interface Modality extends ModalityDefinition {
  readonly code: ModalityCode;
}

export const MODALITIES: readonly Modality[] = MODALITY_LIST;

const MODALITIES_BY_CODE: ReadonlyMap<string, Modality> = new Map(MODALITIES.map((modality) => [modality.code, modality]));

export function isModalityCode(value: unknown): value is ModalityCode {
  return typeof value === 'string' && MODALITIES_BY_CODE.has(value);
}

export function findModality(code: string): Modality | undefined {
  return MODALITIES_BY_CODE.get(code);
}

const nameInSentence = madeOncePerEntry((modality: Modality) => modality.nameInSentence ?? lowercaseFirstUnlessAcronym(modality.shortName));

/** "offers behavioral activation", "offers the Gottman Method", "offers CBT". */
export function modalityNameInSentence(modality: Modality): string {
  return nameInSentence(modality);
}
