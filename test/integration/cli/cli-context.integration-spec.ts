import { afterAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { createCliContext } from '../../../apps/api/src/cli/cli-context.js';
import { CallsService } from '../../../apps/api/src/modules/calls/calls.service.js';
import { KnowledgeBaseService } from '../../../apps/api/src/modules/knowledge/knowledge-base.service.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

// The command-line tools (kb:ingest, eval, user:create, …) boot the API's modules without HTTP: every provider a
// module needs must be there, or the tool dies at start.
describe.each(testBackends().slice(-1))('the command-line context on %s', (backend) => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('boots with the voicebot and the knowledge base wired as the API wires them', async () => {
    db = await createTestDatabase(backend);
    app = await createCliContext(db.config.override({ KB_AUTO_INGEST: false }));
    expect(app.get(CallsService)).toBeInstanceOf(CallsService);
    expect(app.get(KnowledgeBaseService)).toBeInstanceOf(KnowledgeBaseService);
  });
});
