import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JobModel } from '../../../common/jobs/job.model.js';
import { FindingModel } from '../../drafting/models/document.model.js';

@ObjectType('SourcedText', { description: 'A decision or open question, with the transcript lines it came from.' })
export class SourcedTextModel {
  @Field()
  text: string;

  @Field(() => [Int])
  sourceLines: number[];
}

@ObjectType('ActionItem', { description: 'What, who, by when, and where in the transcript it was said.' })
export class ActionItemModel {
  @Field()
  task: string;

  @Field(() => String, { nullable: true })
  owner: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  due: string | null;

  @Field(() => String, { nullable: true, description: 'The due date as said (다음 주 금요일).' })
  dueText: string | null;

  @Field(() => [Int])
  sourceLines: number[];
}

@ObjectType('MeetingResult')
export class MeetingResultModel {
  @Field(() => [String])
  summary: string[];

  @Field(() => [SourcedTextModel])
  decisions: SourcedTextModel[];

  @Field(() => [ActionItemModel])
  actionItems: ActionItemModel[];

  @Field(() => [SourcedTextModel])
  openQuestions: SourcedTextModel[];

  @Field(() => [String])
  speakers: string[];
}

@ObjectType('Meeting', { description: 'A meeting transcript and its summary, made by a background job.' })
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  meetingDate: string;

  @Field({ description: 'txt, vtt or srt.' })
  format: string;

  @Field({ description: 'QUEUED, SUMMARIZING, DONE, FAILED or CANCELLED (the job has the detail).' })
  status: string;

  @Field()
  createdAt: Date;

  @Field(() => MeetingResultModel, { nullable: true })
  result: MeetingResultModel | null;

  @Field(() => String, { nullable: true, description: '회의록 in the official format.' })
  minutesText: string | null;

  @Field(() => [FindingModel], { description: 'Checker findings on the minutes.' })
  minutesFindings?: FindingModel[];

  @Field(() => JobModel, { nullable: true })
  job?: JobModel | null;
}

@InputType('MeetingInput')
export class MeetingInputModel {
  @Field()
  title: string;

  @Field({ description: 'Plain text with optional speaker labels, WebVTT or SRT (up to 200,000 characters).' })
  transcript: string;

  @Field(() => String, { nullable: true, description: 'txt, vtt or srt; detected when left out.' })
  format?: 'txt' | 'vtt' | 'srt' | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default. Due dates are read against it.' })
  meetingDate?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => [String], { nullable: true })
  attendees?: string[] | null;

  @Field(() => String, { nullable: true })
  department?: string | null;
}
