import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventBus } from '../../common/events/event-bus.js';
import { HandoffResolver } from './handoff.resolver.js';
import { HandoffService } from './handoff.service.js';

/** The queue of calls handed to human agents: claiming, wrap-up, and the live queue subscription. */
@Module({
  providers: [
    {
      provide: HandoffService,
      inject: [DataSource, EventBus],
      useFactory: (ds: DataSource, events: EventBus) => new HandoffService(ds, events),
    },
    HandoffResolver,
  ],
  exports: [HandoffService],
})
export class HandoffModule {}
