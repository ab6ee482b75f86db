import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../modules/auth/current-principal.decorator.js';
import type { Principal } from '../../modules/auth/principal.js';
import { Roles } from '../../modules/auth/roles.decorator.js';
import { DraftingError, DraftingErrorCode } from '../../modules/drafting/drafting.errors.js';
import { EventBus, type JobEventPayload, jobTopic } from '../events/event-bus.js';
import { isUuid } from '../ids.js';
import type { JobEntity } from './job.entity.js';
import { JobModel } from './job.model.js';
import { JobsService } from './jobs.service.js';

type Person = Principal & { kind: 'user' };
export const WRITERS = ['DRAFTER', 'SUPERVISOR', 'ADMIN'] as const;

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  @Roles(...WRITERS)
  @Query(() => JobModel)
  job(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.mine(me, id);
  }

  @Roles(...WRITERS)
  @Mutation(() => JobModel, { description: 'Cancels my job: at once while queued, at its next step while running.' })
  async cancelJob(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    await this.mine(me, id);
    return this.jobs.cancel(id);
  }

  @Roles(...WRITERS)
  @Subscription(() => JobModel, {
    description: "My job's progress, step and outcome as they change.",
    resolve: async function (this: JobsResolver, event: JobEventPayload) {
      return this.jobs.view(event.jobId);
    },
  })
  async jobProgress(@CurrentPrincipal() me: Person, @Args('jobId', { type: () => ID }) jobId: string) {
    await this.mine(me, jobId);
    return this.events.iterator<JobEventPayload>(jobTopic(jobId));
  }

  private async mine(me: Person, id: string): Promise<JobEntity> {
    const job = isUuid(id) ? await this.jobs.view(id) : null;
    if (!job) throw new DraftingError(DraftingErrorCode.JOB_NOT_FOUND, `There is no job ${id}.`);
    if (job.ownerId !== me.id) throw new DraftingError(DraftingErrorCode.NOT_YOURS, 'This job belongs to another person.');
    return job;
  }
}
