import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Voicebot calls: the call, every turn (masked), handoffs to human agents, and text messages to send. */
export class Calls1764244800000 implements MigrationInterface {
  name = 'Calls1764244800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calls" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "channel" varchar(16) NOT NULL,
        "language" varchar(2) NOT NULL,
        "status" varchar(16) NOT NULL,
        "caller_hash" char(64),
        "caller_masked" varchar(32),
        "flagged" boolean NOT NULL DEFAULT false,
        "flag_reason" varchar(32),
        "abuse_warnings" int NOT NULL DEFAULT 0,
        "turns_without_progress" int NOT NULL DEFAULT 0,
        "last_topic_id" varchar(100),
        "pending_topics" jsonb NOT NULL DEFAULT '[]',
        "greeting" text NOT NULL,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "ended_at" timestamptz,
        "end_reason" varchar(32),
        CONSTRAINT "PK_calls" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "calls_caller_hash_idx" ON "calls" ("caller_hash")`);
    await q.query(`
      CREATE TABLE "call_turns" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "seq" int NOT NULL,
        "speaker" varchar(8) NOT NULL,
        "input" varchar(8) NOT NULL,
        "text" text NOT NULL,
        "ssml" text,
        "intent" varchar(32),
        "confidence" double precision,
        "action" varchar(24),
        "answer_mode" varchar(16),
        "citations" jsonb NOT NULL DEFAULT '[]',
        "candidates" jsonb NOT NULL DEFAULT '[]',
        "latency_ms" int,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_call_turns" PRIMARY KEY ("id"),
        CONSTRAINT "call_turns_call_seq_key" UNIQUE ("call_id", "seq"),
        CONSTRAINT "FK_call_turns_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "handoffs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "reason" varchar(24) NOT NULL,
        "priority" int NOT NULL,
        "status" varchar(16) NOT NULL,
        "summary" text NOT NULL,
        "topic_id" varchar(100),
        "language" varchar(2) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_handoffs" PRIMARY KEY ("id"),
        CONSTRAINT "handoffs_call_key" UNIQUE ("call_id"),
        CONSTRAINT "FK_handoffs_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "handoffs_queue_idx" ON "handoffs" ("status", "priority", "created_at")`);
    await q.query(`
      CREATE TABLE "sms_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "topic_id" varchar(100) NOT NULL,
        "body" text NOT NULL,
        "status" varchar(16) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_sms_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "FK_sms_outbox_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sms_outbox"`);
    await q.query(`DROP TABLE "handoffs"`);
    await q.query(`DROP TABLE "call_turns"`);
    await q.query(`DROP TABLE "calls"`);
  }
}
