import { registerEnumType } from '@nestjs/graphql';
import { CalendarSource } from '../entities/external-calendar.entity';
import { SessionKind } from '../entities/session-type.entity';

registerEnumType(SessionKind, { name: 'SessionKind' });
registerEnumType(CalendarSource, { name: 'CalendarSource' });

export { CalendarSource, SessionKind };
