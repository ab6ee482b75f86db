import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { HandoffEvents } from './handoff-events.js';
import { HandoffResolver } from './handoff.resolver.js';
import { HandoffService } from './handoff.service.js';

/** The queue of calls handed to human agents, and its subscription. */
@Module({
  providers: [
    { provide: HandoffService, inject: [DataSource], useFactory: (ds: DataSource) => new HandoffService(ds) },
    {
      provide: HandoffEvents,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const url = config.get('REDIS_URL');
        return url ? HandoffEvents.redis(url) : HandoffEvents.inMemory();
      },
    },
    HandoffResolver,
  ],
  exports: [HandoffService, HandoffEvents],
})
export class HandoffModule implements OnApplicationShutdown {
  constructor(@Inject(HandoffEvents) private readonly events: HandoffEvents) {}

  async onApplicationShutdown(): Promise<void> {
    await this.events.shutdown();
  }
}
