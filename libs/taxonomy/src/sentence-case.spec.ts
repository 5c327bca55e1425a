import { findConcern, findModality, concernNameInSentence, modalityNameInSentence } from './index';
import { lowercaseFirstUnlessAcronym, madeOncePerEntry } from './sentence-case';

describe('sentence forms', () => {
  it('lowercases the first letter unless the first word is an acronym', () => {
    expect(['Chronic pain', 'ADHD', 'CBT-I', 'LGBTQ+ identity', 'A'].map(lowercaseFirstUnlessAcronym)).toEqual(['chronic pain', 'ADHD', 'CBT-I', 'LGBTQ+ identity', 'a']);
  });

  it('makes each entry\'s form once, and each entry its own', () => {
    const made: string[] = [];
    const formOf = madeOncePerEntry((entry: { label: string }) => {
      made.push(entry.label);
      return entry.label.toLowerCase();
    });
    const first = { label: 'First' };
    const second = { label: 'Second' };
    expect([formOf(first), formOf(second), formOf(first), formOf(second)]).toEqual(['first', 'second', 'first', 'second']);
    expect(made).toEqual(['First', 'Second']);
  });

  it('names the taxonomy\'s entries mid-sentence, the same on every ask', () => {
    const anxiety = findConcern('ANXIETY')!;
    const cbt = findModality('CBT')!;
    expect([concernNameInSentence(anxiety), concernNameInSentence(anxiety)]).toEqual(['anxiety', 'anxiety']);
    expect([modalityNameInSentence(cbt), modalityNameInSentence(cbt)]).toEqual(['CBT', 'CBT']);
  });
});
