import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { readFile } from 'node:fs/promises';
import { SCHEMA_FILE } from '../../apps/api/src/app.module.js';
import { type As, apiOn, gql, userAs } from '../support/api-client.js';
import { testBackends } from '../support/test-database.js';

const SEARCH = `query Search($query: String!, $limit: Int, $category: String) {
  searchKnowledge(query: $query, limit: $limit, category: $category) {
    normalizedQuery expansions confidence
    hits { chunkId documentId topicId version title category headingPath content sourceUrl score similarity vectorRank keywordRank }
  }
}`;

describe.each(testBackends())('the API on %s', (backend) => {
  const api = apiOn(backend);
  /** An agent searching, as the console's assist search box does. */
  let agent: As;
  beforeAll(async () => {
    agent = (await userAs(api.url, 'AGENT')).as;
  });

  it('loads the knowledge base on first start and says so on /health, naming its backends', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, Record<string, unknown>>;
    expect(body).toMatchObject({
      status: 'ok',
      database: { backend, ok: true },
      queue: { backend: api.db.config.queueBackend, ok: true },
      knowledge: { ok: true, articles: 65, models: ['dasan-local-hash-v1/512'] },
    });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });

  it('answers searchKnowledge with the cited article, its passage and source', async () => {
    const res = await gql<{ searchKnowledge: { hits: Record<string, unknown>[]; confidence: number; expansions: string[] } }>(
      api.url,
      SEARCH,
      {
        query: '어 저기요 장롱이랑 침대 버리려면 어떻게 해요?',
        limit: 3,
      },
      agent,
    );
    expect(res.errors).toBeUndefined();
    const result = res.data!.searchKnowledge;
    expect(result.hits).toHaveLength(3);
    expect(result.hits[0]).toMatchObject({
      topicId: 'bulky-waste',
      category: 'environment',
      version: 1,
      sourceUrl: expect.stringMatching(/^https?:\/\//),
      headingPath: expect.arrayContaining([expect.any(String)]),
      content: expect.any(String),
    });
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('filters by category', async () => {
    const res = await gql<{ searchKnowledge: { hits: { category: string }[] } }>(
      api.url,
      SEARCH,
      {
        query: '신청',
        category: 'health',
        limit: 5,
      },
      agent,
    );
    expect(res.data!.searchKnowledge.hits.every((h) => h.category === 'health')).toBe(true);
  });

  it.each([
    ['an empty query', { query: '' }, /query is empty/],
    ['a whitespace query', { query: '   \n ' }, /query is empty/],
    ['a query over 2,000 characters', { query: '여권'.repeat(1001) }, /at most 2000/],
    ['a limit of 0', { query: '여권', limit: 0 }, /limit must be a whole number from 1 to 50/],
    ['a limit of 51', { query: '여권', limit: 51 }, /limit must be/],
    ['a malformed category', { query: '여권', category: 'Not A Category!' }, /not a category name/],
  ])('rejects %s with BAD_USER_INPUT and a message', async (_, variables, message) => {
    const res = await gql(api.url, SEARCH, variables, agent);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
  });

  it('rejects a query without its argument through GraphQL validation', async () => {
    const res = await gql(api.url, '{ searchKnowledge { confidence } }');
    expect(res.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves a schema explorer at /graphql', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('matches the committed schema.gql, which the console generates its types from', async () => {
    const committed = (await readFile(SCHEMA_FILE, 'utf8')).replace(/^#.*\n/gm, '').trim();
    const live = printSchema(api.app.get(GraphQLSchemaHost).schema).trim();
    expect(live).toBe(committed);
  });
});
