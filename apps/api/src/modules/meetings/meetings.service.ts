import {
  type MeetingSummary,
  type PartCache,
  type PartSummary,
  TranscriptError,
  parseTranscript,
  splitIntoParts,
  summarizeMeeting,
  toMinutesDocument,
} from '#libs/meetings';
import { maskPii } from '#libs/privacy';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import type { JobEntity } from '../../common/jobs/job.entity.js';
import type { JobRun, JobsService } from '../../common/jobs/jobs.service.js';
import { DraftingError, DraftingErrorCode } from '../drafting/drafting.errors.js';
import type { LlmPartSummarizer } from './llm-part-summarizer.js';
import { MeetingEntity, MeetingPartCacheEntity } from './meeting.entity.js';
import { seoulToday } from '../../common/seoul-date.js';

export const SUMMARIZE_MEETING_JOB = 'summarize-meeting';

export interface MeetingInput {
  title: string;
  transcript: string;
  format?: 'txt' | 'vtt' | 'srt' | null;
  meetingDate?: string | null;
  place?: string | null;
  attendees?: string[] | null;
  department?: string | null;
}

/**
 * Meeting summaries: a transcript (pasted or uploaded, masked before it is stored) summarised map-reduce in a
 * background job, each part's result cached by content so a retried job does not redo finished parts; the result
 * has decisions and action items pointing at transcript lines, and minutes in the official format.
 */
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    /** The chat model's part summariser when one is configured; the extractive one otherwise. */
    private readonly llm: LlmPartSummarizer | null = null,
  ) {}

  registerJobs(): void {
    this.jobs.define<{ meetingId: string }>(
      SUMMARIZE_MEETING_JOB,
      (payload, run) => this.summarize(payload.meetingId, run),
      async (job) => {
        await this.dataSource.query(`UPDATE meetings SET status = $2 WHERE id = $1 AND result IS NULL`, [job.subjectId, job.status]);
      },
    );
  }

  /** Validates and queues; an empty, oversized or non-text transcript is refused naming the field, nothing queued. */
  async create(ownerId: string, input: MeetingInput): Promise<{ meeting: MeetingEntity; job: JobEntity }> {
    const title = input.title?.trim() ?? '';
    if (!title) throw invalid('title: the meeting needs a title');
    if (title.length > 200) throw invalid('title: at most 200 characters');
    const meetingDate = input.meetingDate ?? seoulToday();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDate) || isNaN(Date.parse(meetingDate)))
      throw invalid('meetingDate: must be a date (YYYY-MM-DD)');
    let format: string;
    try {
      format = parseTranscript(input.transcript ?? '', input.format ?? 'auto').format;
    } catch (error) {
      if (error instanceof TranscriptError) throw invalid(`transcript: ${error.message}`);
      throw error;
    }
    const transcript = maskPii(input.transcript).text;
    const meta = { place: input.place?.trim() || null, attendees: input.attendees ?? [], department: input.department?.trim() || null };
    const { meeting, job } = await this.dataSource.transaction(async (manager) => {
      const meeting = await manager.save(MeetingEntity, { title, ownerId, meetingDate, format, transcript, status: 'QUEUED' as const });
      const job = await this.jobs.create(manager, {
        type: SUMMARIZE_MEETING_JOB,
        ownerId,
        subjectId: meeting.id,
        payload: { meetingId: meeting.id, ...meta },
      });
      await manager.update(MeetingEntity, meeting.id, { jobId: job.id });
      return { meeting: { ...meeting, jobId: job.id }, job };
    });
    await this.jobs.dispatch(job);
    return { meeting, job };
  }

  /** The job: parts summarised (or taken from the cache), reduced, minutes written; the result is stored once. */
  async summarize(meetingId: string, run: JobRun): Promise<void> {
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    const job = await this.jobs.view(run.jobId);
    const meta = (job?.payload ?? {}) as { place?: string | null; attendees?: string[]; department?: string | null };
    await this.dataSource.query(`UPDATE meetings SET status = 'SUMMARIZING' WHERE id = $1 AND result IS NULL`, [meetingId]);
    const transcript = parseTranscript(meeting.transcript, meeting.format as 'txt' | 'vtt' | 'srt');
    const total = splitIntoParts(transcript).length;
    let started = 0;
    const repository = this.dataSource.getRepository(MeetingPartCacheEntity);
    const cache: PartCache = {
      get: async (key) => {
        // Before each part: report progress, which is also where a cancellation stops the job.
        await run.progress(5 + Math.round((85 * started++) / total), `부분 요약 ${Math.min(started, total)}/${total}`);
        const row = await repository.findOne({ where: { key } });
        return (row?.value as unknown as PartSummary) ?? null;
      },
      set: async (key, value) => {
        await this.dataSource.query(`INSERT INTO meeting_part_cache (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
          key,
          JSON.stringify(value),
        ]);
      },
    };
    const summary: MeetingSummary = await summarizeMeeting(transcript, {
      cache,
      meetingDate: meeting.meetingDate,
      ...(this.llm ? { summarizePart: (part, options) => this.llm!.summarize(part, options), cacheNamespace: 'llm' } : {}),
    });
    await run.progress(92, '회의록 작성');
    const minutes = toMinutesDocument(summary, {
      title: meeting.title,
      date: meeting.meetingDate,
      place: meta.place ?? '(장소 미기재)',
      attendees: meta.attendees?.length ? meta.attendees : summary.speakers,
      department: meta.department ?? '(부서 미기재)',
    });
    await this.dataSource.query(`UPDATE meetings SET result = $2, minutes_text = $3, status = 'DONE' WHERE id = $1 AND result IS NULL`, [
      meetingId,
      JSON.stringify(summary),
      minutes,
    ]);
  }

  async meeting(userId: string, id: string): Promise<MeetingEntity> {
    const meeting = isUuid(id) ? await this.dataSource.getRepository(MeetingEntity).findOne({ where: { id } }) : null;
    if (!meeting) throw new DraftingError(DraftingErrorCode.MEETING_NOT_FOUND, `There is no meeting ${id}.`);
    if (meeting.ownerId !== userId) throw new DraftingError(DraftingErrorCode.NOT_YOURS, 'This meeting summary belongs to another person.');
    return meeting;
  }

  list(userId: string): Promise<MeetingEntity[]> {
    return this.dataSource.getRepository(MeetingEntity).find({ where: { ownerId: userId }, order: { createdAt: 'DESC' }, take: 200 });
  }
}

function invalid(message: string): DraftingError {
  return new DraftingError(DraftingErrorCode.INVALID_INPUT, message);
}
