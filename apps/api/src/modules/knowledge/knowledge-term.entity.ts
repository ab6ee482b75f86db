import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many chunks hold each keyword-channel term: the inverse document frequency that lets a rare term
 * ("견인") outweigh a common one ("신청"). Rebuilt by ingestion in the same transaction as the chunks.
 */
@Entity('knowledge_terms')
export class KnowledgeTermEntity {
  @PrimaryColumn({ type: 'text' })
  term: string;

  @Column({ name: 'chunk_count', type: 'int' })
  chunkCount: number;
}
