import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditNames, resolveAuditNames } from './audit-names';

export interface AuditEntry {
  actor: User | null;
  action: string;
  subjectType: string;
  /** Null only when there is no such record (a failed log-in for an unknown email). */
  subjectId: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Writes and lists audit events. Callers pass their transaction's EntityManager so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  record(em: EntityManager, entry: AuditEntry): void {
    em.create(AuditEvent, { ...entry, reason: entry.reason ?? null, details: entry.details ?? null });
  }

  /**
   * Records that `actor` read these records, one event per record so "who saw
   * this?" is a lookup by subject. Committed on its own: a read has no
   * transaction to join, and the event must exist before the data leaves.
   */
  async recordReads(entry: { actor: User; action: string; subjectType: string; subjectIds: string[]; details?: Record<string, unknown> }): Promise<void> {
    if (entry.subjectIds.length === 0) return;
    const em = this.em.fork();
    const actor = em.getReference(User, entry.actor.id);
    for (const subjectId of entry.subjectIds) {
      this.record(em, { actor, action: entry.action, subjectType: entry.subjectType, subjectId, details: entry.details ?? null });
    }
    await em.flush();
  }

  /** Newest first; `before` + `beforeId` (the last event of the previous page) is a keyset cursor, so same-millisecond events are never skipped. */
  async list(filter: { limit: number; before?: Date; beforeId?: string; subjectId?: string; action?: string }): Promise<AuditEvent[]> {
    const page = filter.before
      ? filter.beforeId
        ? { $or: [{ createdAt: { $lt: filter.before } }, { createdAt: filter.before, id: { $lt: filter.beforeId } }] }
        : { createdAt: { $lt: filter.before } }
      : {};
    return this.em.find(
      AuditEvent,
      {
        ...page,
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.action ? { action: filter.action } : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: filter.limit, populate: ['actor'] },
    );
  }

  /** Names for a page of events' actors and subjects, in one query. */
  namesFor(events: readonly AuditEvent[]): Promise<AuditNames> {
    return resolveAuditNames(this.em, events);
  }
}
