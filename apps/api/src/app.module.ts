import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { join } from 'node:path';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { GraphQLErrorFilter, formatGraphQLError } from './common/errors/graphql-errors.js';
import { DatabaseModule } from './database/database.module.js';
import { CallsModule } from './modules/calls/calls.module.js';
import { HandoffModule } from './modules/handoff/handoff.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { KnowledgeModule } from './modules/knowledge/knowledge.module.js';

/** The committed schema (the console's codegen reads it), written from the code-first types by `npm start` in development. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig = AppConfig.fromEnv()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: config.get('NODE_ENV') === 'development' ? SCHEMA_FILE : true,
          sortSchema: true,
          graphiql: true,
          introspection: true,
          subscriptions: { 'graphql-ws': true },
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        KnowledgeModule,
        HandoffModule,
        CallsModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
