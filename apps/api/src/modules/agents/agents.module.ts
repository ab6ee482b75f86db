import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KnowledgeSearchService } from '../knowledge/knowledge-search.service.js';
import { KnowledgeModule } from '../knowledge/knowledge.module.js';
import { AgentDeskService } from './agent-desk.service.js';
import { AgentDeskResolver, HandoffSummaryResolver } from './agents.resolver.js';
import { KnowledgeGapsResolver } from './knowledge-gaps.resolver.js';
import { KnowledgeGapsService } from './knowledge-gaps.service.js';

/** The agent's desk: assist during a call, text messages, the after-call summary, and knowledge-gap reports. */
@Module({
  imports: [KnowledgeModule],
  providers: [
    {
      provide: AgentDeskService,
      inject: [DataSource, KnowledgeSearchService],
      useFactory: (ds: DataSource, search: KnowledgeSearchService) => new AgentDeskService(ds, search),
    },
    { provide: KnowledgeGapsService, inject: [DataSource], useFactory: (ds: DataSource) => new KnowledgeGapsService(ds) },
    AgentDeskResolver,
    HandoffSummaryResolver,
    KnowledgeGapsResolver,
  ],
})
export class AgentsModule {}
