import { Kind } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';

describe('DateTime scalar', () => {
  it.each([
    ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T09:00Z', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T09:00:00.123456-05:00', '2026-03-02T14:00:00.123Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(DateTimeScalar.parseValue(text).toISOString()).toBe(iso);
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: text }).toISOString()).toBe(iso);
  });

  it.each([
    ['a day that does not exist', '2026-02-30T00:00:00Z'],
    ['no zone (the server would choose one)', '2026-03-08T02:30:00'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['an extended year', '+275760-09-13T00:00:00.000Z'],
    ['hour 24', '2026-03-02T24:00:00Z'],
    ['a date only', '2026-03-02'],
    ['words', 'yesterday'],
    ['a number', 1_772_438_400_000],
    ['an object', { a: { a: 'deep' } }],
    ['null', null],
  ])('refuses %s', (_case, value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/like 2026-03-02T09:00:00Z/);
  });

  it('refuses a literal that is not a string', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '0' })).toThrow(/like 2026-03-02T09:00:00Z/);
  });

  it('writes instants as UTC ISO strings', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-02T09:00:00-05:00'))).toBe('2026-03-02T14:00:00.000Z');
  });
});
