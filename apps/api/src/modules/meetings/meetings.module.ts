import { type DynamicModule, Inject, Module, type OnModuleInit, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { AppConfig } from '../../config/app-config.js';
import { configuredChatModel } from '../../config/chat-model.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { LlmPartSummarizer } from './llm-part-summarizer.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

const SERVICE: Provider = {
  provide: MeetingsService,
  inject: [AppConfig, DataSource, JobsService],
  useFactory: (config: AppConfig, ds: DataSource, jobs: JobsService) => {
    const model = configuredChatModel(config);
    return new MeetingsService(ds, jobs, model ? new LlmPartSummarizer(model, config.get('DRAFT_TIMEOUT_MS')) : null);
  },
};

/**
 * Meeting summaries: map-reduce over the transcript in a background job, and minutes in the official format.
 * `forApi` serves GraphQL; `forWorker` only runs the summary jobs (`npm run worker`).
 */
@Module({})
export class MeetingsModule implements OnModuleInit {
  constructor(@Inject(MeetingsService) private readonly meetings: MeetingsService) {}

  static forApi(): DynamicModule {
    return { module: MeetingsModule, imports: [DraftingModule.forApi()], providers: [SERVICE, MeetingsResolver] };
  }

  static forWorker(): DynamicModule {
    return { module: MeetingsModule, providers: [SERVICE] };
  }

  onModuleInit(): void {
    this.meetings.registerJobs();
  }
}
