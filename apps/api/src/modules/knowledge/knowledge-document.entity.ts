import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One version of a knowledge-base article. A changed article gets a new row with the next version number;
 * older versions are kept (without chunks) so that an answer can cite the exact version it was built from.
 */
@Entity('knowledge_documents')
@Unique('knowledge_documents_topic_version_key', ['topicId', 'version'])
@Index('knowledge_documents_current_topic_key', ['topicId'], { unique: true, where: '"is_current"' })
export class KnowledgeDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'varchar', length: 100 })
  topicId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'is_current', type: 'boolean', default: true })
  isCurrent: boolean;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'varchar', length: 50 })
  category: string;

  @Column({ type: 'text' })
  department: string;

  @Column({ name: 'source_url', type: 'text' })
  sourceUrl: string;

  @Column({ name: 'reviewed_at', type: 'date' })
  reviewedAt: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ type: 'jsonb' })
  keywords: string[];

  @Column({ type: 'jsonb' })
  synonyms: string[];

  @Column({ type: 'jsonb' })
  questions: string[];

  @Column({ name: 'answer_voice', type: 'text' })
  answerVoice: string;

  @Column({ name: 'answer_en', type: 'text' })
  answerEn: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'source_file', type: 'text' })
  sourceFile: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
