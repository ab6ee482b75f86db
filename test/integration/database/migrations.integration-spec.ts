import { afterEach, describe, expect, it } from '@jest/globals';
import { MIGRATIONS } from '../../../apps/api/src/database/migrations/index.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

describe.each(testBackends())('migrations on %s', (backend) => {
  let db: TestDatabase | undefined;
  afterEach(() => db?.drop());

  it('leave the schema exactly as the entities describe it (no drift)', async () => {
    db = await createTestDatabase(backend);
    const pending = await db.database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('leave every connection scanning HNSW iteratively, so filtered vector searches return their rows', async () => {
    db = await createTestDatabase(backend);
    const rows: { value: string }[] = await db.database.dataSource.query(`SELECT current_setting('hnsw.iterative_scan') AS value`);
    expect(rows[0].value).toBe('relaxed_order');
  });

  it('create the vector and keyword indexes, and revert cleanly', async () => {
    db = await createTestDatabase(backend);
    const ds = db.database.dataSource;
    const indexes: { indexname: string; indexdef: string }[] = await ds.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'knowledge_chunks' ORDER BY indexname`,
    );
    expect(indexes.find((i) => i.indexname === 'knowledge_chunks_embedding_512_hnsw')?.indexdef).toMatch(/USING hnsw .*vector_cosine_ops/);
    expect(indexes.find((i) => i.indexname === 'knowledge_chunks_keywords_gin')?.indexdef).toMatch(/USING gin/);

    const tables = async () =>
      (
        (await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)) as {
          n: number;
        }[]
      )[0].n;
    const all = await tables();
    expect(all).toBe(18);
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toBe(all);
  });
});
