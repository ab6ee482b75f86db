import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The knowledge base: article versions, their chunks with pgvector embeddings and keyword terms, term statistics. */
export class KnowledgeBase1764158400000 implements MigrationInterface {
  name = 'KnowledgeBase1764158400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS vector`);
    await q.query(`
      CREATE TABLE "knowledge_documents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "topic_id" varchar(100) NOT NULL,
        "version" int NOT NULL,
        "is_current" boolean NOT NULL DEFAULT true,
        "title" text NOT NULL,
        "category" varchar(50) NOT NULL,
        "department" text NOT NULL,
        "source_url" text NOT NULL,
        "reviewed_at" date NOT NULL,
        "valid_until" date,
        "legal_basis" text,
        "keywords" jsonb NOT NULL,
        "synonyms" jsonb NOT NULL,
        "questions" jsonb NOT NULL,
        "answer_voice" text NOT NULL,
        "answer_en" text NOT NULL,
        "body" text NOT NULL,
        "content_hash" char(64) NOT NULL,
        "source_file" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_knowledge_documents" PRIMARY KEY ("id"),
        CONSTRAINT "knowledge_documents_topic_version_key" UNIQUE ("topic_id", "version")
      )`);
    await q.query(`CREATE UNIQUE INDEX "knowledge_documents_current_topic_key" ON "knowledge_documents" ("topic_id") WHERE "is_current"`);
    await q.query(`
      CREATE TABLE "knowledge_chunks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL,
        "topic_id" varchar(100) NOT NULL,
        "category" varchar(50) NOT NULL,
        "valid_until" date,
        "chunk_index" int NOT NULL,
        "kind" varchar(16) NOT NULL,
        "heading_path" jsonb NOT NULL,
        "content" text NOT NULL,
        "embedding" vector NOT NULL,
        "embedding_model" varchar(200) NOT NULL,
        "embedding_dim" int NOT NULL,
        "keywords" tsvector NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_knowledge_chunks" PRIMARY KEY ("id"),
        CONSTRAINT "FK_knowledge_chunks_document" FOREIGN KEY ("document_id")
          REFERENCES "knowledge_documents" ("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "knowledge_chunks_document_idx" ON "knowledge_chunks" ("document_id")`);
    // One HNSW index per embedding size (pgvector's way of mixing sizes in one column); 512 is the local default.
    await q.query(`
      CREATE INDEX "knowledge_chunks_embedding_512_hnsw" ON "knowledge_chunks"
      USING hnsw (("embedding"::vector(512)) vector_cosine_ops) WHERE "embedding_dim" = 512`);
    await q.query(`CREATE INDEX "knowledge_chunks_keywords_gin" ON "knowledge_chunks" USING gin ("keywords")`);
    await q.query(`
      CREATE TABLE "knowledge_terms" (
        "term" text NOT NULL,
        "chunk_count" int NOT NULL,
        CONSTRAINT "PK_knowledge_terms" PRIMARY KEY ("term")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "knowledge_terms"`);
    await q.query(`DROP TABLE "knowledge_chunks"`);
    await q.query(`DROP TABLE "knowledge_documents"`);
  }
}
