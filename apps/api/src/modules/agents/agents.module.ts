import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KnowledgeSearchService } from '../knowledge/knowledge-search.service.js';
import { KnowledgeModule } from '../knowledge/knowledge.module.js';
import { SmsModule } from '../sms/sms.module.js';
import { SmsService } from '../sms/sms.service.js';
import { AgentDeskService } from './agent-desk.service.js';
import { AgentDeskResolver, HandoffSummaryResolver } from './agents.resolver.js';
import { KnowledgeGapsResolver } from './knowledge-gaps.resolver.js';
import { KnowledgeGapsService } from './knowledge-gaps.service.js';

/** The agent's desk: assist during a call, text messages, the after-call summary, and knowledge-gap reports. */
@Module({
  imports: [KnowledgeModule, SmsModule],
  providers: [
    {
      provide: AgentDeskService,
      inject: [DataSource, KnowledgeSearchService, SmsService],
      useFactory: (ds: DataSource, search: KnowledgeSearchService, sms: SmsService) => new AgentDeskService(ds, search, sms),
    },
    { provide: KnowledgeGapsService, inject: [DataSource], useFactory: (ds: DataSource) => new KnowledgeGapsService(ds) },
    AgentDeskResolver,
    HandoffSummaryResolver,
    KnowledgeGapsResolver,
  ],
})
export class AgentsModule {}
