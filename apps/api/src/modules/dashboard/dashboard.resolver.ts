import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { OVERSIGHT, Roles } from '../auth/roles.decorator.js';
import { DashboardModel } from './dashboard.models.js';
import { DashboardService } from './dashboard.service.js';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(@Inject(DashboardService) private readonly dashboards: DashboardService) {}

  @Roles(...OVERSIGHT)
  @Query(() => DashboardModel, { description: 'Calls per hour, containment, handoffs by reason, top topics, waiting time, agents.' })
  dashboard(@Args('from', { type: () => Date }) from: Date, @Args('to', { type: () => Date }) to: Date) {
    return this.dashboards.dashboard(from, to);
  }
}
