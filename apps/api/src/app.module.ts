import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { GraphQLErrorFilter, formatGraphQLError } from './common/errors/graphql-errors.js';
import { EventsModule } from './common/events/events.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { DatabaseModule } from './database/database.module.js';
import { AgentsModule } from './modules/agents/agents.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CallbacksModule } from './modules/callbacks/callbacks.module.js';
import { CallsModule } from './modules/calls/calls.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DraftingModule } from './modules/drafting/drafting.module.js';
import { HandoffModule } from './modules/handoff/handoff.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { KnowledgeModule } from './modules/knowledge/knowledge.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { VoiceModule } from './modules/voice/voice.module.js';

/** The committed schema (the console's codegen reads it), written from the code-first types by `npm start` in development. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

/** The built agent console at `/`, when it has been built (`npm start` builds it). */
function consoleAssets(config: AppConfig): DynamicModule[] {
  const rootPath = resolve(config.get('CONSOLE_DIR'));
  if (!existsSync(join(rootPath, 'index.html'))) {
    new Logger('Console').log(`No built console in ${rootPath}: run "npm run build:console" to serve it at /.`);
    return [];
  }
  return [ServeStaticModule.forRoot({ rootPath, exclude: ['/graphql{*path}', '/health{*path}', '/voice{*path}'] })];
}

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
          // HTTP requests carry their headers; WebSocket subscriptions carry credentials in the connection parameters.
          context: (ctx: { req?: unknown; connectionParams?: unknown }) => ({ req: ctx.req, connectionParams: ctx.connectionParams }),
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        EventsModule,
        JobsModule,
        AuthModule,
        KnowledgeModule,
        HandoffModule,
        CallsModule,
        CallbacksModule,
        AgentsModule,
        DashboardModule,
        DraftingModule.forApi(),
        MeetingsModule.forApi(),
        VoiceModule,
        HealthModule,
        ...consoleAssets(config),
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
