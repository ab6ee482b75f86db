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

@ObjectType('StageLatency', { description: 'One stage of spoken turns: median and 95th percentile, in ms.' })
export class StageLatencyModel {
  @Field({
    description:
      'endpointing, stt, dialogue, tts (to first audio), total (voice to voice), overhead (ours: total minus endpointing, STT and TTS).',
  })
  stage: string;

  @Field(() => Float)
  p50: number;

  @Field(() => Float)
  p95: number;
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

  @Field(() => Int, { description: 'Spoken turns answered through the voice gateway in the range.' })
  voiceTurns: number;

  @Field(() => [StageLatencyModel], {
    description: 'How long callers waited for spoken answers, stage by stage (empty without voice turns).',
  })
  voiceLatency: StageLatencyModel[];
}
