import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service.js';

@Controller('health')
export class HealthController {
  constructor(@Inject(HealthService) private readonly health: HealthService) {}

  /** Readiness: the database answers and the knowledge base is loaded (503 otherwise), with the backends named. */
  @Get()
  async ready(@Res({ passthrough: true }) res: Response) {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }

  /** Liveness: the process serves requests. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }
}
