import { MikroORM } from '@mikro-orm/postgresql';
import { MAX_WINDOWS_PER_DAY, SESSION_TYPE_BOUNDS, SLOT_SETTINGS_BOUNDS } from '@rapport/domain';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { insertTherapist } from './testing/therapist-rows';

// The database's check constraints hold the same numbers as libs/domain's bounds:
// each bound is accepted at its edge and refused one step past it, by PostgreSQL itself.
let database: TestDatabase;
let orm: MikroORM;
let therapistId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
  therapistId = (await insertTherapist(orm.em.fork())).profile.id;
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

const column = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Runs `sql` in a transaction that is always rolled back: 'ok', or the name of the constraint PostgreSQL refused it with. */
async function outcome(sql: string, params: unknown[]): Promise<string> {
  try {
    await orm.em.fork().transactional(async (em) => {
      await em.execute(sql, params);
      throw new Error('rollback');
    });
  } catch (error) {
    if ((error as Error).message === 'rollback') return 'ok';
    return (error as { constraint?: string }).constraint ?? (error as Error).message;
  }
  throw new Error('unreachable');
}

describe('database bounds agree with libs/domain', () => {
  it.each(Object.entries(SLOT_SETTINGS_BOUNDS))('booking_settings.%s', async (key, { min, max }) => {
    const keys = Object.keys(SLOT_SETTINGS_BOUNDS) as (keyof typeof SLOT_SETTINGS_BOUNDS)[];
    const insert = `insert into booking_settings (therapist_id, time_zone, updated_at, ${keys.map(column).join(', ')})
      values (?, 'UTC', now(), ${keys.map(() => '?').join(', ')})`;
    const at = (value: number) => outcome(insert, [therapistId, ...keys.map((other) => (other === key ? value : SLOT_SETTINGS_BOUNDS[other].min))]);
    const refused = expect.stringMatching(/^booking_settings_/);
    expect([await at(min), await at(max), await at(min - 1), await at(max + 1)]).toEqual(['ok', 'ok', refused, refused]);
  });

  it.each([
    ['duration_minutes', SESSION_TYPE_BOUNDS.durationMinutes],
    ['price_minor', SESSION_TYPE_BOUNDS.priceMinor],
  ])('session_types.%s', async (name, { min, max }) => {
    const values = { duration_minutes: 50, price_minor: 100, [name]: 0 };
    const insert = `insert into session_types (id, therapist_id, name, kind, duration_minutes, price_minor, formats, created_at)
      values (gen_random_uuid(), ?, 'Therapy', 'INDIVIDUAL', ?, ?, '{VIDEO}', now())`;
    const at = (value: number) => {
      const row = { ...values, [name]: value };
      return outcome(insert, [therapistId, row.duration_minutes, row.price_minor]);
    };
    const refused = `session_types_${name.replace('_minutes', '').replace('_minor', '')}_range`;
    expect([await at(min), await at(max), await at(min - 1), await at(max + 1)]).toEqual(['ok', 'ok', refused, refused]);
  });

  it('date_overrides hold at most MAX_WINDOWS_PER_DAY windows', async () => {
    const windows = (count: number) => JSON.stringify(Array.from({ length: count }, () => ({ startLocal: '09:00', endLocal: '10:00' })));
    const insert = `insert into date_overrides (therapist_id, date, windows) values (?, '2026-03-02', ?::jsonb)`;
    expect(await outcome(insert, [therapistId, windows(MAX_WINDOWS_PER_DAY)])).toBe('ok');
    expect(await outcome(insert, [therapistId, windows(MAX_WINDOWS_PER_DAY + 1)])).toBe('date_overrides_window_count');
  });
});
