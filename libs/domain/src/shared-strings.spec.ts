import { sharedStrings } from './shared-strings';

describe('sharedStrings', () => {
  it('gives the first string of each text it has seen', () => {
    const shared = sharedStrings(10);
    const first = shared(['a', 'b'].join(''));
    expect(shared(['a', 'b'].join(''))).toBe(first);
    expect(shared('cd')).toBe('cd');
  });

  it('starts afresh once it holds `limit` values, and shares what comes after', () => {
    const shared = sharedStrings(2);
    shared('x');
    shared('y');
    const third = shared('z');
    expect(shared('z')).toBe(third);
    expect(shared('x')).toBe('x');
  });
});
