import { normalizeForMatching } from './term-matcher';
import { findPayer, isPayerId, mapPlanNames, PAYERS, payerForName, payerName } from './payers';

describe('payers', () => {
  it('has the common US payers under stable ids', () => {
    for (const id of ['AETNA', 'ANTHEM', 'BCBS', 'CIGNA', 'UNITEDHEALTHCARE', 'KAISER', 'HUMANA', 'MEDICARE', 'MEDICAID', 'TRICARE', 'MAGELLAN', 'OSCAR']) {
      expect(isPayerId(id)).toBe(true);
    }
    expect(findPayer('NOPE')).toBeUndefined();
    expect(payerName('CIGNA')).toBe('Cigna (Evernorth)');
  });

  it('gives each name and alias to one payer only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const payer of PAYERS) {
      for (const term of [payer.name, ...payer.aliases].map(normalizeForMatching)) {
        const owner = owners.get(term);
        if (owner !== undefined && owner !== payer.id) clashes.push(`"${term}" in ${owner} and ${payer.id}`);
        owners.set(term, payer.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each<[string, string | undefined]>([
    ['Aetna', 'AETNA'],
    ['AETNA', 'AETNA'],
    ['aetna ppo', 'AETNA'],
    ['Aetna Choice POS II', 'AETNA'],
    ['BCBS', 'BCBS'],
    ['Blue Cross Blue Shield', 'BCBS'],
    ['Blue Cross Blue Shield PPO', 'BCBS'],
    ['Anthem', 'ANTHEM'],
    ['Elevance Health', 'ANTHEM'],
    ['Empire BCBS', 'ANTHEM'],
    ['Cigna', 'CIGNA'],
    ['Evernorth', 'CIGNA'],
    ['UHC', 'UNITEDHEALTHCARE'],
    ['United Healthcare', 'UNITEDHEALTHCARE'],
    ['Optum', 'UNITEDHEALTHCARE'],
    ['Kaiser Permanente', 'KAISER'],
    ['Medi-Cal', 'MEDICAID'],
    ['Tricare East', 'TRICARE'],
    ['Magellan', 'MAGELLAN'],
    ['Oscar', 'OSCAR'],
    ['Out of network only', undefined],
    ['Some Union Plan', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(payerForName(text)).toBe(expected);
  });

  it('maps typed plan names to ids without repeats and keeps the unknown ones as typed', () => {
    expect(mapPlanNames(['Optum', 'UHC', ' Mystery Plan ', 'aetna', 'Mystery Plan', ''])).toEqual({
      payerIds: ['UNITEDHEALTHCARE', 'AETNA'],
      unmatched: ['Mystery Plan'],
    });
  });
});
