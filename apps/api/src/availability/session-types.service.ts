import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { groupBy } from '../common/group-by';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { SessionTypeInput } from './dto/session-type.input';
import { SessionFormat } from '../therapists/entities/therapist-profile.entity';
import { SessionKind, SessionType } from './entities/session-type.entity';

@Injectable()
export class SessionTypesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async listOwn(user: User): Promise<SessionType[]> {
    const profile = await this.therapists.requireOwnProfile(user);
    return this.em.find(SessionType, { therapist: profile }, { orderBy: { archivedAt: 'asc nulls first', createdAt: 'asc' } });
  }

  /** Bookable (not archived) session types of many therapists, in one query. */
  async listActiveFor(therapistIds: string[]): Promise<Map<string, SessionType[]>> {
    const rows = await this.em.find(
      SessionType,
      { therapist: { $in: therapistIds }, archivedAt: null },
      { orderBy: { priceMinor: 'asc', durationMinutes: 'asc', id: 'asc' } },
    );
    return groupBy(rows, (row) => row.therapist.id);
  }

  async create(user: User, input: SessionTypeInput): Promise<SessionType> {
    checkConsultationIsFree(input);
    return this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      checkFormatsOffered(input.formats, profile.formats);
      const sessionType = em.create(SessionType, { therapist: profile, ...input, ...placeOf(input), name: input.name.trim() });
      this.audit.record(em, { actor: user, action: 'session_type.created', subjectType: 'SessionType', subjectId: sessionType.id });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return sessionType;
    });
  }

  async update(user: User, id: string, input: SessionTypeInput): Promise<SessionType> {
    checkConsultationIsFree(input);
    return this.em.transactional(async (em) => {
      const sessionType = await this.findOwnOrThrow(em, user, id);
      checkFormatsOffered(input.formats, sessionType.therapist.formats);
      Object.assign(sessionType, { ...input, ...placeOf(input), name: input.name.trim() });
      this.audit.record(em, { actor: user, action: 'session_type.updated', subjectType: 'SessionType', subjectId: id });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: sessionType.therapist.id });
      return sessionType;
    });
  }

  async archive(user: User, id: string): Promise<SessionType> {
    return this.em.transactional(async (em) => {
      const sessionType = await this.findOwnOrThrow(em, user, id);
      sessionType.archivedAt ??= this.clock.now();
      this.audit.record(em, { actor: user, action: 'session_type.archived', subjectType: 'SessionType', subjectId: id });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: sessionType.therapist.id });
      return sessionType;
    });
  }

  /** Undoes an archive: clients can book it again. */
  async restore(user: User, id: string): Promise<SessionType> {
    return this.em.transactional(async (em) => {
      const sessionType = await this.findOwnOrThrow(em, user, id);
      if (sessionType.archivedAt === null) return sessionType;
      sessionType.archivedAt = null;
      this.audit.record(em, { actor: user, action: 'session_type.restored', subjectType: 'SessionType', subjectId: id });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: sessionType.therapist.id });
      return sessionType;
    });
  }

  private async findOwnOrThrow(em: EntityManager, user: User, id: string): Promise<SessionType> {
    const profile = await this.therapists.requireOwnProfile(user, em);
    // Another therapist's id reads as "not found": ids of others' records are not confirmed.
    const sessionType = await em.findOne(SessionType, { id, therapist: profile });
    if (!sessionType) throw AvailabilityError.sessionTypeNotFound();
    return sessionType;
  }
}

const FORMAT_WORDS: Record<SessionFormat, string> = { VIDEO: 'video', IN_PERSON: 'in person', PHONE: 'phone' };

/** A session type offers only formats the profile offers: a client must not book a format the therapist does not do. */
function checkFormatsOffered(formats: readonly SessionFormat[], offered: readonly SessionFormat[]): void {
  const missing = formats.filter((format) => !offered.includes(format));
  if (missing.length === 0) return;
  const words = (list: readonly SessionFormat[]) => list.map((format) => FORMAT_WORDS[format]).join(' and ');
  throw new InputError(
    'formats',
    `Your profile offers ${offered.length ? `only ${words(offered)}` : 'no session formats yet'}. Add ${words(missing)} to your profile first, or leave it out of this session type.`,
  );
}

function checkConsultationIsFree(input: SessionTypeInput): void {
  if (input.kind === SessionKind.CONSULTATION && input.priceMinor !== 0) {
    throw new InputError('priceMinor', 'A free consultation has a price of 0.');
  }
}

/** Blank means none: a cleared field removes the therapist's own link or note. */
function placeOf(input: SessionTypeInput): { videoLink: string | null; locationNote: string | null; cptCode: string | null } {
  return { videoLink: input.videoLink?.trim() || null, locationNote: input.locationNote?.trim() || null, cptCode: input.cptCode?.trim() || null };
}
