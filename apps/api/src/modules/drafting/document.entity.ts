import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

export const DOCUMENT_KINDS = ['PETITION_REPLY', 'COOPERATION_REQUEST', 'RESULT_REPORT', 'PRESS_RELEASE', 'MINUTES'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** FAILED: the first draft could not be made (or was cancelled); see generationNote. */
export type DocumentStatus = 'GENERATING' | 'FAILED' | 'DRAFT' | 'IN_REVIEW' | 'APPROVED';

/** An official document drafted with generative help: the person stays the author, a second person approves. */
@Entity('documents')
@Index('documents_owner_idx', ['ownerId', 'updatedAt'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  status: DocumentStatus;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_documents_owner' })
  owner?: Relation<UserEntity>;

  /** The structured input the draft was made from. */
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  @Column({ name: 'current_version', type: 'int', default: 0 })
  currentVersion: number;

  /** How the first draft was made: `template` (offline) or `llm`; with a note when a model was tried and not used. */
  @Column({ name: 'generation_mode', type: 'varchar', length: 16, nullable: true })
  generationMode: string | null;

  @Column({ name: 'generation_note', type: 'text', nullable: true })
  generationNote: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Every text a document has had, in order: the generated draft first, then each person's edit. */
@Entity('document_versions')
@Unique('document_versions_document_version_key', ['documentId', 'version'])
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'FK_document_versions_document' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  /** `generated` by the drafter, `edited` by a person. */
  @Column({ type: 'varchar', length: 16 })
  source: 'generated' | 'edited';

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
