import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agent console: users and sign-in sessions, claims and wrap-up of handoffs, and knowledge gaps agents report. */
export class Console1764331200000 implements MigrationInterface {
  name = 'Console1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "username" varchar(40) NOT NULL,
        "display_name" varchar(80) NOT NULL,
        "role" varchar(16) NOT NULL,
        "password_hash" varchar(100) NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "agent_status" varchar(16) NOT NULL DEFAULT 'OFFLINE',
        "status_changed_at" timestamptz NOT NULL DEFAULT now(),
        "failed_sign_ins" int NOT NULL DEFAULT 0,
        "locked_until" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "users_username_key" UNIQUE ("username")
      )`);
    await q.query(`
      CREATE TABLE "refresh_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" char(64) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_refresh_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "refresh_tokens_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "FK_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE TABLE "app_settings" ("key" varchar(64) NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_app_settings" PRIMARY KEY ("key"))`,
    );
    await q.query(`
      ALTER TABLE "handoffs"
        ADD "agent_id" uuid,
        ADD "claimed_at" timestamptz,
        ADD "closed_at" timestamptz,
        ADD "disposition" varchar(24),
        ADD "department" varchar(100),
        ADD "wrap_notes" text,
        ADD "wrap_summary" text,
        ADD "wrap_topic_id" varchar(100),
        ADD CONSTRAINT "FK_handoffs_agent" FOREIGN KEY ("agent_id") REFERENCES "users" ("id") ON DELETE SET NULL`);
    // An agent holds at most one call at a time, whatever races the application loses.
    await q.query(`CREATE UNIQUE INDEX "handoffs_agent_active_key" ON "handoffs" ("agent_id") WHERE status = 'CLAIMED'`);
    await q.query(`
      CREATE TABLE "knowledge_gaps" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "turn_seq" int,
        "kind" varchar(16) NOT NULL,
        "status" varchar(16) NOT NULL,
        "question" text NOT NULL,
        "bot_answer" text,
        "topic_id" varchar(100),
        "note" text,
        "reported_by" uuid,
        "resolved_by" uuid,
        "resolved_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_knowledge_gaps" PRIMARY KEY ("id"),
        CONSTRAINT "FK_knowledge_gaps_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_knowledge_gaps_reporter" FOREIGN KEY ("reported_by") REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "FK_knowledge_gaps_resolver" FOREIGN KEY ("resolved_by") REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "knowledge_gaps_status_idx" ON "knowledge_gaps" ("status", "created_at")`);
    await q.query(`CREATE INDEX "calls_started_at_idx" ON "calls" ("started_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "calls_started_at_idx"`);
    await q.query(`DROP TABLE "knowledge_gaps"`);
    await q.query(`DROP INDEX "handoffs_agent_active_key"`);
    await q.query(`
      ALTER TABLE "handoffs" DROP CONSTRAINT "FK_handoffs_agent",
        DROP "agent_id", DROP "claimed_at", DROP "closed_at", DROP "disposition", DROP "department",
        DROP "wrap_notes", DROP "wrap_summary", DROP "wrap_topic_id"`);
    await q.query(`DROP TABLE "app_settings"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP TABLE "users"`);
  }
}
