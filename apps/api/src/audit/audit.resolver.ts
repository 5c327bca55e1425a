import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/entities/user.entity';
import { Roles } from '../auth/guards/access.decorators';
import { AuditEvent } from './audit-event.entity';
import { AuditNames } from './audit-names';
import { AuditEventModel } from './audit.models';
import { AuditService } from './audit.service';
import { parseId } from '../common/validation/parse-id';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEventModel], { description: 'Newest first. Admins only.' })
  @Roles(Role.ADMIN)
  async auditEvents(
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('before', { nullable: true, type: () => Date, description: 'createdAt of the last event already shown.' }) before?: Date,
    @Args('beforeId', { nullable: true, type: () => ID, description: 'id of the last event already shown (with before).' }) beforeId?: string,
    @Args('subjectId', { nullable: true, type: () => String }) subjectId?: string,
    @Args('action', { nullable: true, type: () => String }) action?: string,
  ): Promise<AuditEventModel[]> {
    const events = await this.audit.list({ limit: Math.min(Math.max(limit, 1), 200), before, beforeId: beforeId && parseId('beforeId', beforeId), subjectId: subjectId && parseId('subjectId', subjectId), action });
    const names = await this.audit.namesFor(events);
    return events.map((event) => toAuditEventModel(event, names));
  }
}

function toAuditEventModel(event: AuditEvent, names: AuditNames): AuditEventModel {
  return {
    actorName: names.actorName(event),
    subjectName: names.subjectName(event),
    id: event.id,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    reason: event.reason,
    actorEmail: event.actor?.email ?? null,
    details: event.details ? JSON.stringify(event.details) : null,
    createdAt: event.createdAt,
  };
}
