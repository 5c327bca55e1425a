import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Inject, UseGuards } from '@nestjs/common';
import type { CookieOptions } from 'express';
import { User } from '../auth/entities/user.entity';
import { ClientIp, CurrentUser, Public, SignedIn } from '../auth/guards/access.decorators';
import { UserModel } from '../auth/models/user.model';
import { SESSION_COOKIE } from '../auth/session-token';
import { GraphqlContext } from '../common/graphql/request-of';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { GraphqlThrottlerGuard } from '../rate-limit/graphql-throttler.guard';
import { AccountDataService } from './account-data.service';
import { AccountSettingsService } from './account-settings.service';
import { ChangeEmailInput, ChangeTimeZoneInput, DeleteAccountInput, RequestPasswordResetInput, ResetPasswordInput } from './dto/account.input';
import { AccountDeletionModel, AccountExportModel } from './models/account.model';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly data: AccountDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => UserModel, { description: 'Moves your account to another email address after checking your password; the old address is told.' })
  @SignedIn()
  @UseGuards(GraphqlThrottlerGuard)
  changeEmail(@Args('input') input: ChangeEmailInput, @CurrentUser() user: User, @ClientIp() ip: string | null): Promise<User> {
    return this.settings.changeEmail({ user, newEmail: input.newEmail, currentPassword: input.currentPassword, origin: { ip } });
  }

  @Mutation(() => UserModel, { description: 'The time zone your times are shown in.' })
  @SignedIn()
  changeTimeZone(@Args('input') input: ChangeTimeZoneInput, @CurrentUser() user: User, @ClientIp() ip: string | null): Promise<User> {
    return this.settings.changeTimeZone({ user, timeZone: input.timeZone, origin: { ip } });
  }

  @Mutation(() => Boolean, {
    description: 'Emails a single-use link to set a new password, when the address has an account. Always true: the answer never says whether it does.',
  })
  @Public()
  @UseGuards(GraphqlThrottlerGuard)
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @ClientIp() ip: string | null): Promise<boolean> {
    await this.settings.requestPasswordReset(input.email, { ip });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed link. The link stops working and every session ends; log in again.' })
  @Public()
  @UseGuards(GraphqlThrottlerGuard)
  async resetPassword(@Args('input') input: ResetPasswordInput, @ClientIp() ip: string | null): Promise<boolean> {
    await this.settings.resetPassword({ token: input.token, newPassword: input.newPassword, origin: { ip } });
    return true;
  }

  @Mutation(() => AccountExportModel, { description: 'Everything Rapport keeps about you as JSON, health data included (decrypted for you only). Audited.' })
  @SignedIn()
  @UseGuards(GraphqlThrottlerGuard)
  exportMyData(@CurrentUser() user: User, @ClientIp() ip: string | null): Promise<AccountExportModel> {
    return this.data.exportMyData(user, { ip });
  }

  @Mutation(() => AccountDeletionModel, {
    description: 'Deletes your account after checking your password: upcoming bookings are cancelled under their policy, health data is erased, you are signed out everywhere.',
  })
  @SignedIn()
  @UseGuards(GraphqlThrottlerGuard)
  async deleteMyAccount(@Args('input') input: DeleteAccountInput, @CurrentUser() user: User, @Context() context: GraphqlContext, @ClientIp() ip: string | null): Promise<AccountDeletionModel> {
    const result = await this.data.deleteMyAccount({ user, currentPassword: input.currentPassword, origin: { ip } });
    const options: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: '/' };
    context.res.clearCookie(SESSION_COOKIE, options);
    return result;
  }
}
