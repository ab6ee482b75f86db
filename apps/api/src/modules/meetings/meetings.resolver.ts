import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { WRITERS } from '../../common/jobs/jobs.resolver.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { DraftingService } from '../drafting/drafting.service.js';
import type { MeetingEntity } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';
import { MeetingInputModel, MeetingModel } from './models/meeting.model.js';

type Person = Principal & { kind: 'user' };

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    @Inject(MeetingsService) private readonly service: MeetingsService,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(DraftingService) private readonly drafting: DraftingService,
  ) {}

  @Roles(...WRITERS)
  @Mutation(() => MeetingModel, { description: 'Queues the summary of a transcript; follow its job for progress.' })
  async createMeetingSummary(@CurrentPrincipal() me: Person, @Args('input') input: MeetingInputModel) {
    return (await this.service.create(me.id, input)).meeting;
  }

  @Roles(...WRITERS)
  @Query(() => [MeetingModel])
  meetings(@CurrentPrincipal() me: Person) {
    return this.service.list(me.id);
  }

  @Roles(...WRITERS)
  @Query(() => MeetingModel)
  meeting(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.service.meeting(me.id, id);
  }

  @ResolveField()
  job(@Parent() meeting: MeetingEntity) {
    return meeting.jobId ? this.jobs.view(meeting.jobId) : null;
  }

  @ResolveField()
  minutesFindings(@Parent() meeting: MeetingEntity) {
    return meeting.minutesText ? this.drafting.check(meeting.minutesText, 'minutes').findings : [];
  }
}
