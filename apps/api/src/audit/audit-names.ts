import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity';

/** How a person or record is named in the audit log, e.g. "Dr Ana Ruiz", "license NY 123456 of Dr Ana Ruiz". */
export interface AuditNames {
  actorName(event: AuditEvent): string | null;
  subjectName(event: AuditEvent): string | null;
}

interface NameRow {
  type: string;
  id: string;
  name: string | null;
}

/**
 * Names every actor and subject of a page of audit events in one query, however
 * many events the page holds (no query per row). A read model for the admins'
 * log only: it reads the named tables' display columns and nothing sensitive
 * (no health data; a client is named by their e-mail, as the admins see it
 * elsewhere). A record deleted since reads as null, and the page shows its type.
 */
export async function resolveAuditNames(em: EntityManager, events: readonly AuditEvent[]): Promise<AuditNames> {
  const wanted = new Map<string, { type: string; id: string }>();
  const want = (type: string, id: string | null | undefined) => {
    if (id && NAMED_TYPES.has(type)) wanted.set(`${type}:${id}`, { type, id });
  };
  for (const event of events) {
    want('User', event.actor?.id);
    want(event.subjectType, event.subjectId);
  }
  const names = new Map<string, string | null>();
  if (wanted.size > 0) {
    const pairs = [...wanted.values()];
    // knex spreads an array binding into a list, so `array[?]` becomes `array[$1, $2, …]`.
    const rows: NameRow[] = await em.getConnection().execute(NAMES_SQL, [pairs.map((pair) => pair.type), pairs.map((pair) => pair.id)]);
    for (const row of rows) names.set(`${row.type}:${row.id}`, row.name);
  }
  const lookup = (type: string, id: string | null | undefined) => (id ? (names.get(`${type}:${id}`) ?? null) : null);
  return {
    actorName: (event) => lookup('User', event.actor?.id),
    subjectName: (event) => lookup(event.subjectType, event.subjectId),
  };
}

const NAMED_TYPES = new Set(['User', 'ClientHealthRecord', 'TherapistProfile', 'License', 'SessionType', 'Booking', 'Intake', 'ExternalCalendar']);

// A person: their therapist display name when they have a profile, else their e-mail; a deleted account says so.
const PERSON = (user: string, profile: string) =>
  `case when ${user}.deleted_at is not null then 'a deleted account' else coalesce(${profile}.display_name, ${user}.email) end`;

const NAMES_SQL = `
with wanted(type, id) as (select * from unnest(array[?]::text[], array[?]::uuid[]))
select w.type, w.id::text as id,
  case w.type
    when 'User' then ${PERSON('u', 'up')}
    when 'ClientHealthRecord' then 'the health record of ' || ${PERSON('u', 'up')}
    when 'TherapistProfile' then tp.display_name
    when 'License' then 'license ' || l.jurisdiction || ' ' || l.number || ' of ' || ltp.display_name
    when 'SessionType' then 'session type “' || st.name || '” of ' || stp.display_name
    when 'Booking' then 'the booking of ' || ${PERSON('bu', 'bup')} || ' with ' || btp.display_name
    when 'Intake' then 'the intake of ' || ${PERSON('iu', 'iup')}
    when 'ExternalCalendar' then 'calendar “' || ec.name || '” of ' || ectp.display_name
  end as name
from wanted w
left join users u on w.type in ('User', 'ClientHealthRecord') and u.id = w.id
left join therapist_profiles up on up.user_id = u.id
left join therapist_profiles tp on w.type = 'TherapistProfile' and tp.id = w.id
left join licenses l on w.type = 'License' and l.id = w.id
left join therapist_profiles ltp on ltp.id = l.therapist_id
left join session_types st on w.type = 'SessionType' and st.id = w.id
left join therapist_profiles stp on stp.id = st.therapist_id
left join bookings b on w.type = 'Booking' and b.id = w.id
left join users bu on bu.id = b.client_id
left join therapist_profiles bup on bup.user_id = bu.id
left join therapist_profiles btp on btp.id = b.therapist_id
left join intakes i on w.type = 'Intake' and i.id = w.id
left join users iu on iu.id = i.client_id
left join therapist_profiles iup on iup.user_id = iu.id
left join external_calendars ec on w.type = 'ExternalCalendar' and ec.id = w.id
left join therapist_profiles ectp on ectp.id = ec.therapist_id
`;
