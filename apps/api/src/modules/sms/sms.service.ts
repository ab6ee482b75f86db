import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { PhoneCipher } from '../../common/phone-cipher.js';
import type { JobRun, JobsService } from '../../common/jobs/jobs.service.js';
import { PermanentJobError } from '../../common/jobs/job-queue.js';
import type { CallEntity } from '../calls/call.entity.js';
import { SmsOutboxEntity } from '../calls/sms-outbox.entity.js';
import type { SmsProvider } from './sms-providers.js';

export const SEND_SMS_JOB = 'send-sms';

/**
 * Text messages to callers: a row per message, with the number only masked, hashed and encrypted; a job per row sends
 * it through the configured provider, with retries, a daily cap per number, and the outcome kept on the row.
 */
export class SmsService {
  private readonly logger = new Logger(SmsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly cipher: PhoneCipher,
    private readonly provider: SmsProvider | null,
    private readonly dailyCap: number,
  ) {}

  registerJobs(): void {
    this.jobs.define<{ smsId: string }>(
      SEND_SMS_JOB,
      (payload, run) => this.send(payload.smsId, run),
      async (job) => {
        await this.dataSource.query(`UPDATE sms_outbox SET status = 'FAILED' WHERE id = $1 AND status = 'PENDING'`, [job.subjectId]);
      },
    );
  }

  /** Records a message for a call in the caller's transaction, addressed to the caller's number; dispatch after commit. */
  async record(manager: EntityManager, call: CallEntity, input: { topicId: string; body: string }): Promise<SmsOutboxEntity> {
    return manager.save(SmsOutboxEntity, {
      ...input,
      callId: call.id,
      status: 'PENDING',
      toMasked: call.callerMasked,
      toHash: call.callerHash,
      toEncrypted: call.callerEncrypted,
    });
  }

  /** Queues the sending job of a recorded message (nothing to queue without a provider: the row stays PENDING). */
  async dispatch(sms: SmsOutboxEntity): Promise<void> {
    if (!this.provider) return;
    const job = await this.jobs.create(this.dataSource.manager, {
      type: SEND_SMS_JOB,
      ownerId: null,
      subjectId: sms.id,
      payload: { smsId: sms.id },
    });
    await this.jobs.dispatch(job);
  }

  /** The job: sends once (a row already SENT is left alone), skipping when there is no number or the cap is reached. */
  async send(smsId: string, run: JobRun): Promise<void> {
    const sms = await this.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ id: smsId });
    if (sms.status !== 'PENDING') return;
    if (!sms.toEncrypted) return this.skip(smsId, '발신 번호가 없어 보내지 않았습니다.');
    const [{ sent }] = await this.dataSource.query(
      `SELECT count(*)::int AS sent FROM sms_outbox WHERE to_hash = $1 AND sent_at > now() - interval '1 day'`,
      [sms.toHash],
    );
    if (sent >= this.dailyCap) return this.skip(smsId, `이 번호로 하루 ${this.dailyCap}건을 이미 보냈습니다.`);
    await run.progress(50, '문자 발송');
    let to: string;
    try {
      to = this.cipher.decrypt(sms.toEncrypted);
    } catch {
      throw new PermanentJobError('the number cannot be decrypted with the configured PHONE_ENCRYPTION_KEY');
    }
    try {
      const receipt = await this.provider!.send({ to, body: sms.body, reference: sms.id });
      await this.dataSource.query(
        `UPDATE sms_outbox SET status = 'SENT', sent_at = now(), provider_message_id = $2, attempts = attempts + 1, last_error = NULL
          WHERE id = $1 AND status = 'PENDING'`,
        [smsId, receipt.id.slice(0, 100)],
      );
      this.logger.log(`sms ${smsId} sent to ${sms.toMasked} through ${this.provider!.name}`);
    } catch (error) {
      await this.dataSource.query(`UPDATE sms_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
        smsId,
        (error as Error).message,
      ]);
      throw error;
    }
  }

  /**
   * A provider's delivery receipt: delivered, or not (undelivered, failed) with the provider's error code; other
   * statuses (queued, sending, sent) say nothing new. Returns whether a message was updated.
   */
  async recordDelivery(providerMessageId: string | undefined, status: string | undefined, error: string | null): Promise<boolean> {
    if (!providerMessageId || !status) return false;
    const outcome = /^delivered$/i.test(status) ? 'DELIVERED' : /^(undelivered|failed)$/i.test(status) ? 'UNDELIVERED' : null;
    if (!outcome) return false;
    const [rows] = await this.dataSource.query(
      `UPDATE sms_outbox SET status = $2, last_error = $3 WHERE provider_message_id = $1 AND status IN ('SENT', 'DELIVERED', 'UNDELIVERED') RETURNING id`,
      [providerMessageId, outcome, outcome === 'UNDELIVERED' ? `provider: ${status}${error ? ` (${error})` : ''}` : null],
    );
    return rows.length > 0;
  }

  private async skip(smsId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE sms_outbox SET status = 'SKIPPED', last_error = $2 WHERE id = $1 AND status = 'PENDING'`, [
      smsId,
      reason,
    ]);
  }
}
