import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { KnowledgeDocumentEntity } from './knowledge-document.entity.js';

/**
 * A retrievable piece of the current version of an article, with its embedding (pgvector) and its
 * keyword-channel terms (tsvector). Category and validity are copied from the document so that both
 * channels filter inside their index scans.
 */
@Entity('knowledge_chunks')
@Index('knowledge_chunks_document_idx', ['documentId'])
// Managed by the migrations (and by ingestion for other embedding sizes): TypeORM cannot express them.
@Index('knowledge_chunks_embedding_512_hnsw', { synchronize: false })
@Index('knowledge_chunks_keywords_gin', { synchronize: false })
export class KnowledgeChunkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => KnowledgeDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'FK_knowledge_chunks_document' })
  document?: Relation<KnowledgeDocumentEntity>;

  @Column({ name: 'topic_id', type: 'varchar', length: 100 })
  topicId: string;

  @Column({ type: 'varchar', length: 50 })
  category: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'chunk_index', type: 'int' })
  chunkIndex: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'heading_path', type: 'jsonb' })
  headingPath: string[];

  @Column({ type: 'text' })
  content: string;

  /** Untyped `vector` so that models of any size fit; each size gets its own HNSW expression index. */
  @Column({ type: 'vector', select: false })
  embedding: number[];

  @Column({ name: 'embedding_model', type: 'varchar', length: 200 })
  embeddingModel: string;

  @Column({ name: 'embedding_dim', type: 'int' })
  embeddingDim: number;

  @Column({ type: 'tsvector', select: false })
  keywords: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
