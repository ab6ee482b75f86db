import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { WRITERS } from '../../common/jobs/jobs.resolver.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { AuthService } from '../auth/auth.service.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { UserModel } from '../auth/models/user.model.js';
import type { Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import type { DocumentEntity } from './document.entity.js';
import { toDocx } from './docx-export.js';
import { DraftingService, checkKindOf } from './drafting.service.js';
import {
  CheckKindModel,
  DiffPartModel,
  DocumentModel,
  DocumentScopeModel,
  ExportFormatModel,
  ExportedFileModel,
  FindingModel,
  LetterInputModel,
} from './models/document.model.js';

type Person = Principal & { kind: 'user' };

@Resolver(() => DocumentModel)
export class DraftingResolver {
  constructor(
    @Inject(DraftingService) private readonly drafting: DraftingService,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Roles(...WRITERS)
  @Mutation(() => DocumentModel, { description: 'Queues the first draft of a letter; follow its job for progress.' })
  async createLetter(@CurrentPrincipal() me: Person, @Args('input') input: LetterInputModel) {
    const { document } = await this.drafting.createLetter(me.id, withoutNulls(input));
    return document;
  }

  @Roles(...WRITERS)
  @Query(() => [DocumentModel], { description: 'My documents, or those waiting for my review.' })
  documents(
    @CurrentPrincipal() me: Person,
    @Args('scope', { type: () => DocumentScopeModel, defaultValue: 'MINE' }) scope: 'MINE' | 'REVIEW',
  ) {
    return this.drafting.list(me.id, scope);
  }

  @Roles(...WRITERS)
  @Query(() => DocumentModel)
  document(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.drafting.document(me.id, id);
  }

  @Roles(...WRITERS)
  @Query(() => [DiffPartModel], { description: 'What changed between two versions, line by line.' })
  async documentDiff(
    @CurrentPrincipal() me: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    await this.drafting.document(me.id, id);
    return this.drafting.diff(id, from, to);
  }

  @Roles(...WRITERS)
  @Query(() => [FindingModel], { description: 'Checks any text against the official-document and plain-language rules.' })
  checkDocument(
    @Args('text') text: string,
    @Args('kind', { type: () => CheckKindModel, nullable: true }) kind?: 'letter' | 'minutes' | 'press-release',
  ) {
    return this.drafting.check(text, kind ?? undefined).findings;
  }

  @Roles(...WRITERS)
  @Mutation(() => DocumentModel, { description: 'Saves my edit as a new version (drafts only).' })
  updateDocument(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.drafting.edit(me.id, id, body);
  }

  @Roles(...WRITERS)
  @Mutation(() => DocumentModel, { description: 'Sends my draft for review.' })
  submitDocument(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.drafting.submit(me.id, id);
  }

  @Roles(...WRITERS)
  @Mutation(() => DocumentModel, { description: "Approves someone else's document under review." })
  approveDocument(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.drafting.approve(me.id, id);
  }

  @Roles(...WRITERS)
  @Mutation(() => DocumentModel, { description: 'Sends a document under review back to its author, with a comment.' })
  returnDocument(
    @CurrentPrincipal() me: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ) {
    return this.drafting.returnToDraft(me.id, id, comment ?? null);
  }

  @Roles(...WRITERS)
  @Mutation(() => ExportedFileModel, { description: 'The current text as DOCX (official layout) or plain text.' })
  async exportDocument(
    @CurrentPrincipal() me: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ExportFormatModel }) format: 'DOCX' | 'TEXT',
  ) {
    const document = await this.drafting.document(me.id, id);
    const text = (await this.drafting.currentText(document)) ?? '';
    const base = `${document.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}_v${document.currentVersion}`;
    if (format === 'TEXT')
      return { filename: `${base}.txt`, mimeType: 'text/plain; charset=utf-8', base64: Buffer.from(text).toString('base64') };
    const docx = await toDocx(text, { title: document.title, approved: document.status === 'APPROVED' });
    return {
      filename: `${base}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: docx.toString('base64'),
    };
  }

  @ResolveField(() => UserModel, { description: 'The author.' })
  owner(@Parent() document: DocumentEntity) {
    return this.auth.user(document.ownerId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who approved it.' })
  approver(@Parent() document: DocumentEntity) {
    return document.approvedBy ? this.auth.user(document.approvedBy) : null;
  }

  @ResolveField(() => Boolean)
  aiAssisted() {
    return true;
  }

  @ResolveField(() => String, { nullable: true })
  body(@Parent() document: DocumentEntity) {
    return this.drafting.currentText(document);
  }

  @ResolveField(() => [FindingModel])
  async findings(@Parent() document: DocumentEntity) {
    const text = await this.drafting.currentText(document);
    return text ? this.drafting.check(text, checkKindOf(document.kind)).findings : [];
  }

  @ResolveField()
  versions(@Parent() document: DocumentEntity) {
    return this.drafting.versions(document.id);
  }

  @ResolveField()
  async job(@Parent() document: DocumentEntity) {
    return this.jobs.forSubject(document.id);
  }
}

/** GraphQL sends null for fields left empty; the form's schema wants them absent. */
function withoutNulls(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}
