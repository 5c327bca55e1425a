import { JURISDICTIONS } from './jurisdictions';
import { LICENSE_BOARDS, licenseBoardFor } from './license-boards';

describe('license boards', () => {
  it.each(JURISDICTIONS.map((jurisdiction) => [jurisdiction.code, jurisdiction.name]))('%s (%s) has a board with an https lookup link', (code) => {
    const board = licenseBoardFor(code);
    expect(board).toBeDefined();
    expect(board!.name.trim()).not.toBe('');
    const url = new URL(board!.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toContain('.');
  });

  it('names no jurisdiction the taxonomy does not have', () => {
    expect(Object.keys(LICENSE_BOARDS).sort()).toEqual(JURISDICTIONS.map((jurisdiction) => jurisdiction.code).sort());
  });

  it('answers undefined for an unknown code rather than guessing', () => {
    expect(licenseBoardFor('ZZ')).toBeUndefined();
    expect(licenseBoardFor('toString')).toBeUndefined();
  });
});
