import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { gql, startApi } from '../support/api-client.js';

describe('a call across an API restart (embedded PGlite on disk)', () => {
  let dataDir: string;
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps the call and its topic in the database, so a follow-up after the restart is understood', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dasan-restart-'));
    const config = AppConfig.fromEnv({ DATA_DIR: dataDir, NODE_ENV: 'test' });

    const first = await startApi(config);
    const call = await gql<{ startCall: { id: string } }>(first.url, `mutation { startCall(input: { channel: TEST }) { id } }`);
    const id = call.data!.startCall.id;
    await gql(first.url, `mutation($id: ID!) { sendUtterance(callId: $id, text: "따릉이 어떻게 빌려요?") { action } }`, { id });
    await first.app.close();

    const second = await startApi(config);
    try {
      const turn = await gql<{ sendUtterance: { action: string; intent: string; citations: { topicId: string }[] } }>(
        second.url,
        `mutation($id: ID!) { sendUtterance(callId: $id, text: "그럼 요금은 얼마예요?") { action intent citations { topicId } } }`,
        { id },
      );
      expect(turn.data!.sendUtterance).toMatchObject({
        action: 'ANSWER',
        intent: 'follow_up',
        citations: [{ topicId: 'seoul-bike-ttareungyi' }],
      });
      const stored = await gql<{ call: { turns: unknown[] } }>(second.url, `query($id: ID!) { call(id: $id) { turns { seq } } }`, { id });
      expect(stored.data!.call.turns).toHaveLength(5);
    } finally {
      await second.app.close();
    }
  });
});
