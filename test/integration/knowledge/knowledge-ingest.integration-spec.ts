import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { KnowledgeError, KnowledgeErrorCode } from '../../../apps/api/src/modules/knowledge/knowledge.errors.js';
import { KnowledgeIngestService } from '../../../apps/api/src/modules/knowledge/knowledge-ingest.service.js';
import { loadKnowledgeBase } from '../../../libs/knowledge/src/index.js';
import { ARTICLES, createKnowledgeBase } from '../../factories/knowledge-base.factory.js';
import { knowledgeServices, localEmbedder, tableCounts } from '../../support/knowledge-services.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

describe.each(testBackends())('knowledge ingestion on %s', (backend) => {
  let db: TestDatabase;
  let kb: Awaited<ReturnType<typeof createKnowledgeBase>>;

  beforeEach(async () => {
    db = await createTestDatabase(backend);
    kb = await createKnowledgeBase();
  });
  afterEach(async () => {
    await db.drop();
    await kb.dispose();
  });
  afterAll(() => undefined);

  it('adds every article, and a second run skips them all', async () => {
    const { knowledgeBase } = await knowledgeServices(db.database, kb.root);
    const first = await knowledgeBase.ingest();
    expect(first.added.sort()).toEqual(['bulky-waste', 'passport', 'towed-vehicle']);
    const before = await tableCounts(db.database);
    expect(before.chunks).toBeGreaterThan(6);
    expect(before.terms).toBeGreaterThan(10);

    const second = await knowledgeBase.ingest();
    expect(second).toMatchObject({ added: [], changed: [], removed: [], reembedded: [], chunksWritten: 0 });
    expect(second.skipped).toHaveLength(3);
    expect(await tableCounts(db.database)).toEqual(before);
  });

  it('gives a changed article the next version, keeps the old version row and replaces its chunks', async () => {
    const { knowledgeBase, search } = await knowledgeServices(db.database, kb.root);
    await knowledgeBase.ingest();
    await kb.write(ARTICLES[0], { answer_voice: '여권은 구청 여권민원실에서 신청합니다. 사진 한 장이 필요합니다.' });

    const report = await knowledgeBase.ingest();
    expect(report.changed).toEqual(['passport']);
    expect(report.skipped.sort()).toEqual(['bulky-waste', 'towed-vehicle']);

    const versions = await db.database.dataSource.query(
      `SELECT version, is_current, (SELECT count(*)::int FROM knowledge_chunks c WHERE c.document_id = d.id) AS chunks
         FROM knowledge_documents d WHERE topic_id = 'passport' ORDER BY version`,
    );
    expect(versions).toEqual([
      { version: 1, is_current: false, chunks: 0 },
      { version: 2, is_current: true, chunks: expect.any(Number) },
    ]);
    const result = await search.search('여권 만들려면 사진이 필요한가요');
    expect(result.hits[0]).toMatchObject({ topicId: 'passport', version: 2 });
  });

  it('deletes a removed article with its versions and chunks', async () => {
    const { knowledgeBase } = await knowledgeServices(db.database, kb.root);
    await knowledgeBase.ingest();
    await kb.remove(ARTICLES[2]);

    const report = await knowledgeBase.ingest();
    expect(report.removed).toEqual(['towed-vehicle']);
    const rows = await db.database.dataSource.query(
      `SELECT (SELECT count(*)::int FROM knowledge_documents WHERE topic_id = 'towed-vehicle') AS docs,
              (SELECT count(*)::int FROM knowledge_chunks WHERE topic_id = 'towed-vehicle') AS chunks,
              (SELECT count(*)::int FROM knowledge_terms WHERE term = '견인') AS term`,
    );
    expect(rows[0]).toEqual({ docs: 0, chunks: 0, term: 0 });
  });

  it('rejects a broken article naming the file and the field, and writes nothing of that run', async () => {
    const { knowledgeBase } = await knowledgeServices(db.database, kb.root);
    await knowledgeBase.ingest();
    const before = await tableCounts(db.database);
    await kb.write(ARTICLES[1], { answer_voice: '장롱은 구청에 신고하세요. 더 바뀐 내용입니다.' });
    await kb.writeRaw('life/new-topic.md', '---\nid: new-topic\ntitle: 새 주제\n---\n# 새 주제\n');

    const error = await knowledgeBase.ingest().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).code).toBe(KnowledgeErrorCode.INVALID_ARTICLES);
    expect((error as KnowledgeError).message).toMatch(/life\/new-topic\.md: category: is required/);
    expect(await tableCounts(db.database)).toEqual(before);
  });

  it('rolls back the whole run when embedding fails half-way', async () => {
    const embedder = localEmbedder();
    let calls = 0;
    const failing = {
      ...embedder,
      embeddings: Object.assign(Object.create(embedder.embeddings), {
        embedDocuments: async (texts: string[]) => {
          if (++calls === 2) throw new Error('provider went away');
          return embedder.embeddings.embedDocuments(texts);
        },
      }),
    };
    const ingest = new KnowledgeIngestService(db.database.dataSource, failing);
    await expect(ingest.ingest(await loadKnowledgeBase(kb.root))).rejects.toThrow('provider went away');
    expect(await tableCounts(db.database)).toEqual({ documents: 0, current: 0, chunks: 0, terms: 0 });
  });

  it('refuses to search an index built by another embedding model, until it is re-ingested', async () => {
    await (await knowledgeServices(db.database, kb.root)).knowledgeBase.ingest();
    const other = await knowledgeServices(db.database, kb.root, { embedder: localEmbedder(256) });

    const error = await other.search.search('여권').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).code).toBe(KnowledgeErrorCode.INDEX_MODEL_MISMATCH);
    expect((error as KnowledgeError).message).toMatch(/dasan-local-hash-v1\/512.*dasan-local-hash-v1\/256.*npm run kb:ingest/);

    const report = await other.knowledgeBase.ingest();
    expect(report.reembedded.sort()).toEqual(['bulky-waste', 'passport', 'towed-vehicle']);
    expect((await other.search.search('여권')).hits[0].topicId).toBe('passport');
    expect(await other.repository.indexedModels()).toEqual([
      { model: 'dasan-local-hash-v1/256', dimensions: 256, chunks: expect.any(Number) },
    ]);
  });

  it('serialises two ingestions started at once, so the second finds everything done', async () => {
    const a = await knowledgeServices(db.database, kb.root);
    const b = await knowledgeServices(db.database, kb.root);
    const [r1, r2] = await Promise.all([a.knowledgeBase.ingest(), b.knowledgeBase.ingest()]);
    expect([r1.added.length, r2.added.length].sort()).toEqual([0, 3]);
    expect((await tableCounts(db.database)).current).toBe(3);
  });
});
