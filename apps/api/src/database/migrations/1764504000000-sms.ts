import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sending text messages: the caller's number encrypted for sending, and each message's delivery state. */
export class Sms1764504000000 implements MigrationInterface {
  name = 'Sms1764504000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calls" ADD "caller_encrypted" text`);
    await q.query(`
      ALTER TABLE "sms_outbox"
        ADD "to_masked" varchar(32),
        ADD "to_hash" char(64),
        ADD "to_encrypted" text,
        ADD "attempts" int NOT NULL DEFAULT 0,
        ADD "last_error" text,
        ADD "provider_message_id" varchar(100),
        ADD "sent_at" timestamptz`);
    await q.query(`CREATE INDEX "sms_outbox_to_hash_idx" ON "sms_outbox" ("to_hash", "sent_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "sms_outbox_to_hash_idx"`);
    await q.query(`
      ALTER TABLE "sms_outbox" DROP "to_masked", DROP "to_hash", DROP "to_encrypted", DROP "attempts", DROP "last_error",
        DROP "provider_message_id", DROP "sent_at"`);
    await q.query(`ALTER TABLE "calls" DROP "caller_encrypted"`);
  }
}
