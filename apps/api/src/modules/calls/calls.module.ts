import { Module } from '@nestjs/common';
import { GroundedLlmAnswerer } from '#libs/answers';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { EventBus } from '../../common/events/event-bus.js';
import { HandoffModule } from '../handoff/handoff.module.js';
import { HandoffService } from '../handoff/handoff.service.js';
import { KnowledgeModule } from '../knowledge/knowledge.module.js';
import { KnowledgeSearchService } from '../knowledge/knowledge-search.service.js';
import { PhoneCipher } from '../../common/phone-cipher.js';
import { SmsModule } from '../sms/sms.module.js';
import { SmsService } from '../sms/sms.service.js';
import { CallbacksModule } from '../callbacks/callbacks.module.js';
import { CallbacksService } from '../callbacks/callbacks.service.js';
import { CallsResolver } from './calls.resolver.js';
import { CallsService } from './calls.service.js';
import { configuredChatModel } from '../../config/chat-model.js';

/** The voicebot's calls: turns in, spoken answers, handoffs and text-message requests out. */
@Module({
  imports: [KnowledgeModule, HandoffModule, SmsModule, CallbacksModule],
  providers: [
    {
      provide: CallsService,
      inject: [AppConfig, DataSource, KnowledgeSearchService, HandoffService, EventBus, SmsService, PhoneCipher, CallbacksService],
      useFactory: (
        config: AppConfig,
        dataSource: DataSource,
        search: KnowledgeSearchService,
        handoffs: HandoffService,
        events: EventBus,
        sms: SmsService,
        phoneCipher: PhoneCipher,
        callbacks: CallbacksService,
      ) => {
        const model = configuredChatModel(config);
        const llm = model ? new GroundedLlmAnswerer(model, config.get('CHAT_TIMEOUT_MS')) : null;
        return new CallsService({
          dataSource,
          search,
          handoffs,
          events,
          llm,
          callerIdSalt: config.callerIdSalt,
          sms,
          phoneCipher,
          callbacks,
        });
      },
    },
    CallsResolver,
  ],
  exports: [CallsService],
})
export class CallsModule {}
