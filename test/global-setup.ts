import pg from 'pg';

/**
 * Before the integration and e2e tiers: on CI the PostgreSQL + pgvector backend is required (a run that silently
 * tested PGlite only would prove half of what it claims); locally it is used when DATABASE_URL is set.
 */
export default async function globalSetup(): Promise<void> {
  // Jest loads this file outside the ES-module graph, so it reads the variable itself rather than through AppConfig.
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (process.env.CI === 'true') throw new Error('CI must set DATABASE_URL: the tests run on PostgreSQL + pgvector as well as PGlite');
    process.stdout.write('\nDATABASE_URL is not set: integration tests run on PGlite only.\n');
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'vector'`);
    if (rows[0].n === 0) throw new Error(`PostgreSQL at DATABASE_URL has no pgvector extension: run scripts/ensure-pgvector.sh`);
  } finally {
    await client.end();
  }
}
