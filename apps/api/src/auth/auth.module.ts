import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessDeclarationCheck } from './guards/access-declaration.check';
import { AuthGuard } from './guards/auth.guard';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuditModule, RateLimitModule, DiscoveryModule],
  providers: [AuthService, AccountsService, SessionsService, AuthResolver, AccessDeclarationCheck, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, AccountsService, SessionsService],
})
export class AuthModule {}
