import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { Database } from '../../database/database.js';
import { KnowledgeBaseService } from '../knowledge/knowledge-base.service.js';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { backend: 'postgres' | 'pglite'; ok: boolean };
  queue: { backend: 'bullmq' | 'in-process'; ok: boolean };
  knowledge: { ok: boolean; articles: number; chunks: number; models: string[] };
}

@Injectable()
export class HealthService implements OnApplicationShutdown {
  private redis: Redis | null = null;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(KnowledgeBaseService) private readonly knowledgeBase: KnowledgeBaseService,
  ) {}

  async check(): Promise<HealthReport> {
    const dbOk = await this.database.ping();
    const queueOk = await this.pingQueue();
    const stats = dbOk ? await this.knowledgeBase.stats().catch(() => null) : null;
    const knowledgeOk = !!stats && stats.articles > 0;
    return {
      status: dbOk && queueOk && knowledgeOk ? 'ok' : 'unavailable',
      database: { backend: this.database.backend, ok: dbOk },
      queue: { backend: this.config.queueBackend, ok: queueOk },
      knowledge: { ok: knowledgeOk, articles: stats?.articles ?? 0, chunks: stats?.chunks ?? 0, models: stats?.models ?? [] },
    };
  }

  private async pingQueue(): Promise<boolean> {
    const url = this.config.get('REDIS_URL');
    if (!url) return true;
    this.redis ??= new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }
}
