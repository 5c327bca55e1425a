import { normalizeForMatching } from './concern-text';

// Insurance payers a therapist can be in network with and a client can pay
// through. Ids are stored in the database: never rename or remove one, only add.
// Aliases are what people (and therapists' old free-text profiles) call them.

export interface PayerDefinition {
  /** SCREAMING_SNAKE, stored in the database. */
  readonly id: string;
  /** How clients see it. */
  readonly name: string;
  /** Other names, brands and abbreviations; each belongs to one payer only (payers.spec.ts). */
  readonly aliases: readonly string[];
}

const PAYER_LIST = [
  { id: 'AETNA', name: 'Aetna', aliases: ['aetna cvs health', 'aetna better health', 'cvs aetna'] },
  { id: 'ANTHEM', name: 'Anthem (Elevance Health)', aliases: ['anthem', 'elevance', 'elevance health', 'anthem blue cross', 'anthem bcbs', 'empire', 'empire bcbs', 'empire blue cross', 'carelon', 'beacon health options', 'beacon'] },
  {
    id: 'BCBS',
    name: 'Blue Cross Blue Shield',
    aliases: ['bcbs', 'blue cross', 'blue shield', 'bluecross blueshield', 'blue cross and blue shield', 'blue cross blue shield association', 'bcbsa', 'federal employee program', 'fep blue'],
  },
  { id: 'CIGNA', name: 'Cigna (Evernorth)', aliases: ['cigna', 'evernorth', 'cigna healthcare', 'cigna behavioral health', 'evernorth behavioral health'] },
  {
    id: 'UNITEDHEALTHCARE',
    name: 'UnitedHealthcare (Optum)',
    aliases: ['unitedhealthcare', 'united healthcare', 'united health care', 'uhc', 'optum', 'optum behavioral health', 'united behavioral health', 'ubh', 'unitedhealth'],
  },
  { id: 'KAISER', name: 'Kaiser Permanente', aliases: ['kaiser', 'kaiser permanente', 'kp'] },
  { id: 'HUMANA', name: 'Humana', aliases: ['humana military', 'humana behavioral health'] },
  { id: 'MEDICARE', name: 'Medicare', aliases: ['medicare part b', 'original medicare'] },
  { id: 'MEDICARE_ADVANTAGE', name: 'Medicare Advantage', aliases: ['medicare advantage plan', 'medicare part c'] },
  { id: 'MEDICAID', name: 'Medicaid', aliases: ['medi cal', 'masshealth', 'tenncare', 'ahcccs', 'apple health', 'soonercare', 'chip'] },
  { id: 'TRICARE', name: 'Tricare', aliases: ['tricare east', 'tricare west', 'tricare prime', 'tricare select', 'champus'] },
  { id: 'MAGELLAN', name: 'Magellan Health', aliases: ['magellan', 'magellan behavioral health'] },
  { id: 'OSCAR', name: 'Oscar Health', aliases: ['oscar'] },
  { id: 'AMBETTER', name: 'Ambetter (Centene)', aliases: ['ambetter', 'centene', 'wellcare', 'health net', 'healthnet'] },
  { id: 'MOLINA', name: 'Molina Healthcare', aliases: ['molina'] },
  { id: 'HIGHMARK', name: 'Highmark', aliases: ['highmark bcbs', 'highmark blue cross'] },
  { id: 'HORIZON', name: 'Horizon Blue Cross Blue Shield of New Jersey', aliases: ['horizon', 'horizon bcbs', 'horizon bcbsnj', 'horizon nj health'] },
  { id: 'CAREFIRST', name: 'CareFirst', aliases: ['carefirst bcbs', 'carefirst blue cross'] },
  { id: 'EMBLEMHEALTH', name: 'EmblemHealth', aliases: ['emblem', 'emblem health', 'ghi', 'hip'] },
  { id: 'HEALTHFIRST', name: 'Healthfirst', aliases: ['health first'] },
  { id: 'FIDELIS', name: 'Fidelis Care', aliases: ['fidelis'] },
  { id: 'MVP', name: 'MVP Health Care', aliases: ['mvp', 'mvp healthcare'] },
  { id: 'PREMERA', name: 'Premera Blue Cross', aliases: ['premera'] },
  { id: 'REGENCE', name: 'Regence', aliases: ['regence bcbs', 'regence blueshield'] },
  { id: 'HARVARD_PILGRIM', name: 'Harvard Pilgrim Health Care', aliases: ['harvard pilgrim', 'point32health', 'point32', 'tufts health plan', 'tufts'] },
  { id: 'GEISINGER', name: 'Geisinger Health Plan', aliases: ['geisinger'] },
  { id: 'COMPSYCH', name: 'ComPsych (EAP)', aliases: ['compsych', 'guidanceresources'] },
  { id: 'LYRA', name: 'Lyra Health (EAP)', aliases: ['lyra'] },
  { id: 'SPRING_HEALTH', name: 'Spring Health (EAP)', aliases: ['spring health'] },
] as const satisfies readonly PayerDefinition[];

