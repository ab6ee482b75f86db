import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { type SignedIn, apiOn, gql, userAs } from '../support/api-client.js';
import { FakeModelServer } from '../support/fake-model-server.js';
import { testBackends } from '../support/test-database.js';

export const MEETING_VTT = `WEBVTT

00:00:01.000 --> 00:00:06.000
<v 김과장>오늘은 따릉이 대여소 확충 계획을 논의하겠습니다.

00:00:06.000 --> 00:00:12.000
<v 이주무관>강서구와 노원구에 대여소가 부족하다는 민원이 지난달에만 120건 들어왔습니다.

00:00:12.000 --> 00:00:18.000
<v 김과장>그럼 두 구에 대여소를 각각 열 곳씩 늘리기로 결정하겠습니다.

00:00:18.000 --> 00:00:25.000
<v 박팀장>설치 후보지는 제가 다음 주 금요일까지 정리해서 보고하겠습니다.

00:00:25.000 --> 00:00:31.000
<v 이주무관>예산은 추경에 반영할 수 있을지 추후 논의가 필요합니다.

00:00:31.000 --> 00:00:37.000
<v 김과장>이주무관님은 11월 30일까지 자치구에 협조 공문을 보내 주세요.

00:00:37.000 --> 00:00:42.000
<v 김과장>오늘 회의는 여기까지 하겠습니다. 수고하셨습니다.
`;

const MEETING = `id title status meetingDate result { summary decisions { text sourceLines } actionItems { task owner due dueText sourceLines }
  openQuestions { text sourceLines } speakers } minutesText minutesFindings { rule severity line message } job { status progress step error }`;

