import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { LlmPartSummarizer } from './llm-part-summarizer.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { configuredChatModel } from '../../config/chat-model.js';

/** Meeting summaries: map-reduce over the transcript in a background job, and minutes in the official format. */
@Module({
  imports: [DraftingModule],
  providers: [
    {
      provide: MeetingsService,
      inject: [AppConfig, DataSource, JobsService],
      useFactory: (config: AppConfig, ds: DataSource, jobs: JobsService) => {
        const model = configuredChatModel(config);
        return new MeetingsService(ds, jobs, model ? new LlmPartSummarizer(model, config.get('DRAFT_TIMEOUT_MS')) : null);
      },
    },
    MeetingsResolver,
  ],
})
export class MeetingsModule implements OnModuleInit {
  constructor(@Inject(MeetingsService) private readonly meetings: MeetingsService) {}

  onModuleInit(): void {
    this.meetings.registerJobs();
  }
}
