import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject, UseGuards } from '@nestjs/common';
import type { CookieOptions } from 'express';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { GraphqlContext } from '../common/graphql/request-of';
import { GraphqlThrottlerGuard } from '../rate-limit/graphql-throttler.guard';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { Role, User } from './entities/user.entity';
import { ClientIp, CurrentSessionId, CurrentUser, Public, SignedIn } from './guards/access.decorators';
import { AuthPayloadModel } from './models/auth-payload.model';
import { PasswordChangeModel } from './models/password-change.model';
import { UserModel } from './models/user.model';
import { SignedInSession } from './sessions.service';
import { SESSION_COOKIE } from './session-token';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Public()
  me(@CurrentUser() user: User | null): User | null {
    return user;
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  @UseGuards(GraphqlThrottlerGuard)
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphqlContext, @ClientIp() ip: string | null): Promise<SignedInSession> {
    const session = await this.auth.signUp({ ...input, role: input.role as unknown as Role.CLIENT | Role.THERAPIST }, { ip });
    this.setSessionCookie(context, session);
    return session;
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  @UseGuards(GraphqlThrottlerGuard)
  async logIn(@Args('input') input: LogInInput, @Context() context: GraphqlContext, @ClientIp() ip: string | null): Promise<SignedInSession> {
    const session = await this.auth.logIn(input.email, input.password, { ip });
    this.setSessionCookie(context, session);
    return session;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (its token stops working everywhere).' })
  @SignedIn()
  async logOut(@CurrentUser() user: User, @CurrentSessionId() sessionId: string, @Context() context: GraphqlContext, @ClientIp() ip: string | null): Promise<boolean> {
    await this.auth.logOut(user, sessionId, { ip });
    context.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @Mutation(() => PasswordChangeModel, {
    description: 'Changes your password after checking the current one. Your other sessions end; this one stays signed in.',
  })
  @SignedIn()
  @UseGuards(GraphqlThrottlerGuard)
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: User,
    @CurrentSessionId() sessionId: string,
    @ClientIp() ip: string | null,
  ): Promise<PasswordChangeModel> {
    return this.accounts.changePassword({ user, sessionId, currentPassword: input.currentPassword, newPassword: input.newPassword, origin: { ip } });
  }

  private setSessionCookie(context: GraphqlContext, session: SignedInSession): void {
    // Max-Age, not an absolute Expires: a browser whose clock differs from the server's
    // (or a test on a pinned clock) would otherwise drop the cookie at once. The server
    // enforces the session's real expiry either way.
    const maxAge = Math.max(0, session.expiresAt.getTime() - session.startedAt.getTime());
    context.res.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), maxAge });
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: '/' };
  }
}
