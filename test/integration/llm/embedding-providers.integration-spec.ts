import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createEmbeddingProvider } from '../../../libs/llm/src/index.js';
import { createKnowledgeBase } from '../../factories/knowledge-base.factory.js';
import { FakeModelServer } from '../../support/fake-model-server.js';
import { knowledgeServices } from '../../support/knowledge-services.js';
import { createTestDatabase } from '../../support/test-database.js';

describe('embedding providers against a local server speaking their protocol', () => {
  const server = new FakeModelServer(64);
  let url: string;

  beforeAll(async () => {
    url = await server.start();
  });
  afterAll(() => server.stop());
  afterEach(() => {
    server.failWith = null;
    server.requests.length = 0;
  });

  it('openai: probes the endpoint, learns the dimension and embeds batches with the API key', async () => {
    const sut = await createEmbeddingProvider({
      provider: 'openai',
      model: 'text-embedding-3-small',
      baseUrl: `${url}/v1`,
      apiKey: 'sk-test',
    });
    expect(sut).toMatchObject({ modelId: 'openai:text-embedding-3-small/64', dimensions: 64 });

    const vectors = await sut.embeddings.embedDocuments(['여권 발급', '대형폐기물 배출']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toHaveLength(64);
    const last = server.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', path: '/v1/embeddings', body: { model: 'text-embedding-3-small' } });
    expect(last.headers.authorization).toBe('Bearer sk-test');
  });

  it('ollama: embeds through /api/embed', async () => {
    const sut = await createEmbeddingProvider({ provider: 'ollama', model: 'bge-m3', baseUrl: url });
    expect(sut).toMatchObject({ modelId: 'ollama:bge-m3/64', dimensions: 64 });
    await sut.embeddings.embedQuery('따릉이 반납');
    expect(server.requests.at(-1)).toMatchObject({ path: '/api/embed', body: { model: 'bge-m3' } });
  });

  it('refuses a provider whose vectors are not the configured size', async () => {
    await expect(
      createEmbeddingProvider({ provider: 'openai', model: 'm', baseUrl: `${url}/v1`, apiKey: 'k', dimensions: 1024 }),
    ).rejects.toThrow(/returned 64 dimensions, configured 1024/);
  });

  it('says which provider failed when the endpoint errors', async () => {
    server.failWith = 500;
    await expect(createEmbeddingProvider({ provider: 'ollama', model: 'bge-m3', baseUrl: url })).rejects.toThrow(
      /ollama:bge-m3 did not answer a probe/,
    );
  });

  it('ingests and retrieves with vectors from the openai-compatible endpoint', async () => {
    const db = await createTestDatabase('pglite');
    const kb = await createKnowledgeBase();
    try {
      const embedder = await createEmbeddingProvider({ provider: 'openai', model: 'e5', baseUrl: `${url}/v1`, apiKey: 'k' });
      const { knowledgeBase, search, repository } = await knowledgeServices(db.database, kb.root, { embedder });
      await knowledgeBase.ingest();
      expect(await repository.indexedModels()).toEqual([{ model: 'openai:e5/64', dimensions: 64, chunks: expect.any(Number) }]);
      const result = await search.search('장롱 버리는 방법');
      expect(result.hits[0]).toMatchObject({ topicId: 'bulky-waste', vectorRank: expect.any(Number) });
    } finally {
      await db.drop();
      await kb.dispose();
    }
  });
});
