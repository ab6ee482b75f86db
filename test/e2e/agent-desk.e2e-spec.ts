import { describe, expect, it } from '@jest/globals';
import { type SignedIn, apiOn, gql, subscribe, userAs } from '../support/api-client.js';
import { testBackends } from '../support/test-database.js';

const HANDOFF_FIELDS = `id callId reason status summary topicId topicTitle language callerMasked previousCalls waitSeconds
  agent { username agentStatus } claimedAt closedAt disposition department wrapNotes afterCallSummary wrapTopicId`;

type Handoff = {
  id: string;
  callId: string;
  reason: string;
  status: string;
  summary: string;
  topicId: string | null;
  topicTitle: string | null;
  previousCalls: number;
  waitSeconds: number;
  agent: { username: string; agentStatus: string } | null;
  disposition: string | null;
  department: string | null;
  afterCallSummary: string;
};

describe.each(testBackends())('the agent desk on %s', (backend) => {
  const api = apiOn(backend);

  /** A caller who asks about a passport, then asks for a person: a handoff in the queue. */
  async function escalatedCall(callerId = '010-2345-6789'): Promise<{ callId: string; handoffId: string }> {
    const start = await gql<{ startCall: { id: string } }>(
      api.url,
      `mutation($n: String) { startCall(input: { channel: TEST, callerId: $n }) { id } }`,
      { n: callerId },
    );
    const callId = start.data!.startCall.id;
    await say(callId, '여권을 잃어버렸는데 재발급 받으려면 어떻게 해요?');
    const turn = await say(callId, '상담원 연결해 주세요');
    return { callId, handoffId: turn.handoff!.id };
  }

  async function say(callId: string, text: string) {
    const res = await gql<{ sendUtterance: { action: string; text: string; seq: number; handoff: { id: string } | null } }>(
      api.url,
      `mutation($id: ID!, $t: String!) { sendUtterance(callId: $id, text: $t) { action text seq handoff { id } } }`,
      { id: callId, t: text },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.sendUtterance;
  }

  const claim = (agent: SignedIn, id: string) =>
    gql<{ claimHandoff: Handoff }>(api.url, `mutation($id: ID!) { claimHandoff(id: $id) { ${HANDOFF_FIELDS} } }`, { id }, agent.as);

  it('lists the queue by priority then waiting time, with topic, language and repeat callers', async () => {
    const agent = await userAs(api.url, 'AGENT');
    const first = await escalatedCall('010-1111-2222');
    const again = await escalatedCall('010-1111-2222');
    const queue = await gql<{ handoffQueue: Handoff[] }>(api.url, `{ handoffQueue { ${HANDOFF_FIELDS} } }`, {}, agent.as);
    const rows = queue.data!.handoffQueue;
    const a = rows.find((h) => h.id === first.handoffId)!;
    const b = rows.find((h) => h.id === again.handoffId)!;
    expect(a).toMatchObject({ reason: 'CALLER_REQUEST', status: 'WAITING', topicId: 'passport', language: 'ko', previousCalls: 0 });
    expect(a.topicTitle).toMatch(/여권/);
    expect(a.summary).toMatch(/여권/);
    expect(b.previousCalls).toBe(1);
    expect(rows.indexOf(a)).toBeLessThan(rows.indexOf(b));
  });

  it('gives a call to exactly one of several agents who claim it at the same moment', async () => {
    const agents = await Promise.all(Array.from({ length: 6 }, () => userAs(api.url, 'AGENT')));
    const { handoffId } = await escalatedCall();
    const results = await Promise.all(agents.map((agent) => claim(agent, handoffId)));
    const winners = results.filter((r) => r.data?.claimHandoff);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(5);
    for (const loser of losers) expect(loser.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_CLAIMED' } });
    const winner = agents[results.indexOf(winners[0])];
    expect(winners[0].data!.claimHandoff).toMatchObject({
      status: 'CLAIMED',
      agent: { username: winner.user.username, agentStatus: 'ON_CALL' },
    });
  });

  it('lets an agent hold one call at a time, even when they claim two at once', async () => {
    const agent = await userAs(api.url, 'AGENT');
    const calls = await Promise.all([escalatedCall(), escalatedCall()]);
    const results = await Promise.all(calls.map((c) => claim(agent, c.handoffId)));
    expect(results.filter((r) => r.data?.claimHandoff)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'AGENT_BUSY' } });
  });

  it('runs a call from queue to wrap-up: live transcript with suggestions, a text message, a gap report, the summary', async () => {
    const agent = await userAs(api.url, 'AGENT', '김상담');
    const supervisor = await userAs(api.url, 'SUPERVISOR');
    const queue = subscribe<{ queueEvents: { type: string; handoff: { id: string; reason: string } } }>(
      api.url,
      agent.as,
      'subscription { queueEvents { type handoff { id reason } } }',
    );
    await queue.ready();
    const { callId, handoffId } = await escalatedCall();
    await expect(queue.next((e) => e.queueEvents.handoff.id === handoffId && e.queueEvents.type === 'CREATED')).resolves.toBeTruthy();

    const taken = await claim(agent, handoffId);
    expect(taken.data!.claimHandoff.afterCallSummary).toMatch(/여권/);
    await expect(queue.next((e) => e.queueEvents.handoff.id === handoffId && e.queueEvents.type === 'CLAIMED')).resolves.toBeTruthy();
    const floor = await gql<{ agents: { username: string; agentStatus: string }[] }>(
      api.url,
      '{ agents { username agentStatus } }',
      {},
      supervisor.as,
    );
    expect(floor.data!.agents.find((a) => a.username === agent.user.username)!.agentStatus).toBe('ON_CALL');

    // The caller keeps talking: the bot is silent, the agent sees the words and suggestions live.
    const live = subscribe<{
      callEvents: {
        type: string;
        turn: { seq: number; speaker: string; text: string } | null;
        suggestions: { topicId: string; suggestedAnswer: string }[];
      };
    }>(
      api.url,
      agent.as,
      'subscription($id: ID!) { callEvents(callId: $id) { type turn { seq speaker text } suggestions { topicId suggestedAnswer } } }',
      {
        id: callId,
      },
    );
    await live.ready();
    const reply = await say(callId, '대형폐기물은 어떻게 버려요? 제 번호는 010-9876-5432예요');
    expect(reply).toMatchObject({ action: 'LISTEN', text: '' });
    const event = await live.next((e) => e.callEvents.turn?.speaker === 'CALLER');
    expect(event.callEvents.turn!.text).toContain('010-****-5432');
    expect(event.callEvents.turn!.text).not.toContain('9876');
    expect(event.callEvents.suggestions[0].topicId).toBe('bulky-waste');
    expect(event.callEvents.suggestions[0].suggestedAnswer.length).toBeGreaterThan(10);

    const assist = await gql<{ assist: { topicId: string; passage: string; sourceUrl: string; score: number }[] }>(
      api.url,
      'query($id: ID!) { assist(callId: $id) { topicId passage sourceUrl score } }',
      { id: callId },
      agent.as,
    );
    expect(assist.data!.assist[0]).toMatchObject({ topicId: 'bulky-waste' });
    expect(assist.data!.assist[0].sourceUrl).toMatch(/^https?:\/\//);

    const sms = await gql<{ sendArticleSms: { body: string; status: string } }>(
      api.url,
      'mutation($id: ID!) { sendArticleSms(callId: $id, topicId: "bulky-waste") { body status } }',
      { id: callId },
      agent.as,
    );
    expect(sms.data!.sendArticleSms.status).toBe('PENDING');
    expect(sms.data!.sendArticleSms.body).toMatch(/대형폐기물[\s\S]*https?:\/\//);
    const noArticle = await gql(
      api.url,
      'mutation($id: ID!) { sendArticleSms(callId: $id, topicId: "no-such-topic") { id } }',
      { id: callId },
      agent.as,
    );
    expect(noArticle.errors![0].extensions!.code).toBe('NOT_FOUND');

    // The bot's first answer (turn 3, after the greeting and the question) is reported as wrong.
    const gap = await gql<{
      reportKnowledgeGap: { kind: string; question: string; botAnswer: string; topicId: string; reportedBy: { username: string } };
    }>(
      api.url,
      `mutation($id: ID!) { reportKnowledgeGap(input: { callId: $id, turnSeq: 3, kind: WRONG_ANSWER, note: "분실 신고 절차가 빠짐" }) {
         kind question botAnswer topicId reportedBy { username } } }`,
      { id: callId },
      agent.as,
    );
    expect(gap.data!.reportKnowledgeGap).toMatchObject({
      kind: 'WRONG_ANSWER',
      topicId: 'passport',
      reportedBy: { username: agent.user.username },
    });
    expect(gap.data!.reportKnowledgeGap.question).toMatch(/여권을 잃어버렸는데/);

    // Wrap-up: bad input is refused and changes nothing; then the edited summary is kept and the agent is free.
    const WRAP = `mutation($input: WrapUpInput!) { wrapUpHandoff(input: $input) { ${HANDOFF_FIELDS} } }`;
    const noDepartment = await gql(api.url, WRAP, { input: { handoffId, disposition: 'TRANSFERRED', summary: '이관' } }, agent.as);
    expect(noDepartment.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(noDepartment.errors![0].message).toMatch(/department/);
    const empty = await gql(api.url, WRAP, { input: { handoffId, disposition: 'RESOLVED', summary: '  ' } }, agent.as);
    expect(empty.errors![0].message).toMatch(/summary/);
    const other = await userAs(api.url, 'AGENT');
    const notYours = await gql(api.url, WRAP, { input: { handoffId, disposition: 'RESOLVED', summary: '남의 통화' } }, other.as);
    expect(notYours.errors![0].extensions!.code).toBe('FORBIDDEN');
    const still = await gql<{ handoff: Handoff }>(
      api.url,
      `query($id: ID!) { handoff(id: $id) { ${HANDOFF_FIELDS} } }`,
      { id: handoffId },
      agent.as,
    );
    expect(still.data!.handoff.status).toBe('CLAIMED');

    const summary = `${taken.data!.claimHandoff.afterCallSummary}\n상담사: 대형폐기물 배출 방법 문자 발송`;
    const done = await gql<{ wrapUpHandoff: Handoff }>(
      api.url,
      WRAP,
      { input: { handoffId, disposition: 'INFO_SENT', summary, notes: '재문의 가능성 있음', topicId: 'bulky-waste' } },
      agent.as,
    );
    expect(done.data!.wrapUpHandoff).toMatchObject({
      status: 'CLOSED',
      disposition: 'INFO_SENT',
      afterCallSummary: summary,
      wrapTopicId: 'bulky-waste',
    });
    await expect(live.next((e) => e.callEvents.type === 'ENDED')).resolves.toBeTruthy();
    await expect(queue.next((e) => e.queueEvents.handoff.id === handoffId && e.queueEvents.type === 'CLOSED')).resolves.toBeTruthy();
    const me = await gql<{ me: { agentStatus: string } }>(api.url, '{ me { agentStatus } }', {}, agent.as);
    expect(me.data!.me.agentStatus).toBe('AVAILABLE');
    const call = await gql<{ call: { status: string } }>(api.url, 'query($id: ID!) { call(id: $id) { status } }', { id: callId }, agent.as);
    expect(call.data!.call.status).toBe('ENDED');

    const gaps = await gql<{ knowledgeGaps: { id: string; question: string; topicTitle: string }[] }>(
      api.url,
      '{ knowledgeGaps(status: OPEN) { id question topicTitle } }',
      {},
      supervisor.as,
    );
    const listed = gaps.data!.knowledgeGaps.find((g) => g.question.includes('여권을 잃어버렸는데'))!;
    expect(listed.topicTitle).toMatch(/여권/);
    await gql(api.url, 'mutation($id: ID!) { resolveKnowledgeGap(id: $id) { status } }', { id: listed.id }, supervisor.as);
    const open = await gql<{ knowledgeGaps: { id: string }[] }>(api.url, '{ knowledgeGaps(status: OPEN) { id } }', {}, supervisor.as);
    expect(open.data!.knowledgeGaps.map((g) => g.id)).not.toContain(listed.id);
    await queue.dispose();
    await live.dispose();
  });

  it('takes an abandoned call out of the queue, and puts the agent in wrap-up when the caller hangs up', async () => {
    const agent = await userAs(api.url, 'AGENT');
    const waiting = await escalatedCall();
    await gql(api.url, 'mutation($id: ID!) { endCall(callId: $id) { status } }', { id: waiting.callId });
    const queue = await gql<{ handoffQueue: { id: string }[] }>(api.url, '{ handoffQueue { id } }', {}, agent.as);
    expect(queue.data!.handoffQueue.map((h) => h.id)).not.toContain(waiting.handoffId);
    const abandoned = await claim(agent, waiting.handoffId);
    expect(abandoned.errors![0].extensions!.code).toBe('CONFLICT');

    const talking = await escalatedCall();
    await claim(agent, talking.handoffId);
    await gql(api.url, 'mutation($id: ID!) { endCall(callId: $id) { status } }', { id: talking.callId });
    const me = await gql<{ me: { agentStatus: string } }>(api.url, '{ me { agentStatus } }', {}, agent.as);
    expect(me.data!.me.agentStatus).toBe('WRAP_UP');
    const away = await gql(api.url, 'mutation { setMyStatus(status: AWAY) { agentStatus } }', {}, agent.as);
    expect(away.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const done = await gql<{ wrapUpHandoff: { disposition: string } }>(
      api.url,
      'mutation($id: ID!) { wrapUpHandoff(input: { handoffId: $id, disposition: CALLER_HUNG_UP, summary: "통화 중 끊김" }) { disposition } }',
      { id: talking.handoffId },
      agent.as,
    );
    expect(done.data!.wrapUpHandoff.disposition).toBe('CALLER_HUNG_UP');
    const back = await gql<{ setMyStatus: { agentStatus: string } }>(
      api.url,
      'mutation { setMyStatus(status: AWAY) { agentStatus } }',
      {},
      agent.as,
    );
    expect(back.data!.setMyStatus.agentStatus).toBe('AWAY');
  });

  it('gives supervisors the floor in numbers: calls per hour, containment, reasons, topics, waiting time, agents, gaps', async () => {
    const supervisor = await userAs(api.url, 'SUPERVISOR');
    const from = new Date(Date.now() - 2 * 3600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const DASH = `query($from: DateTime!, $to: DateTime!) { dashboard(from: $from, to: $to) {
      totalCalls handedOff containmentRate medianWaitSeconds openKnowledgeGaps
      callsPerHour { hour calls handedOff } handoffsByReason { reason count } topTopics { topicId title count } agentsByStatus { status count } } }`;
    const before = await gql<{ dashboard: { totalCalls: number; handedOff: number } }>(api.url, DASH, { from, to }, supervisor.as);
    // One call the bot answers alone, one handed over.
    const solo = await gql<{ startCall: { id: string } }>(api.url, 'mutation { startCall(input: { channel: TEST }) { id } }');
    await say(solo.data!.startCall.id, '따릉이 어떻게 빌려요?');
    await escalatedCall();
    const res = await gql<{
      dashboard: {
        totalCalls: number;
        handedOff: number;
        containmentRate: number;
        medianWaitSeconds: number | null;
        callsPerHour: { hour: string; calls: number }[];
        handoffsByReason: { reason: string; count: number }[];
        topTopics: { topicId: string; title: string; count: number }[];
        agentsByStatus: { status: string; count: number }[];
      };
    }>(api.url, DASH, { from, to }, supervisor.as);
    const d = res.data!.dashboard;
    expect(d.totalCalls).toBe(before.data!.dashboard.totalCalls + 2);
    expect(d.handedOff).toBe(before.data!.dashboard.handedOff + 1);
    expect(d.containmentRate).toBeCloseTo((d.totalCalls - d.handedOff) / d.totalCalls, 3);
    expect(d.callsPerHour.reduce((n, h) => n + h.calls, 0)).toBe(d.totalCalls);
    expect(d.callsPerHour.length).toBeGreaterThanOrEqual(2);
    expect(d.medianWaitSeconds).toBeGreaterThanOrEqual(0);
    expect(d.handoffsByReason.find((r) => r.reason === 'CALLER_REQUEST')!.count).toBeGreaterThanOrEqual(1);
    expect(d.topTopics.map((t) => t.topicId)).toEqual(expect.arrayContaining(['passport', 'seoul-bike-ttareungyi']));
    expect(d.topTopics.find((t) => t.topicId === 'passport')!.title).toMatch(/여권/);
    expect(d.agentsByStatus.map((s) => s.status)).toEqual(['AVAILABLE', 'ON_CALL', 'WRAP_UP', 'AWAY', 'OFFLINE']);

    const backwards = await gql(api.url, DASH, { from: to, to: from }, supervisor.as);
    expect(backwards.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
