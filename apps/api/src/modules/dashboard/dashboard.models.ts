import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AgentStatusModel } from '../auth/models/user.model.js';
import type { AgentStatus } from '../auth/user.entity.js';
import { HandoffReasonModel } from '../handoff/models/handoff.model.js';

@ObjectType('HourBucket')
export class HourBucketModel {
  @Field()
  hour: Date;

  @Field(() => Int)
  calls: number;

  @Field(() => Int)
  handedOff: number;
}

@ObjectType('ReasonCount')
export class ReasonCountModel {
  @Field(() => HandoffReasonModel)
  reason: HandoffReasonModel;

  @Field(() => Int)
  count: number;
}

@ObjectType('TopicCount')
export class TopicCountModel {
  @Field()
  topicId: string;

  @Field()
  title: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => AgentStatusModel)
  status: AgentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('Dashboard', { description: 'The call floor over a date range (agents: as they are now).' })
export class DashboardModel {
  @Field()
  from: Date;

  @Field()
  to: Date;

  @Field(() => Int)
  totalCalls: number;

  @Field(() => Int)
  handedOff: number;

  @Field(() => Float, { description: 'Share of calls the bot handled without a person (0-1).' })
  containmentRate: number;

  @Field(() => Float, { nullable: true, description: 'Median seconds from handoff to an agent taking the call.' })
  medianWaitSeconds: number | null;

  @Field(() => [HourBucketModel])
  callsPerHour: HourBucketModel[];

  @Field(() => [ReasonCountModel])
  handoffsByReason: ReasonCountModel[];

  @Field(() => [TopicCountModel])
  topTopics: TopicCountModel[];

  @Field(() => [StatusCountModel])
  agentsByStatus: StatusCountModel[];

  @Field(() => Int)
  openKnowledgeGaps: number;
}
