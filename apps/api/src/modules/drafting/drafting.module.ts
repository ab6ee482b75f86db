import { type DynamicModule, Inject, Module, type OnModuleInit, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { AppConfig } from '../../config/app-config.js';
import { configuredChatModel } from '../../config/chat-model.js';
import { DraftingResolver } from './drafting.resolver.js';
import { DraftingService } from './drafting.service.js';
import { LlmLetterWriter } from './llm-letter-writer.js';

const SERVICE: Provider = {
  provide: DraftingService,
  inject: [AppConfig, DataSource, JobsService],
  useFactory: (config: AppConfig, dataSource: DataSource, jobs: JobsService) => {
    const model = configuredChatModel(config);
    return new DraftingService(dataSource, jobs, model ? new LlmLetterWriter(model, config.get('DRAFT_TIMEOUT_MS')) : null);
  },
};

/**
 * Official letters drafted with AI help: the template offline, a chat model when configured; people edit and approve.
 * `forApi` serves GraphQL; `forWorker` only runs the drafting jobs (`npm run worker`).
 */
@Module({})
export class DraftingModule implements OnModuleInit {
  constructor(@Inject(DraftingService) private readonly drafting: DraftingService) {}

  static forApi(): DynamicModule {
    return { module: DraftingModule, providers: [SERVICE, DraftingResolver], exports: [DraftingService] };
  }

  static forWorker(): DynamicModule {
    return { module: DraftingModule, providers: [SERVICE], exports: [DraftingService] };
  }

  onModuleInit(): void {
    this.drafting.registerJobs();
  }
}
