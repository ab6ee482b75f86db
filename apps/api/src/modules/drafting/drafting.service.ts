import { Logger } from '@nestjs/common';
import { type CheckResult, type GongmunKind, applySuggestions, checkGongmun } from '#libs/gongmun';
import { diffLines } from 'diff';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { isUuid } from '../../common/ids.js';
import type { JobEntity } from '../../common/jobs/job.entity.js';
import { JobCancelled } from '../../common/jobs/job-queue.js';
import type { JobRun, JobsService } from '../../common/jobs/jobs.service.js';
import { type DocumentKind, DocumentEntity, type DocumentStatus, DocumentVersionEntity } from './document.entity.js';
import { DraftingError, DraftingErrorCode } from './drafting.errors.js';
import { type ArticleFact, type CallFact, LetterInputSchema, renderLetter, templateBody } from './letter-drafter.js';
import type { LlmLetterWriter } from './llm-letter-writer.js';

export const DRAFT_LETTER_JOB = 'draft-letter';
const MAX_BODY = 100_000;

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Official letters from a form: validated input, a draft written in a background job (the template offline, or a
 * chat model under structured output, checked and repaired against the 공문 rules, else the template with a note),
 * then the people's part: edits kept as versions, submission, and approval by someone other than the author.
 */
export class DraftingService {
  private readonly logger = new Logger(DraftingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly writer: LlmLetterWriter | null,
  ) {}

  /** Registers the drafting job on this process's workers. */
  registerJobs(): void {
    this.jobs.define<{ documentId: string }>(
      DRAFT_LETTER_JOB,
      (payload, run) => this.draft(payload.documentId, run),
      async (job) => {
        // No draft came of it: the document says so instead of waiting for ever.
        await this.dataSource.query(
          `UPDATE documents SET status = 'FAILED', generation_note = $2, updated_at = now() WHERE id = $1 AND status = 'GENERATING'`,
          [
            job.subjectId,
            job.status === 'CANCELLED' ? '초안 작성이 취소되었습니다.' : `초안을 만들지 못했습니다: ${job.error ?? '알 수 없는 오류'}`,
          ],
        );
      },
    );
  }

