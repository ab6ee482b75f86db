import { Global, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { generatedSecret } from '../../common/generated-secret.js';
import { AppConfig } from '../../config/app-config.js';
import { AccessTokens } from './access-tokens.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

/** The key that signs access tokens: configured, or generated once and kept in the database (outside production). */
export async function tokenSecret(config: AppConfig, dataSource: DataSource): Promise<string> {
  return config.get('JWT_SECRET') ?? generatedSecret(dataSource, 'jwt_secret');
}

/** Accounts, sessions, and the guard in front of every GraphQL operation. */
@Global()
@Module({
  providers: [
    {
      provide: AuthService,
      inject: [AppConfig, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) =>
        new AuthService({
          dataSource,
          tokens: new AccessTokens(await tokenSecret(config, dataSource), config.get('ACCESS_TOKEN_TTL_SECONDS')),
          refreshTtlHours: config.get('REFRESH_TOKEN_TTL_HOURS'),
          gatewayApiKeys: config.get('GATEWAY_API_KEYS') ?? [],
        }),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
    AuthResolver,
  ],
  exports: [AuthService],
})
export class AuthModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const username = this.config.get('ADMIN_USERNAME');
    const { created, oneTimePassword } = await this.auth.ensureAdmin(username, this.config.get('ADMIN_PASSWORD'));
    if (created && oneTimePassword) {
      this.logger.warn(
        `Created the administrator "${username}" with the one-time password ${oneTimePassword} (shown once; set ADMIN_PASSWORD to choose it).`,
      );
    } else if (created) {
      this.logger.log(`Created the administrator "${username}" from ADMIN_PASSWORD.`);
    }
  }
}
