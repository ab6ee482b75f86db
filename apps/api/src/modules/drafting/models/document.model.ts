import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JobModel } from '../../../common/jobs/job.model.js';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentStatus } from '../document.entity.js';

export const DocumentKindModel = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, k])) as { [K in DocumentKind]: K };
registerEnumType(DocumentKindModel, {
  name: 'DocumentKind',
  description: '민원 회신, 협조 요청, 결과 보고, 보도자료, 회의록.',
});
export const DocumentStatusModel = {
  GENERATING: 'GENERATING',
  FAILED: 'FAILED',
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  APPROVED: 'APPROVED',
} as const;
registerEnumType(DocumentStatusModel, { name: 'DocumentStatus' });
export const DocumentScopeModel = { MINE: 'MINE', REVIEW: 'REVIEW' } as const;
registerEnumType(DocumentScopeModel, { name: 'DocumentScope', description: "My documents, or others' waiting for my review." });
export const ExportFormatModel = { DOCX: 'DOCX', TEXT: 'TEXT' } as const;
registerEnumType(ExportFormatModel, { name: 'ExportFormat' });
export const CheckKindModel = { LETTER: 'letter', MINUTES: 'minutes', PRESS_RELEASE: 'press-release' } as const;
registerEnumType(CheckKindModel, { name: 'CheckKind' });

@ObjectType('Finding', { description: 'Where a document breaks an official-document or plain-language rule, and a fix.' })
export class FindingModel {
  @Field({ description: 'Stable rule id (e.g. date-format).' })
  rule: string;

  @Field({ description: 'error or warning.' })
  severity: string;

  @Field(() => Int)
  line: number;

  @Field(() => Int)
  column: number;

  @Field()
  excerpt: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  suggestion: string | null;
}

@ObjectType('DocumentVersion')
export class DocumentVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  body: string;

  @Field({ description: 'generated (by the drafter) or edited (by a person).' })
  source: string;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('DocumentDiffPart')
export class DiffPartModel {
  @Field({ description: 'same, added or removed.' })
  kind: string;

  @Field()
  text: string;
}

@ObjectType('Document', { description: 'An official document drafted with AI help, edited and approved by people.' })
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindModel)
  kind: DocumentKind;

  @Field()
  title: string;

  @Field(() => DocumentStatusModel)
  status: DocumentStatus;

  @Field(() => ID)
  ownerId: string;

  @Field(() => Int, { description: '0 while the first draft is being written.' })
  currentVersion: number;

  @Field({ description: 'Always true: every draft is labelled as AI-assisted.' })
  aiAssisted: boolean;

  @Field(() => String, { nullable: true, description: 'template (offline) or llm.' })
  generationMode: string | null;

  @Field(() => String, { nullable: true, description: 'Why a model draft was not used, when one was tried.' })
  generationNote: string | null;

  @Field(() => ID, { nullable: true })
  approvedBy: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewComment: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'The current text.' })
  body?: string | null;

  @Field(() => [FindingModel], { description: 'Checker findings on the current text.' })
  findings?: FindingModel[];

  @Field(() => [DocumentVersionModel])
  versions?: DocumentVersionModel[];

  @Field(() => JobModel, { nullable: true, description: 'The drafting job (while and after it runs).' })
  job?: JobModel | null;
}

@ObjectType('ExportedFile')
export class ExportedFileModel {
  @Field()
  filename: string;

  @Field()
  mimeType: string;

  @Field({ description: 'The file, base64-encoded.' })
  base64: string;
}

@InputType('LetterInput')
export class LetterInputModel {
  @Field(() => DocumentKindModel, { description: 'PETITION_REPLY, COOPERATION_REQUEST, RESULT_REPORT or PRESS_RELEASE.' })
  kind: DocumentKind;

  @Field({ description: 'e.g. 서울특별시 교통정책과' })
  senderOffice: string;

  @Field({ description: '발신명의, e.g. 서울특별시장' })
  senderHead: string;

  @Field()
  contactName: string;

  @Field()
  contactPhone: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field()
  recipient: string;

  @Field(() => String, { nullable: true })
  via?: string | null;

  @Field()
  subject: string;

  @Field()
  purpose: string;

  @Field(() => [String], { nullable: true })
  keyPoints?: string[];

  @Field(() => [String], { nullable: true })
  attachments?: string[];

  @Field(() => [String], { nullable: true, description: '관련 문서 (e.g. 교통정책과-1234(2026. 11. 1.))' })
  references?: string[];

  @Field(() => String, { nullable: true, description: 'Reply deadline (YYYY-MM-DD).' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Document date (YYYY-MM-DD); today by default.' })
  date?: string | null;

  @Field(() => [String], { nullable: true, description: 'Knowledge-base topics to cite.' })
  topicIds?: string[];

  @Field(() => ID, { nullable: true, description: "A call to draw the citizen's request from." })
  callId?: string | null;

  @Field(() => ID, { nullable: true, description: "A handoff (its call) to draw the citizen's request from." })
  handoffId?: string | null;
}
