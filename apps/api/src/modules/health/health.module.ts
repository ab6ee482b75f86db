import { Module } from '@nestjs/common';
import { KnowledgeModule } from '../knowledge/knowledge.module.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

/** `/health`: readiness with the database and queue backends named, and `/health/live`. */
@Module({ imports: [KnowledgeModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
