import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessDeclarationCheck } from './guards/access-declaration.check';
import { AuthGuard } from './guards/auth.guard';

@Module({
  imports: [RateLimitModule, DiscoveryModule],
  providers: [AuthService, AuthResolver, AccessDeclarationCheck, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
