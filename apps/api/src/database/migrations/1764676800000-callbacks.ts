import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Callbacks instead of waiting: the offer a call remembers, and the requests agents call back. */
export class Callbacks1764676800000 implements MigrationInterface {
  name = 'Callbacks1764676800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calls" ADD "callback_offer" varchar(16), ADD "callback_offer_wait_seconds" int`);
    await q.query(`
      CREATE TABLE "callback_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "handoff_id" uuid NOT NULL,
        "caller_masked" varchar(32) NOT NULL,
        "caller_encrypted" text NOT NULL,
        "summary" text NOT NULL,
        "topic_id" varchar(100),
        "language" varchar(2) NOT NULL,
        "status" varchar(16) NOT NULL,
        "attempts" int NOT NULL DEFAULT 0,
        "agent_id" uuid,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "taken_at" timestamptz,
        "completed_at" timestamptz,
        "outcome" varchar(16),
        "notes" text,
        "expected_wait_seconds" int NOT NULL,
        CONSTRAINT "PK_callback_requests" PRIMARY KEY ("id"),
        CONSTRAINT "callback_requests_call_key" UNIQUE ("call_id"),
        CONSTRAINT "FK_callback_requests_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_callback_requests_handoff" FOREIGN KEY ("handoff_id") REFERENCES "handoffs" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_callback_requests_agent" FOREIGN KEY ("agent_id") REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "callback_requests_status_idx" ON "callback_requests" ("status", "requested_at")`);
    // An agent dials one callback at a time, whatever races the application loses.
    await q.query(
      `CREATE UNIQUE INDEX "callback_requests_agent_active_key" ON "callback_requests" ("agent_id") WHERE status = 'IN_PROGRESS'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "callback_requests"`);
    await q.query(`ALTER TABLE "calls" DROP "callback_offer", DROP "callback_offer_wait_seconds"`);
  }
}
