import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { ARTICLES, createKnowledgeBase } from '../../factories/knowledge-base.factory.js';
import { knowledgeServices } from '../../support/knowledge-services.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

const KB = resolve('knowledge-base');

describe.each(testBackends())('retrieval over the real knowledge base on %s', (backend) => {
  let db: TestDatabase;
  let services: Awaited<ReturnType<typeof knowledgeServices>>;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    services = await knowledgeServices(db.database, KB);
    await services.knowledgeBase.ingest();
  });
  afterAll(() => db.drop());

  it.each([
    ['여권 새로 만들려면 어디로 가야 돼요', 'passport'],
    ['어 저기요 장롱 버리려면 어떻게 해요', 'bulky-waste'],
    ['주차딱지 떼였는데 어디서 내요', 'parking-fine'],
    ['차가없어졌어요견인된거같아요', 'towed-vehicle'],
    ['Can I get help in English when I call 120?', 'dasan-120-guide'],
  ])('answers "%s" with %s first', async (question, topic) => {
    const result = await services.search.search(question);
    expect(result.hits[0].topicId).toBe(topic);
    expect(result.hits[0]).toMatchObject({ sourceUrl: expect.stringMatching(/^https?:\/\//), version: 1 });
    expect(result.hits[0].headingPath[0]).toBe(result.hits[0].title);
  });

  it('returns one result per article unless asked for every passage', async () => {
    const perDocument = await services.search.search('여권 발급 수수료', { limit: 10 });
    expect(new Set(perDocument.hits.map((h) => h.topicId)).size).toBe(perDocument.hits.length);
    const passages = await services.search.search('여권 발급 수수료', { limit: 10, perDocument: false });
    expect(passages.hits.filter((h) => h.topicId === 'passport').length).toBeGreaterThan(1);
  });

  it('searches one category when asked', async () => {
    const result = await services.search.search('신청 방법', { category: 'welfare', limit: 10 });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.category === 'welfare')).toBe(true);
  });

  it('searches within one article when asked, in both channels', async () => {
    const embedding = await services.embedder.embeddings.embedQuery('수수료는 얼마예요');
    const filter = { today: '2026-11-26', topicId: 'passport' };
    const vector = await services.repository.vectorSearch(embedding, 10, filter);
    const keyword = await services.repository.keywordSearch(['수수료', '얼마'], 10, filter);
    expect(vector.length).toBeGreaterThan(1);
    expect(keyword.hits.length).toBeGreaterThan(0);
    expect([...vector, ...keyword.hits].every((h) => h.topicId === 'passport')).toBe(true);
    const result = await services.search.search('수수료는 얼마예요', { topicId: 'passport', perDocument: false, limit: 3 });
    expect(result.hits.every((h) => h.topicId === 'passport')).toBe(true);
  });

  it("returns the articles' prepared answers in the order asked, skipping unknown ids", async () => {
    const articles = await services.repository.articles(['towed-vehicle', 'no-such-topic', 'passport']);
    expect(articles.map((a) => a.topicId)).toEqual(['towed-vehicle', 'passport']);
    expect(articles[1]).toMatchObject({ title: '여권 발급', answerVoice: expect.any(String), answerEn: expect.any(String) });
  });

  it('is confident about a clear question and not about one 120 cannot answer', async () => {
    const clear = await services.search.search('대형폐기물 스티커는 어디서 사요?');
    const offTopic = await services.search.search('오늘 삼성전자 주가가 얼마예요?');
    expect(clear.confidence).toBeGreaterThan(0.5);
    expect(offTopic.confidence).toBeLessThan(0.2);
  });

  it('ranks vector candidates by cosine similarity and keyword candidates by IDF-weighted rank', async () => {
    const embedding = await services.embedder.embeddings.embedQuery('견인 보관소 위치');
    const vector = await services.repository.vectorSearch(embedding, 10, { today: '2026-11-26' });
    expect(vector).toHaveLength(10);
    expect(vector.map((v) => v.score)).toEqual([...vector.map((v) => v.score)].sort((a, b) => b - a));
    expect(vector[0].topicId).toBe('towed-vehicle');

    // "견인" is rare, "신청" is everywhere: a chunk with the rare term outranks chunks with only the common one.
    const keyword = await services.repository.keywordSearch(['신청', '견인'], 10, { today: '2026-11-26' });
    expect(keyword.hits[0].topicId).toBe('towed-vehicle');
    expect(keyword.hits.map((k) => k.score)).toEqual([...keyword.hits.map((k) => k.score)].sort((a, b) => b - a));
    expect(keyword.idf.get('견인')).toBeGreaterThan(2 * keyword.idf.get('신청')!);
  });
});

describe.each(testBackends())('validity dates on %s', (backend) => {
  it('leaves out articles past their valid_until date', async () => {
    const db = await createTestDatabase(backend);
    const kb = await createKnowledgeBase([{ ...ARTICLES[0] }, { ...ARTICLES[2], validUntil: '2026-06-30' }]);
    try {
      let today = '2026-06-30';
      const { knowledgeBase, search } = await knowledgeServices(db.database, kb.root, { today: () => today });
      await knowledgeBase.ingest();
      expect((await search.search('견인된 차 찾기')).hits[0].topicId).toBe('towed-vehicle');
      today = '2026-07-01';
      expect((await search.search('견인된 차 찾기')).hits.map((h) => h.topicId)).not.toContain('towed-vehicle');
    } finally {
      await db.drop();
      await kb.dispose();
    }
  });
});
