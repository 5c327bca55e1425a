import { at, candidate, rank } from './matching.fixtures';

describe('stated preferences on the card and about the list', () => {
  it('says the fee, the scale and the budget together', () => {
    const [match] = rank([candidate({ feeMinor: 195_00, slidingScale: { minMinor: 120_00, maxMinor: 195_00 } })], { budgetMaxMinor: 150_00 }).ranked;
    expect(match.reasons.find((reason) => reason.code === 'PRICE_FIT')?.text).toBe('$195, sliding scale from $120, within your budget');
  });

  it('tells a client who asked for a woman that no woman fits, and why each card misses it', () => {
    const { ranked, notices } = rank([candidate({ id: 'm', gender: 'MAN' }), candidate({ id: 'u', gender: null })], { genderPreference: ['WOMAN'] });
    expect(notices).toEqual([
      { code: 'GENDER_PREFERENCE', text: 'You asked for a woman: no woman therapist in New York fits your other choices, so these are the closest.' },
    ]);
    const caveats = Object.fromEntries(ranked.map((match) => [match.id, match.caveats.map((caveat) => caveat.text)]));
    expect(caveats).toEqual({ m: ['A man; you asked for a woman'], u: ["Hasn't said their gender; you asked for a woman"] });
  });

  it('says no notice when someone shown meets the preference', () => {
    expect(rank([candidate({ id: 'w', gender: 'WOMAN' }), candidate({ id: 'm', gender: 'MAN' })], { genderPreference: ['WOMAN'] }).notices).toEqual([]);
  });

  it('names the approach the client chose, and the one a therapist lacks', () => {
    const [match] = rank([candidate({ modalities: ['CBT'] })], { preferredModalities: ['CBT', 'ERP'] }).ranked;
    expect(match.reasons.find((reason) => reason.code === 'MODALITY_FIT')?.text).toBe('Offers CBT, which you asked for');
    expect(match.caveats).toEqual([{ code: 'MODALITY_FIT', text: "Doesn't offer ERP, which you asked for" }]);
  });

  it('counts only evening times for "fits your evenings" and says when there are none', () => {
    const evening = candidate({ id: 'e', openSlotStartsMs: [at('2026-03-03', '09:00'), at('2026-03-03', '18:00')].map(Number) });
    const daytime = candidate({ id: 'd', openSlotStartsMs: [at('2026-03-03', '09:00'), at('2026-03-04', '13:00')].map(Number) });
    const byId = Object.fromEntries(rank([evening, daytime], { preferredTimes: { weekdays: [], dayParts: ['EVENING'] } }).ranked.map((match) => [match.id, match]));
    expect(byId.e.reasons.find((reason) => reason.code === 'AVAILABILITY_FIT')?.text).toBe('Has 1 open time that fits your evenings');
    expect(byId.d.reasons.some((reason) => reason.code === 'AVAILABILITY_FIT')).toBe(false);
    expect(byId.d.caveats).toEqual([{ code: 'AVAILABILITY_FIT', text: 'No open times on your evenings in the next 2 weeks' }]);
  });

  it('confirms format, language and insurance by name', () => {
    const [match] = rank([candidate({ languages: ['en', 'es'], insuranceAccepted: ['AETNA'] })], { format: 'VIDEO', languages: ['es'], insurance: 'AETNA' }).ranked;
    expect(match.reasons.map((reason) => reason.text)).toEqual(['Offers video sessions', 'Sessions in Spanish', 'In network with Aetna, your insurance']);
  });
});
