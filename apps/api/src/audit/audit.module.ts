import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Audit events. Not global: a module that records events imports it, so the dependency is visible. */
@Module({ providers: [AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