describe.each(testBackends())('meeting summaries on %s', (backend) => {
  const api = apiOn(backend);
  let drafter: SignedIn;

  beforeAll(async () => {
    drafter = await userAs(api.url, 'DRAFTER');
  });

  const create = (input: Record<string, unknown>) =>
    gql<{ createMeetingSummary: { id: string; status: string } }>(
      api.url,
      `mutation($input: MeetingInput!) { createMeetingSummary(input: $input) { id status } }`,
      { input },
      drafter.as,
    );

  async function finished(id: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await gql<{ meeting: Record<string, unknown> & { job: { status: string } } }>(
        api.url,
        `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
        { id },
        drafter.as,
      );
      const meeting = res.data!.meeting;
      if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(meeting.job.status)) return meeting;
      if (Date.now() > deadline) throw new Error(`summary not finished: ${JSON.stringify(meeting.job)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('summarises a WebVTT meeting: decisions, action items with owners and due dates from their lines, and checked minutes', async () => {
    const created = await create({
      title: '따릉이 대여소 확충 회의',
      transcript: MEETING_VTT,
      meetingDate: '2026-11-26',
      place: '서소문청사 회의실',
      department: '서울특별시 교통정책과',
    });
    const meeting = (await finished(created.data!.createMeetingSummary.id)) as {
      status: string;
      job: { status: string; progress: number };
      result: {
        summary: string[];
        decisions: { text: string; sourceLines: number[] }[];
        actionItems: { task: string; owner: string | null; due: string | null; sourceLines: number[] }[];
        openQuestions: { text: string }[];
        speakers: string[];
      };
      minutesText: string;
      minutesFindings: { severity: string }[];
    };
    expect(meeting).toMatchObject({ status: 'DONE', job: { status: 'COMPLETED', progress: 100 } });
    const { result } = meeting;
    expect(result.speakers).toEqual(expect.arrayContaining(['김과장', '이주무관', '박팀장']));
    expect(result.decisions.some((d) => d.text.includes('열 곳'))).toBe(true);
    const candidates = result.actionItems.find((a) => a.task.includes('후보지'))!;
    expect(candidates).toMatchObject({ owner: '박팀장', due: '2026-12-04' });
    expect(candidates.sourceLines.length).toBeGreaterThan(0);
    const letter = result.actionItems.find((a) => a.task.includes('공문'))!;
    expect(letter).toMatchObject({ due: '2026-11-30' });
    expect(letter.owner).toMatch(/이주무관/);
    expect(result.openQuestions.some((q) => q.text.includes('추경'))).toBe(true);
    expect(meeting.minutesText).toMatch(/회의명/);
    expect(meeting.minutesText).toMatch(/끝\.\s*$/);
    // The minutes pass the checker: no errors, and not even a warning.
    expect(meeting.minutesFindings).toEqual([]);
  });

  it('refuses an empty, oversized or non-text transcript naming the field, and queues nothing', async () => {
    const before = await gql<{ meetings: { id: string }[] }>(api.url, '{ meetings { id } }', {}, drafter.as);
    for (const [transcript, message] of [
      ['   \n ', /transcript.*empty/i],
      ['가'.repeat(200_001), /transcript.*(long|limit|characters)/i],
      ['PK\u0003\u0004\u0000\u0000binary\u0000\u0001\u0002', /transcript.*text/i],
    ] as const) {
      const res = await create({ title: '회의', transcript });
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(message);
    }
    const noTitle = await create({ title: ' ', transcript: MEETING_VTT });
    expect(noTitle.errors![0].message).toMatch(/title/);
    const after = await gql<{ meetings: { id: string }[] }>(api.url, '{ meetings { id } }', {}, drafter.as);
    expect(after.data!.meetings).toHaveLength(before.data!.meetings.length);
  });

  it("masks personal numbers in the transcript before it is stored, and keeps others' meetings private", async () => {
    const created = await create({
      title: '민원 회의',
      transcript: '김과장: 민원인 번호는 010-1234-5678입니다. 다음 주까지 회신하기로 했습니다.',
    });
    const id = created.data!.createMeetingSummary.id;
    await finished(id);
    const stored = await api.app.get(DataSource).query(`SELECT transcript FROM meetings WHERE id = $1`, [id]);
    expect(stored[0].transcript).not.toContain('1234-5678');
    const other = await userAs(api.url, 'DRAFTER');
    const peek = await gql(api.url, `query($id: ID!) { meeting(id: $id) { id } }`, { id }, other.as);
    expect(peek.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe.each(testBackends().slice(-1))('meeting summaries with a chat model on %s', (backend) => {
  const fake = new FakeModelServer();
  let modelUrl = '';
  beforeAll(async () => {
    modelUrl = await fake.start();
  });
  afterAll(() => fake.stop());
  const api = apiOn(backend, () => ({
    CHAT_PROVIDER: 'openai',
    CHAT_MODEL: 'fake-summariser',
    CHAT_BASE_URL: `${modelUrl}/v1`,
    DRAFT_TIMEOUT_MS: 3000,
  }));

  it('keeps the action items the model grounds in transcript lines, and drops one that cites a line not there', async () => {
    const drafter = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({
      content: JSON.stringify({
        sentences: [{ text: '따릉이 대여소를 강서구와 노원구에 열 곳씩 늘리기로 했다.', sourceLines: [10] }],
        decisions: [{ text: '두 구에 대여소를 열 곳씩 늘린다.', sourceLines: [10] }],
        actionItems: [
          { task: '설치 후보지 정리 보고', owner: '박팀장', due: '2026-12-04', dueText: '다음 주 금요일까지', sourceLines: [13] },
          { task: '지어낸 일', owner: '누군가', due: null, dueText: null, sourceLines: [999] },
        ],
        openQuestions: [],
      }),
    });
    const created = await gql<{ createMeetingSummary: { id: string } }>(
      api.url,
      `mutation($input: MeetingInput!) { createMeetingSummary(input: $input) { id } }`,
      { input: { title: '따릉이 회의', transcript: MEETING_VTT, meetingDate: '2026-11-26' } },
      drafter.as,
    );
    const id = created.data!.createMeetingSummary.id;
    type Result = { actionItems: { task: string; owner: string; due: string; sourceLines: number[] }[] } | null;
    let result: Result = null;
    for (let i = 0; i < 100 && !result; i++) {
      const res: { data?: { meeting: { result: Result } } | null } = await gql<{ meeting: { result: Result } }>(
        api.url,
        `query($id: ID!) { meeting(id: $id) { result { actionItems { task owner due sourceLines } } } }`,
        { id },
        drafter.as,
      );
      result = res.data!.meeting.result;
      if (!result) await new Promise((r) => setTimeout(r, 100));
    }
    expect(result!.actionItems).toEqual([{ task: '설치 후보지 정리 보고', owner: '박팀장', due: '2026-12-04', sourceLines: [13] }]);
    expect(fake.requests.some((r) => r.path === '/v1/chat/completions' && !!r.body.response_format)).toBe(true);
  });
});
