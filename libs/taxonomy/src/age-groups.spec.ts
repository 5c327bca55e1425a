import { AGE_GROUPS, ageGroupForAge } from './age-groups';

describe('age groups', () => {
  it('run in order without gaps or overlaps from 6 upward', () => {
    expect(AGE_GROUPS.map((group) => [group.code, group.minAge, group.maxAge])).toEqual([
      ['CHILDREN', 6, 12],
      ['TEENS', 13, 17],
      ['YOUNG_ADULTS', 18, 25],
      ['ADULTS', 26, 64],
      ['OLDER_ADULTS', 65, null],
    ]);
    AGE_GROUPS.slice(1).forEach((group, index) => {
      expect(group.minAge).toBe((AGE_GROUPS[index]?.maxAge ?? Number.NaN) + 1);
    });
  });

  it.each([
    [5, undefined],
    [6, 'CHILDREN'],
    [12, 'CHILDREN'],
    [13, 'TEENS'],
    [17, 'TEENS'],
    [18, 'YOUNG_ADULTS'],
    [25, 'YOUNG_ADULTS'],
    [26, 'ADULTS'],
    [64, 'ADULTS'],
    [65, 'OLDER_ADULTS'],
    [104, 'OLDER_ADULTS'],
    [12.5, undefined],
    [-1, undefined],
    [Number.NaN, undefined],
  ])('age %d is in %s', (age, expected) => {
    expect(ageGroupForAge(age)?.code).toBe(expected);
  });
});
