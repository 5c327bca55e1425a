// Headlines and bios for demo therapists, composed from the concerns and
// approaches each one actually lists, so the words match the profile.
import {
  concernNameInSentence,
  evidenceReason,
  findConcern,
  findLanguage,
  findLicenseType,
  findModality,
  modalityNameInSentence,
} from '@rapport/taxonomy';
import { chance, pick, type Random } from './seeded-random';
import { COMMUNITY_SENTENCES, GENERAL_STYLE_SENTENCES, type PracticeFocus } from './demo-therapist-practice';

export interface ProfileFacts {
  focus: PracticeFocus;
  licenseType: string;
  yearsInPractice: number;
  ageGroups: readonly string[];
  specialtyConcerns: readonly string[];
  treatedConcerns: readonly string[];
  modalities: readonly string[];
  languages: readonly string[];
  communities: readonly string[];
}

const HEADLINE_MAX_LENGTH = 120;

export function composeHeadline(random: Random, facts: ProfileFacts): string {
  const concerns = facts.specialtyConcerns.slice(0, 2).map(concernName);
  const [first, second] = facts.modalities.map(modalityName);
  const audience = audienceOf(facts.ageGroups);
  const profession = findLicenseType(facts.licenseType)?.profession ?? 'Therapist';
  const candidates = [
    `${profession} helping ${audience} with ${listPhrase(concerns)}`,
    `Warm, practical therapy for ${listPhrase(concerns)}`,
    `Helping ${audience} find their way through ${listPhrase(concerns)}`,
    second ? `${capitalise(first)} and ${second} for ${audience} facing ${concerns[0]}` : `${capitalise(first)} for ${concerns[0]}`,
    `${capitalise(concerns[0])} support grounded in ${first}`,
  ];
  const headline = pick(random, candidates);
  return headline.length <= HEADLINE_MAX_LENGTH ? headline : `Therapy for ${concerns[0]}`;
}

/** Two to four sentences: who I help, how (with the evidence when there is some), working style, and an extra. */
export function composeBio(random: Random, facts: ProfileFacts): string {
  const specialties = facts.specialtyConcerns.map(concernName);
  const audience = audienceOf(facts.ageGroups);
  const alsoTreated = facts.treatedConcerns.slice(0, 2).map(concernName);
  const openers = [
    `I work with ${audience} dealing with ${listPhrase(specialties)}.`,
    `Many of the people I see come to me for ${listPhrase(specialties)}, often alongside ${listPhrase(alsoTreated)}.`,
  ];
  if (facts.yearsInPractice >= 3) {
    openers.push(`For ${facts.yearsInPractice} years I have helped ${audience} with ${listPhrase(specialties)}.`);
  }
  const sentences = [pick(random, openers), approachSentence(facts)];
  if (chance(random, 0.7)) sentences.push(pick(random, [...facts.focus.styleSentences, ...GENERAL_STYLE_SENTENCES]));
  const extras = extraSentences(facts);
  if (extras.length > 0 && chance(random, 0.6)) sentences.push(pick(random, extras));
  return sentences.join(' ');
}

function approachSentence(facts: ProfileFacts): string {
  for (const concern of facts.specialtyConcerns) {
    for (const modality of facts.modalities) {
      const reason = evidenceReason(concern, modality);
      if (reason === null) continue;
      const others = facts.modalities.filter((code) => code !== modality).slice(0, 2).map(modalityName);
      const alongside = others.length > 0 ? `, alongside ${listPhrase(others)}` : '';
      return `I offer ${reason.replace(/^offers /, '')}${alongside}.`;
    }
  }
  return `My approach draws on ${listPhrase(facts.modalities.slice(0, 3).map(modalityName))}, adapted to what you need.`;
}

function extraSentences(facts: ProfileFacts): string[] {
  const extras = facts.communities.map((code) => COMMUNITY_SENTENCES[code]).filter((text) => text !== undefined);
  const otherLanguages = facts.languages.filter((code) => code !== 'en').map((code) => findLanguage(code)?.name ?? code);
  if (otherLanguages.length > 0) extras.push(`I also offer sessions in ${listPhrase(otherLanguages)}.`);
  return extras;
}

/** Who the therapist sees, in words: "children, teens and their parents", "adults", "teens and young adults". */
export function audienceOf(ageGroups: readonly string[]): string {
  const has = (code: string) => ageGroups.includes(code);
  if ((has('CHILDREN') || has('TEENS')) && !has('YOUNG_ADULTS') && !has('ADULTS') && !has('OLDER_ADULTS')) {
    return listPhrase([has('CHILDREN') ? 'children' : null, has('TEENS') ? 'teens' : null, 'their parents'].filter(isText));
  }
  const nouns = [
    has('CHILDREN') ? 'children' : null,
    has('TEENS') ? 'teens' : null,
    has('YOUNG_ADULTS') && !has('ADULTS') ? 'young adults' : null,
    has('ADULTS') ? 'adults' : null,
    has('OLDER_ADULTS') && !has('ADULTS') ? 'older adults' : null,
  ].filter(isText);
  return listPhrase(nouns);
}

/**
 * "a", "a and b", "a, b and c" (no serial comma, as elsewhere in the product's
 * copy); "a as well as b and c" when an item has its own "and".
 */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items.some((item) => item.includes(' and ')) ? ' as well as ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

function concernName(code: string): string {
  const concern = findConcern(code);
  return concern ? concernNameInSentence(concern) : code;
}

function modalityName(code: string): string {
  const modality = findModality(code);
  return modality ? modalityNameInSentence(modality) : code;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isText(value: string | null): value is string {
  return value !== null;
}
