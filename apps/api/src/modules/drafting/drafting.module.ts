import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { AppConfig } from '../../config/app-config.js';
import { DraftingResolver } from './drafting.resolver.js';
import { DraftingService } from './drafting.service.js';
import { LlmLetterWriter } from './llm-letter-writer.js';
import { configuredChatModel } from '../../config/chat-model.js';

/** Official letters drafted with AI help: the template offline, a chat model when configured; people edit and approve. */
@Module({
  providers: [
    {
      provide: DraftingService,
      inject: [AppConfig, DataSource, JobsService],
      useFactory: (config: AppConfig, dataSource: DataSource, jobs: JobsService) => {
        const model = configuredChatModel(config);
        return new DraftingService(dataSource, jobs, model ? new LlmLetterWriter(model, config.get('DRAFT_TIMEOUT_MS')) : null);
      },
    },
    DraftingResolver,
  ],
  exports: [DraftingService],
})
export class DraftingModule implements OnModuleInit {
  constructor(@Inject(DraftingService) private readonly drafting: DraftingService) {}

  onModuleInit(): void {
    this.drafting.registerJobs();
  }
}
