import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { JobStatus } from './job.entity.js';

@ObjectType('Job', { description: 'A background job: drafting a letter or summarising a meeting.' })
export class JobModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'draft-letter or summarize-meeting.' })
  type: string;

  @Field(() => String, { description: 'QUEUED, RUNNING, RETRYING, COMPLETED, FAILED or CANCELLED.' })
  status: JobStatus;

  @Field(() => Int, { description: '0-100.' })
  progress: number;

  @Field(() => String, { nullable: true, description: 'What it is doing now.' })
  step: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (kept for the user).' })
  error: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => ID, { description: 'The document or meeting it works on.' })
  subjectId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
