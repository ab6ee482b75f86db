import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Drafting for civil servants: background jobs, documents with their versions, meetings and cached part summaries. */
export class Drafting1764417600000 implements MigrationInterface {
  name = 'Drafting1764417600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "jobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" varchar(32) NOT NULL,
        "status" varchar(16) NOT NULL,
        "progress" int NOT NULL DEFAULT 0,
        "step" text,
        "error" text,
        "attempts" int NOT NULL DEFAULT 0,
        "cancel_requested" boolean NOT NULL DEFAULT false,
        "owner_id" uuid,
        "subject_id" uuid NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        CONSTRAINT "PK_jobs" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "jobs_owner_idx" ON "jobs" ("owner_id", "created_at")`);
    await q.query(`
      CREATE TABLE "documents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(24) NOT NULL,
        "title" text NOT NULL,
        "status" varchar(16) NOT NULL,
        "owner_id" uuid NOT NULL,
        "input" jsonb NOT NULL,
        "current_version" int NOT NULL DEFAULT 0,
        "generation_mode" varchar(16),
        "generation_note" text,
        "submitted_by" uuid,
        "approved_by" uuid,
        "approved_at" timestamptz,
        "review_comment" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_documents" PRIMARY KEY ("id"),
        CONSTRAINT "FK_documents_owner" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "documents_owner_idx" ON "documents" ("owner_id", "updated_at")`);
    await q.query(`
      CREATE TABLE "document_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "version" int NOT NULL,
        "body" text NOT NULL,
        "source" varchar(16) NOT NULL,
        "author_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_document_versions" PRIMARY KEY ("id"),
        CONSTRAINT "document_versions_document_version_key" UNIQUE ("document_id", "version"),
        CONSTRAINT "FK_document_versions_document" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "owner_id" uuid NOT NULL,
        "meeting_date" date NOT NULL,
        "format" varchar(8) NOT NULL,
        "transcript" text NOT NULL,
        "status" varchar(16) NOT NULL,
        "result" jsonb,
        "minutes_text" text,
        "job_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "FK_meetings_owner" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "meetings_owner_idx" ON "meetings" ("owner_id", "created_at")`);
    await q.query(`
      CREATE TABLE "meeting_part_cache" (
        "key" char(64) NOT NULL,
        "value" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_meeting_part_cache" PRIMARY KEY ("key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "meeting_part_cache"`);
    await q.query(`DROP TABLE "meetings"`);
    await q.query(`DROP TABLE "document_versions"`);
    await q.query(`DROP TABLE "documents"`);
    await q.query(`DROP TABLE "jobs"`);
  }
}
