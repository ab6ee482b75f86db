import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

/** The supervisor's picture of the floor. */
@Module({
  providers: [
    { provide: DashboardService, inject: [DataSource], useFactory: (ds: DataSource) => new DashboardService(ds) },
    DashboardResolver,
  ],
})
export class DashboardModule {}
