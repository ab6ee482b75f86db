import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { HandoffView } from './handoff.service.js';

export const HANDOFF_CREATED = 'handoffCreated';

/**
 * Handoff announcements for subscribers: in memory for one process, through Redis pub/sub when REDIS_URL is set,
 * so a handoff made on one API instance reaches consoles connected to another.
 */
export class HandoffEvents {
  private constructor(
    readonly pubSub: PubSubEngine,
    private readonly close: () => Promise<void>,
  ) {}

  static inMemory(): HandoffEvents {
    return new HandoffEvents(new PubSub(), async () => {});
  }

  static redis(url: string): HandoffEvents {
    const publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    const subscriber = new Redis(url, { maxRetriesPerRequest: 2 });
    const pubSub = new RedisPubSub({ publisher, subscriber });
    return new HandoffEvents(pubSub, async () => {
      await pubSub.close();
    });
  }

  async published(handoff: HandoffView): Promise<void> {
    await this.pubSub.publish(HANDOFF_CREATED, { [HANDOFF_CREATED]: handoff });
  }

  iterator(): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(HANDOFF_CREATED) as AsyncIterableIterator<unknown>;
  }

  shutdown(): Promise<void> {
    return this.close();
  }
}
