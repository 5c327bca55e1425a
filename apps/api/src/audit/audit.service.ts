import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actor: User | null;
  action: string;
  subjectType: string;
  subjectId: string;
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

  async list(filter: { limit: number; before?: Date; subjectId?: string; action?: string }): Promise<AuditEvent[]> {
    return this.em.find(
      AuditEvent,
      {
        ...(filter.before ? { createdAt: { $lt: filter.before } } : {}),
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.action ? { action: filter.action } : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: filter.limit, populate: ['actor'] },
    );
  }
}