export type PayerId = (typeof PAYER_LIST)[number]['id'];

export interface Payer extends PayerDefinition {
  readonly id: PayerId;
}

/** Every payer, in the order clients see them (the largest first). */
export const PAYERS: readonly Payer[] = PAYER_LIST;

const PAYERS_BY_ID: ReadonlyMap<string, Payer> = new Map(PAYERS.map((payer) => [payer.id, payer]));

export function isPayerId(value: unknown): value is PayerId {
  return typeof value === 'string' && PAYERS_BY_ID.has(value);
}

export function findPayer(id: string): Payer | undefined {
  return PAYERS_BY_ID.get(id);
}

/** A payer's name, or the id read as words when it is not (or no longer) in the list. */
export function payerName(id: string): string {
  return findPayer(id)?.name ?? id.toLowerCase().replace(/_/g, ' ');
}

// "Blue Cross Blue Shield PPO" and "BCBS (out of network)" are still BCBS: plan words and
// punctuation are dropped before the alias lookup.
const PLAN_WORDS = new Set(['ppo', 'hmo', 'epo', 'pos', 'plan', 'plans', 'insurance', 'inc', 'of', 'the', 'in', 'network', 'only', 'out', 'commercial']);

const PAYERS_BY_TERM: ReadonlyMap<string, PayerId> = (() => {
  const index = new Map<string, PayerId>();
  for (const payer of PAYERS) {
    for (const term of [payer.id.replace(/_/g, ' '), payer.name, payer.name.replace(/\s*\(.*\)$/, ''), ...payer.aliases]) {
      index.set(payerKey(term), payer.id);
    }
  }
  return index;
})();

function payerKey(text: string): string {
  return normalizeForMatching(text)
    .split(' ')
    .filter((word) => word !== '' && !PLAN_WORDS.has(word))
    .join(' ');
}

/**
 * The payer a free-text plan name means ("Optum", "UHC PPO", "Blue Cross"), or
 * undefined when it is not one the list knows. Used to map profiles written
 * before plans were chosen from the list; never guesses between two payers.
 */
export function payerForName(text: string): PayerId | undefined {
  if (isPayerId(text)) return text;
  const key = payerKey(text);
  if (key === '') return undefined;
  const exact = PAYERS_BY_TERM.get(key);
  if (exact !== undefined) return exact;
  // "Aetna Choice POS II": the longest known name the text starts with.
  const words = key.split(' ');
  for (let length = words.length - 1; length >= 1; length -= 1) {
    const found = PAYERS_BY_TERM.get(words.slice(0, length).join(' '));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Typed plan names as payer ids, in order and without repeats, and the names no
 * payer matched (trimmed, kept as typed) for the therapist to choose again.
 */
export function mapPlanNames(names: readonly string[]): { payerIds: PayerId[]; unmatched: string[] } {
  const payerIds: PayerId[] = [];
  const unmatched: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    const payer = payerForName(trimmed);
    if (payer === undefined) {
      if (!unmatched.includes(trimmed)) unmatched.push(trimmed);
    } else if (!payerIds.includes(payer)) {
      payerIds.push(payer);
    }
  }
  return { payerIds, unmatched };
}
