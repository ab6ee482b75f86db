import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Database } from '../../apps/api/src/database/database.js';
import { apiOn, gql, userAs } from '../support/api-client.js';
import { testBackends } from '../support/test-database.js';

const START = `mutation($input: StartCallInput!) { startCall(input: $input) { id status language callerMasked greeting { text ssml action } } }`;
const SAY = `mutation($callId: ID!, $text: String!) { sendUtterance(callId: $callId, text: $text) {
  seq text ssml intent confidence action answerMode language citations { topicId title sourceUrl chunkId version }
  handoff { id reason priority summary topicId } } }`;
const DIGIT = `mutation($callId: ID!, $digit: String!) { sendDigit(callId: $callId, digit: $digit) { text action intent language handoff { reason } } }`;
const CALL = `query($id: ID!) { call(id: $id) { id status flagged flagReason turns { seq speaker input text intent action } } }`;

type Turn = {
  seq: number;
  text: string;
  ssml: string;
  intent: string;
  action: string;
  answerMode: string;
  language: string;
  confidence: number | null;
  citations: { topicId: string; title?: string; sourceUrl: string; chunkId: string; version: number }[];
  handoff: { id: string; reason: string; priority: number; summary: string } | null;
};

describe.each(testBackends())('voicebot calls over GraphQL on %s', (backend) => {
  const api = apiOn(backend);

  const start = async (input: Record<string, unknown> = { channel: 'TEST' }) => {
    const res = await gql<{ startCall: { id: string; greeting: { text: string; ssml: string } } }>(api.url, START, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.startCall;
  };
  const say = async (callId: string, text: string) => {
    const res = await gql<{ sendUtterance: Turn }>(api.url, SAY, { callId, text });
    expect(res.errors).toBeUndefined();
    return res.data!.sendUtterance;
  };

  it('greets as an AI, answers with a citation, follows up, asks back, hands over and ends', async () => {
    const call = await start({ channel: 'PHONE', callerId: '010-1234-5678' });
    expect(call.greeting.text).toMatch(/인공지능/);
    expect(call.greeting.text).toMatch(/0번/);
    expect(call.greeting.ssml).toMatch(/^<speak xml:lang="ko-KR">/);

    const answer = await say(call.id, '여권 새로 만들려면 어디로 가야 돼요?');
    expect(answer).toMatchObject({ action: 'ANSWER', intent: 'faq', answerMode: 'extractive', language: 'ko' });
    expect(answer.citations[0]).toMatchObject({ topicId: 'passport', sourceUrl: expect.stringMatching(/^https?:/), version: 1 });
    expect(answer.text).not.toMatch(/https?:|www\.|[*#|]/);
    expect(answer.text.split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(3);

    const followUp = await say(call.id, '그럼 수수료는 얼마예요?');
    expect(followUp).toMatchObject({ action: 'ANSWER', intent: 'follow_up' });
    expect(followUp.citations[0].topicId).toBe('passport');
    expect(followUp.text).toMatch(/원/);

    const person = await say(call.id, '그냥 상담사 연결해 주세요');
    expect(person).toMatchObject({ action: 'HANDOFF', handoff: { reason: 'CALLER_REQUEST' } });
    expect(person.handoff!.summary).toMatch(/상담사 연결 요청/);

    const ended = await gql<{ endCall: { status: string } }>(api.url, `mutation($id: ID!) { endCall(callId: $id) { status } }`, {
      id: call.id,
    });
    expect(ended.data!.endCall.status).toBe('ENDED');
    const stored = await gql<{ call: { turns: { seq: number; speaker: string }[] } }>(api.url, CALL, { id: call.id });
    expect(stored.data!.call.turns.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stored.data!.call.turns.map((t) => t.speaker)).toEqual(['BOT', 'CALLER', 'BOT', 'CALLER', 'BOT', 'CALLER', 'BOT']);
  });

  it('asks back when a first question fits several topics, then answers the one the caller picks', async () => {
    const call = await start();
    const vague = await say(call.id, '서류 발급받으려고 하는데요');
    expect(vague).toMatchObject({ action: 'CLARIFY', intent: 'ambiguous', citations: [] });
    expect(vague.text).toMatch(/말씀이신가요|중에 어떤 것을/);
    const picked = await say(call.id, '첫 번째 거요');
    expect(picked).toMatchObject({ action: 'ANSWER', intent: 'faq' });
    expect(vague.text.startsWith(picked.citations[0].title ?? '')).toBe(true);
  });

  it('hands over after two turns without progress', async () => {
    const call = await start();
    const first = await say(call.id, '그거 있잖아요 그거');
    expect(first.action).toBe('CLARIFY');
    const second = await say(call.id, '아 그러니까 그거요');
    expect(second).toMatchObject({ action: 'HANDOFF', handoff: { reason: 'BOT_FAILURE' } });
  });

  it('repeats itself, and takes a text-message request for the topic under discussion', async () => {
    const call = await start();
    const answer = await say(call.id, '따릉이 대여는 어떻게 해요?');
    const again = await say(call.id, '다시 한 번 말씀해 주세요');
    expect(again.text).toBe(answer.text);
    const sms = await say(call.id, '그 내용 문자로 보내 주세요');
    expect(sms).toMatchObject({ action: 'ANSWER', intent: 'sms_request' });
    const rows: { topic_id: string; body: string; status: string }[] = await api.app
      .get(Database)
      .dataSource.query(`SELECT topic_id, body, status FROM sms_outbox WHERE call_id = $1`, [call.id]);
    expect(rows).toEqual([{ topic_id: 'seoul-bike-ttareungyi', body: expect.stringMatching(/https?:\/\//), status: 'PENDING' }]);
  });

  it('warns once about abuse, then ends the call flagged', async () => {
    const call = await start();
    expect((await say(call.id, '야 이 멍청한 기계야 씨발')).action).toBe('CLARIFY');
    expect((await say(call.id, '꺼져 병신아')).action).toBe('END');
    const stored = await gql<{ call: { status: string; flagged: boolean; flagReason: string } }>(api.url, CALL, { id: call.id });
    expect(stored.data!.call).toMatchObject({ status: 'ENDED', flagged: true, flagReason: 'abuse' });
  });

  it('sends an emergency to 119 at once, flags the call and queues it for an agent', async () => {
    const call = await start();
    const turn = await say(call.id, '어 저기요 지금 집에 불이 났어요');
    expect(turn).toMatchObject({ action: 'EMERGENCY_REDIRECT', intent: 'emergency', handoff: { reason: 'EMERGENCY' } });
    expect(turn.text).toMatch(/119/);
    const stored = await gql<{ call: { flagged: boolean; flagReason: string } }>(api.url, CALL, { id: call.id });
    expect(stored.data!.call.flagged).toBe(true);
  });

  it('sends a crime in progress to 112', async () => {
    const call = await start();
    const turn = await say(call.id, '누가 지금 우리 집 현관문을 억지로 열려고 해요');
    expect(turn).toMatchObject({ action: 'EMERGENCY_REDIRECT' });
    expect(turn.text).toMatch(/112/);
  });

  it('hands a caller in crisis to the front of the queue and tells them about 109', async () => {
    const waiting = await start();
    await say(waiting.id, '상담원이랑 통화하고 싶어요');
    const call = await start();
    const turn = await say(call.id, '요즘 너무 힘들어서 그냥 죽고 싶어요');
    expect(turn).toMatchObject({ action: 'HANDOFF', intent: 'crisis', handoff: { reason: 'CRISIS', priority: 1 } });
    expect(turn.text).toMatch(/109/);
    const agent = await userAs(api.url, 'AGENT');
    const queue = await gql<{ handoffQueue: { callId: string; reason: string }[] }>(
      api.url,
      `{ handoffQueue { callId reason } }`,
      {},
      agent.as,
    );
    expect(queue.data!.handoffQueue[0]).toEqual({ callId: call.id, reason: 'CRISIS' });
  });

  it('answers English in English', async () => {
    const call = await start({ channel: 'TEST', language: 'en' });
    expect(call.greeting.text).toMatch(/AI assistant/);
    const turn = await say(call.id, 'How can I get a new passport?');
    expect(turn).toMatchObject({ action: 'ANSWER', language: 'en' });
    expect(turn.citations[0].topicId).toBe('passport');
    expect(turn.text).toMatch(/[A-Za-z]/);
    expect(turn.text).not.toMatch(/[가-힣]/);
  });

  it('declines what 120 does not do, without citing the knowledge base', async () => {
    const call = await start();
    const turn = await say(call.id, '오늘 삼성전자 주가가 얼마예요?');
    expect(turn).toMatchObject({ action: 'CLARIFY', intent: 'out_of_scope', citations: [] });
  });

  it('takes keypad 0 as a request for a person and 2 as English', async () => {
    const call = await start();
    const english = await gql<{ sendDigit: Turn }>(api.url, DIGIT, { callId: call.id, digit: '2' });
    expect(english.data!.sendDigit).toMatchObject({ language: 'en', intent: 'keypad' });
    const zero = await gql<{ sendDigit: Turn }>(api.url, DIGIT, { callId: call.id, digit: '0' });
    expect(zero.data!.sendDigit).toMatchObject({ action: 'HANDOFF', handoff: { reason: 'CALLER_REQUEST' } });
  });

  it('masks resident, phone and card numbers, in digits or in words, everywhere it stores them', async () => {
    const call = await start({ channel: 'PHONE', callerId: '+82 10-9876-5432' });
    await say(call.id, '제 주민번호는 900101-1234567이고 전화번호는 010-2222-3333이에요');
    await say(call.id, '주민번호 구공공일공일 다시 일이삼사오육칠 카드는 1234-5678-9012-3456입니다');
    const ds = api.app.get(Database).dataSource;
    const dump: { t: string }[] = await ds.query(
      `SELECT string_agg(x::text, ' ') AS t FROM (
         SELECT row_to_json(c)::text AS x FROM calls c UNION ALL SELECT row_to_json(t)::text FROM call_turns t
         UNION ALL SELECT row_to_json(h)::text FROM handoffs h UNION ALL SELECT row_to_json(s)::text FROM sms_outbox s) all_rows`,
    );
    for (const raw of ['1234567', '2222-3333', '22223333', '9876-5432', '98765432', '5678-9012', '일이삼사오육칠'])
      expect(dump[0].t).not.toContain(raw);
    expect(dump[0].t).toContain('900101-1******');
  });

  it('serialises concurrent turns of one call', async () => {
    const call = await start();
    const turns = await Promise.all(['여권', '따릉이', '대형폐기물', '기초연금', '전입신고'].map((q) => say(call.id, q)));
    expect(turns.map((t) => t.seq).sort((a, b) => a - b)).toEqual([3, 5, 7, 9, 11]);
    const stored = await gql<{ call: { turns: { seq: number }[] } }>(api.url, CALL, { id: call.id });
    expect(stored.data!.call.turns.map((t) => t.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  describe('bad input', () => {
    it.each([
      ['an empty utterance', ''],
      ['a whitespace utterance', '  \n '],
      ['an utterance over 2,000 characters', '가'.repeat(2001)],
    ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_, text) => {
      const call = await start();
      const res = await gql(api.url, SAY, { callId: call.id, text });
      expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      const stored = await gql<{ call: { turns: unknown[] } }>(api.url, CALL, { id: call.id });
      expect(stored.data!.call.turns).toHaveLength(1);
    });

    it('rejects an invalid digit', async () => {
      const call = await start();
      for (const digit of ['a', '12', '']) {
        const res = await gql(api.url, DIGIT, { callId: call.id, digit });
        expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('says NOT_FOUND for a call that does not exist', async () => {
      for (const id of [randomUUID(), 'not-a-call']) {
        const res = await gql(api.url, SAY, { callId: id, text: '여권' });
        expect(res.errors![0].extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('says CALL_ENDED for a call that has ended, and writes nothing', async () => {
      const call = await start();
      await say(call.id, '고맙습니다 이만 끊을게요');
      const res = await gql(api.url, SAY, { callId: call.id, text: '여권' });
      expect(res.errors![0].extensions?.code).toBe('CALL_ENDED');
      const stored = await gql<{ call: { turns: unknown[]; status: string } }>(api.url, CALL, { id: call.id });
      expect(stored.data!.call).toMatchObject({ status: 'ENDED' });
      expect(stored.data!.call.turns).toHaveLength(3);
    });

    it('rejects a caller id that is not a phone number', async () => {
      const res = await gql(api.url, START, { input: { channel: 'PHONE', callerId: 'robert; drop table' } });
      expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
