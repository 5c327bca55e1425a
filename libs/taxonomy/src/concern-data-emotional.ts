import type { ConcernDefinition } from './concern-types';

// Mood, anxiety and trauma concerns. A synonym belongs to one concern only
// (checked by concerns.spec.ts), so free text maps to codes without ambiguity.
export const EMOTIONAL_CONCERNS = [
  // Mood
  {
    code: 'DEPRESSION',
    name: 'Depression',
    category: 'MOOD',
    synonyms: [
      'depressed', 'depressive', 'major depression', 'sad', 'sadness', 'sad all the time', 'hopeless',
      'hopelessness', 'feeling down', 'feeling low', 'low mood', 'no motivation', 'unmotivated', 'empty', 'numb',
      'crying all the time', 'lost interest', 'anhedonia', 'dysthymia', 'seasonal depression',
    ],
  },
  {
    code: 'BIPOLAR',
    name: 'Bipolar disorder',
    category: 'MOOD',
    synonyms: ['bipolar', 'manic', 'mania', 'hypomania', 'manic depression', 'mood swings', 'cyclothymia'],
  },
  {
    code: 'BPD',
    name: 'Borderline personality disorder',
    category: 'MOOD',
    synonyms: [
      'bpd', 'borderline', 'borderline personality', 'emotional dysregulation', 'emotion dysregulation',
      'fear of abandonment', 'intense emotions', 'emotionally unstable',
    ],
  },
  {
    code: 'SELF_HARM',
    name: 'Self-harm',
    category: 'MOOD',
    synonyms: [
      'self harming', 'self injury', 'self injuring', 'cutting myself', 'cut myself', 'hurting myself',
      'hurt myself', 'burning myself', 'nssi', 'cutting',
    ],
  },
  {
    // Matching this in free text is for finding a therapist; it never replaces
    // the crisis flow (PHQ-9 item 9 and 988, DESIGN.md section 5).
    code: 'SUICIDAL_THOUGHTS',
    name: 'Thoughts of suicide',
    category: 'MOOD',
    synonyms: [
      'suicidal', 'suicide', 'suicidal thoughts', 'suicidal ideation', 'want to die', 'wanting to die',
      'kill myself', 'end my life', "don't want to live", 'better off dead',
    ],
  },

  // Anxiety
  {
    code: 'ANXIETY',
    name: 'Anxiety and worry',
    nameInSentence: 'anxiety',
    category: 'ANXIETY',
    synonyms: [
      'anxiety', 'anxious', 'anxiety disorder', 'worry', 'worrying', 'worried', 'worry all the time',
      'generalized anxiety', 'generalised anxiety', 'gad', 'nervous', 'on edge', "can't relax", 'overthinking',
      'racing thoughts', 'separation anxiety',
    ],
  },
  {
    code: 'PANIC',
    name: 'Panic attacks',
    nameInSentence: 'panic disorder',
    category: 'ANXIETY',
    synonyms: ['panic', 'panic attack', 'panic disorder', 'panicking', 'panicky', "can't breathe", 'heart racing'],
  },
  {
    code: 'SOCIAL_ANXIETY',
    name: 'Social anxiety',
    category: 'ANXIETY',
    synonyms: [
      'social anxiety disorder', 'social phobia', 'socially anxious', 'shy', 'shyness', 'public speaking',
      'fear of public speaking', 'afraid of people', 'awkward around people',
    ],
  },
  {
    code: 'OCD',
    name: 'Obsessive-compulsive disorder',
    nameInSentence: 'OCD',
    category: 'ANXIETY',
    synonyms: [
      'ocd', 'obsessive compulsive', 'intrusive thoughts', 'obsessive thoughts', 'obsessions', 'compulsions',
      'contamination fears', 'pure o', 'hoarding', 'checking things over and over',
    ],
  },
  {
    code: 'PHOBIAS',
    name: 'Phobias and specific fears',
    nameInSentence: 'phobias',
    category: 'ANXIETY',
    synonyms: [
      'phobia', 'phobias', 'specific phobia', 'fear of flying', 'fear of heights', 'fear of needles',
      'fear of driving', 'fear of spiders', 'fear of vomiting', 'agoraphobia', 'claustrophobia', 'emetophobia',
    ],
  },
  {
    code: 'HEALTH_ANXIETY',
    name: 'Health anxiety',
    category: 'ANXIETY',
    synonyms: ['hypochondria', 'hypochondriac', 'illness anxiety', 'worried about my health', "afraid i'm sick"],
  },
  {
    code: 'STRESS',
    name: 'Stress',
    category: 'ANXIETY',
    synonyms: ['stressed', 'stressed out', 'overwhelmed', 'too much stress', 'cannot cope', "can't cope"],
  },

  // Trauma
  {
    code: 'PTSD',
    name: 'Post-traumatic stress disorder',
    nameInSentence: 'PTSD',
    category: 'TRAUMA',
    synonyms: [
      'ptsd', 'cptsd', 'complex ptsd', 'post traumatic stress', 'posttraumatic stress', 'flashbacks',
      'nightmares', 'hypervigilance',
    ],
  },
  {
    code: 'TRAUMA',
    name: 'Trauma',
    category: 'TRAUMA',
    synonyms: [
      'traumatic', 'traumatized', 'traumatised', 'traumatic event', 'assault', 'sexual assault', 'sexual abuse',
      'rape', 'raped', 'car accident', 'violence', 'witnessed violence',
    ],
  },
  {
    code: 'CHILDHOOD_TRAUMA',
    name: 'Childhood trauma and abuse',
    nameInSentence: 'childhood trauma',
    category: 'TRAUMA',
    synonyms: [
      'childhood trauma', 'childhood abuse', 'abused as a child', 'abusive parents', 'neglect', 'neglected',
      'emotional neglect', 'adverse childhood experiences', 'toxic parents', 'narcissistic parent',
      'narcissistic mother', 'narcissistic father', 'inner child',
    ],
  },
  {
    code: 'DOMESTIC_ABUSE',
    name: 'Domestic abuse',
    category: 'TRAUMA',
    synonyms: [
      'domestic violence', 'abusive relationship', 'abusive partner', 'abusive husband', 'abusive wife',
      'intimate partner violence', 'coercive control', 'narcissistic abuse', 'gaslighting', 'gaslit', 'abuse', 'abused', 'being hit by my partner',
    ],
  },
] as const satisfies readonly ConcernDefinition[];
