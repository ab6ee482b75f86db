import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';

/** The queue changed: a handoff was created, claimed or closed. */
export interface QueueEventPayload {
  type: 'CREATED' | 'CLAIMED' | 'CLOSED';
  handoffId: string;
}

/** Something happened in a call: a new turn, or the end. */
export interface CallEventPayload {
  type: 'TURN' | 'ENDED';
  callId: string;
  turnSeq: number | null;
}

/** A background job's status or progress changed. */
export interface JobEventPayload {
  jobId: string;
}

export const QUEUE_TOPIC = 'queue';
export const jobTopic = (jobId: string) => `job:${jobId}`;
export const callTopic = (callId: string) => `call:${callId}`;

/**
 * Announcements for subscribers, small and by id (subscribers read the current state): in memory for one process,
 * through Redis pub/sub when REDIS_URL is set, so an event on one API instance reaches consoles connected to another.
 */
export class EventBus {
  private constructor(
    private readonly pubSub: PubSubEngine,
    private readonly close: () => Promise<void>,
  ) {}

  static inMemory(): EventBus {
    return new EventBus(new PubSub(), async () => {});
  }

  static redis(url: string): EventBus {
    const publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    const subscriber = new Redis(url, { maxRetriesPerRequest: 2 });
    const pubSub = new RedisPubSub({ publisher, subscriber });
    return new EventBus(pubSub, async () => {
      await pubSub.close();
    });
  }

  queueChanged(event: QueueEventPayload): Promise<void> {
    return this.pubSub.publish(QUEUE_TOPIC, event);
  }

  callChanged(event: CallEventPayload): Promise<void> {
    return this.pubSub.publish(callTopic(event.callId), event);
  }

  jobChanged(jobId: string): Promise<void> {
    return this.pubSub.publish(jobTopic(jobId), { jobId } satisfies JobEventPayload);
  }

  iterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator(topic) as AsyncIterableIterator<T>;
  }

  shutdown(): Promise<void> {
    return this.close();
  }
}
