import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { EventBus } from './event-bus.js';

/** The event bus every module publishes to and subscriptions read from. */
@Global()
@Module({
  providers: [
    {
      provide: EventBus,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const url = config.get('REDIS_URL');
        return url ? EventBus.redis(url) : EventBus.inMemory();
      },
    },
  ],
  exports: [EventBus],
})
export class EventsModule implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly bus: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.shutdown();
  }
}