  /** Validates the form and queues the draft; bad input is refused naming the field, and nothing is queued. */
  async createLetter(ownerId: string, raw: unknown): Promise<{ document: DocumentEntity; job: JobEntity }> {
    const parsed = LetterInputSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.join('.') || 'input';
      const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
      throw new DraftingError(DraftingErrorCode.INVALID_INPUT, `${field}: ${message}`);
    }
    const input = parsed.data;
    if (input.handoffId) {
      // A handoff stands for its call: the facts come from the call's transcript.
      const [handoff] = await this.dataSource.query(`SELECT call_id FROM handoffs WHERE id = $1`, [input.handoffId]);
      if (!handoff) throw new DraftingError(DraftingErrorCode.INVALID_INPUT, `handoffId: there is no handoff ${input.handoffId}`);
      input.callId = handoff.call_id;
    }
    const missing = await this.missingTopics(input.topicIds);
    if (missing.length) throw new DraftingError(DraftingErrorCode.INVALID_INPUT, `topicIds: no article for ${missing.join(', ')}`);
    if (input.callId && !(await this.callFact(input.callId))) {
      throw new DraftingError(DraftingErrorCode.INVALID_INPUT, `callId: there is no call ${input.callId}`);
    }
    const { document, job } = await this.dataSource.transaction(async (manager) => {
      const document = await manager.save(DocumentEntity, {
        kind: input.kind,
        title: input.subject,
        status: 'GENERATING' as DocumentStatus,
        ownerId,
        input: input as unknown as Record<string, unknown>,
        currentVersion: 0,
      });
      const job = await this.jobs.create(manager, {
        type: DRAFT_LETTER_JOB,
        ownerId,
        subjectId: document.id,
        payload: { documentId: document.id },
      });
      return { document, job };
    });
    await this.jobs.dispatch(job);
    return { document, job };
  }

  /** The job: gathers the facts, writes the body, checks and repairs it, and stores version 1 (once). */
  async draft(documentId: string, run: JobRun): Promise<void> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOneByOrFail({ id: documentId });
    const input = LetterInputSchema.parse(document.input);
    await run.progress(10, '인용할 자료 수집');
    const articles = await this.articleFacts(input.topicIds);
    const call = input.callId ? await this.callFact(input.callId) : null;
    const kind = checkKindOf(document.kind);
    let note: string | null = null;
    if (this.writer) {
      await run.progress(30, '모델이 본문 작성');
      try {
        const repaired = this.repair(renderLetter(input, await this.writer.write(input, articles, call), articles), kind);
        if (repaired.check.errors === 0) return this.storeDraft(documentId, repaired.text, 'llm', null, run);
        note = `모델 초안이 공문 형식 검사를 통과하지 못해(${repaired.check.errors}건) 템플릿 초안을 사용했습니다.`;
      } catch (error) {
        if (error instanceof JobCancelled) throw error;
        const reason = (error as Error).message.replace(/\s+/g, ' ');
        this.logger.warn(`document ${documentId}: model draft not used (${reason.slice(0, 300)})`);
        note = `${modelFailure(error as Error)} 템플릿 초안을 사용했습니다.`;
      }
    }
    await run.progress(70, '공문 형식 검사');
    const { text } = this.repair(renderLetter(input, templateBody(input, articles, call), articles), kind);
    await this.storeDraft(documentId, text, 'template', note, run);
  }

  /** Checks a text and applies the checker's mechanical fixes (dates, times, archaic and foreign words). */
  repair(text: string, kind: GongmunKind): { text: string; check: CheckResult } {
    const first = checkGongmun(text, { kind });
    const repaired = first.findings.length ? applySuggestions(text, first.findings) : text;
    return { text: repaired, check: checkGongmun(repaired, { kind }) };
  }

  check(text: string, kind: GongmunKind = 'letter'): CheckResult {
    return checkGongmun(text, { kind });
  }

  async document(userId: string, id: string): Promise<DocumentEntity> {
    const document = isUuid(id) ? await this.dataSource.getRepository(DocumentEntity).findOne({ where: { id } }) : null;
    if (!document) throw new DraftingError(DraftingErrorCode.DOCUMENT_NOT_FOUND, `There is no document ${id}.`);
    // The author sees their documents; others see them once submitted for review (to approve them).
    if (document.ownerId !== userId && document.status !== 'IN_REVIEW' && document.status !== 'APPROVED') {
      throw new DraftingError(DraftingErrorCode.NOT_YOURS, 'This document is still a draft of another person.');
    }
    return document;
  }

  async list(userId: string, scope: 'MINE' | 'REVIEW'): Promise<DocumentEntity[]> {
    const repo = this.dataSource.getRepository(DocumentEntity);
    return scope === 'MINE'
      ? repo.find({ where: { ownerId: userId }, order: { updatedAt: 'DESC' }, take: 200 })
      : repo
          .createQueryBuilder('d')
          .where(`d.status = 'IN_REVIEW' AND d.owner_id <> :userId`, { userId })
          .orderBy('d.updated_at', 'DESC')
          .take(200)
          .getMany();
  }

  async versions(documentId: string): Promise<DocumentVersionEntity[]> {
    return this.dataSource.getRepository(DocumentVersionEntity).find({ where: { documentId }, order: { version: 'ASC' } });
  }

  async currentText(document: DocumentEntity): Promise<string | null> {
    if (!document.currentVersion) return null;
    const version = await this.dataSource
      .getRepository(DocumentVersionEntity)
      .findOne({ where: { documentId: document.id, version: document.currentVersion } });
    return version?.body ?? null;
  }

  /** A person's edit: a new version; only the author, only while it is a draft. */
  async edit(userId: string, id: string, body: string): Promise<DocumentEntity> {
    const text = body?.replace(/\r\n/g, '\n') ?? '';
    if (!text.trim()) throw new DraftingError(DraftingErrorCode.INVALID_INPUT, 'body: the document text is empty');
    if (text.length > MAX_BODY) throw new DraftingError(DraftingErrorCode.INVALID_INPUT, `body: at most ${MAX_BODY} characters`);
    return this.transition(userId, id, ['DRAFT'], 'owner', async (manager, document) => {
      const version = document.currentVersion + 1;
      await manager.insert(DocumentVersionEntity, { documentId: id, version, body: text, source: 'edited', authorId: userId });
      return { currentVersion: version };
    });
  }

  submit(userId: string, id: string): Promise<DocumentEntity> {
    return this.transition(userId, id, ['DRAFT'], 'owner', async () => ({ status: 'IN_REVIEW', submittedBy: userId, reviewComment: null }));
  }

  approve(userId: string, id: string): Promise<DocumentEntity> {
    return this.transition(userId, id, ['IN_REVIEW'], 'reviewer', async () => ({
      status: 'APPROVED',
      approvedBy: userId,
      approvedAt: new Date(),
    }));
  }

  /** Back to the author with a comment. */
  returnToDraft(userId: string, id: string, comment: string | null): Promise<DocumentEntity> {
    return this.transition(userId, id, ['IN_REVIEW'], 'reviewer', async () => ({
      status: 'DRAFT',
      reviewComment: comment?.trim() || null,
    }));
  }

  async diff(documentId: string, from: number, to: number): Promise<DiffPart[]> {
    const versions = await this.dataSource.getRepository(DocumentVersionEntity).find({ where: { documentId } });
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    if (!a || !b) throw new DraftingError(DraftingErrorCode.VERSION_NOT_FOUND, `The document has no version ${!a ? from : to}.`);
    return diffLines(a.body, b.body).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
  }

  private async transition(
    userId: string,
    id: string,
    from: DocumentStatus[],
    who: 'owner' | 'reviewer',
    change: (manager: EntityManager, document: DocumentEntity) => Promise<QueryDeepPartialEntity<DocumentEntity>>,
  ): Promise<DocumentEntity> {
    await this.document(userId, id);
    await this.dataSource.transaction(async (manager) => {
      const document = await manager.findOneOrFail(DocumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (who === 'owner' && document.ownerId !== userId)
        throw new DraftingError(DraftingErrorCode.NOT_YOURS, 'Only the author can do this.');
      if (who === 'reviewer' && document.ownerId === userId) {
        throw new DraftingError(DraftingErrorCode.OWN_APPROVAL, 'A document is reviewed by someone other than its author.');
      }
      if (!from.includes(document.status)) {
        throw new DraftingError(DraftingErrorCode.WRONG_STATUS, `The document is ${document.status}; this needs ${from.join(' or ')}.`);
      }
      await manager.update(DocumentEntity, id, await change(manager, document));
    });
    return this.dataSource.getRepository(DocumentEntity).findOneByOrFail({ id });
  }

  private async storeDraft(documentId: string, text: string, mode: string, note: string | null, run: JobRun): Promise<void> {
    await run.progress(90, '초안 저장');
    await this.dataSource.transaction(async (manager) => {
      // Version 1 once, even when the job runs again after a worker died between these lines.
      await manager.query(
        `INSERT INTO document_versions (document_id, version, body, source) VALUES ($1, 1, $2, 'generated')
         ON CONFLICT (document_id, version) DO NOTHING`,
        [documentId, text],
      );
      await manager.query(
        `UPDATE documents SET status = 'DRAFT', current_version = 1, generation_mode = $2, generation_note = $3, updated_at = now()
          WHERE id = $1 AND status = 'GENERATING'`,
        [documentId, mode, note],
      );
    });
  }

  private async articleFacts(topicIds: string[]): Promise<ArticleFact[]> {
    if (!topicIds.length) return [];
    const rows: Record<string, string>[] = await this.dataSource.query(
      `SELECT topic_id, title, answer_voice, source_url, reviewed_at::text AS reviewed_at, department
         FROM knowledge_documents WHERE is_current AND topic_id = ANY($1)`,
      [topicIds],
    );
    const byId = new Map(rows.map((r) => [r.topic_id, r]));
    return topicIds
      .filter((id) => byId.has(id))
      .map((id) => {
        const r = byId.get(id)!;
        return {
          topicId: id,
          title: r.title,
          answer: r.answer_voice,
          sourceUrl: r.source_url,
          reviewedAt: r.reviewed_at,
          department: r.department,
        };
      });
  }

  private async missingTopics(topicIds: string[]): Promise<string[]> {
    const found = new Set((await this.articleFacts(topicIds)).map((a) => a.topicId));
    return topicIds.filter((id) => !found.has(id));
  }

  /** A call's date (in Seoul) and what the caller wanted: the handoff summary's request, or the caller's first words (masked). */
  private async callFact(callId: string): Promise<CallFact | null> {
    const [row] = await this.dataSource.query(
      `SELECT (c.started_at AT TIME ZONE 'Asia/Seoul')::date::text AS date,
              (SELECT t.text FROM call_turns t WHERE t.call_id = c.id AND t.speaker = 'CALLER' AND t.input = 'TEXT' ORDER BY t.seq LIMIT 1) AS request
         FROM calls c WHERE c.id = $1`,
      [callId],
    );
    return row ? { date: row.date, request: row.request ?? '(발화 없음)' } : null;
  }
}

/** Why a model's draft was not used, in words a civil servant can act on (the detail goes to the log). */
function modelFailure(error: Error): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort|timed? ?out/i.test(error.message)) {
    return '모델이 제한 시간 안에 응답하지 않아';
  }
  if (error.name === 'ZodError' || /invalid_type|JSON|parse/i.test(error.message)) return '모델의 응답이 문서 형식에 맞지 않아';
  return '모델을 호출하지 못해';
}

/** The checker's rule set for a kind of document. */
export function checkKindOf(kind: DocumentKind): GongmunKind {
  return kind === 'PRESS_RELEASE' ? 'press-release' : kind === 'MINUTES' ? 'minutes' : 'letter';
}
