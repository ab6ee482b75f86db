import { describe, expect, it } from '@jest/globals';
import {
  type MeetingSummary,
  type PartCache,
  type PartSummary,
  inMemoryPartCache,
  reduceSummaries,
  splitIntoParts,
  summarizeMeeting,
  summarizePart,
} from './pipeline.js';
import { parseTranscript } from './transcript.js';

const meetingDate = '2026-11-26';

/** A 교통정책과 meeting on more 따릉이 stations; line n of the file is element n - 1. */
const meeting = [
  '따릉이 대여소 확충 방안 회의 녹취록',
  '',
  '김과장: 네, 시작하겠습니다. 오늘은 내년 따릉이 대여소 확충 계획을 정하려고 합니다.',
  '김과장: 먼저 박 팀장님이 현황을 설명해 주세요.',
  '박팀장: 현재 서울시 따릉이 대여소는 약 2,700곳이고, 지난해 대여 건수는 4,400만 건을 넘었습니다.',
  '박팀장: 그런데 강서구와 노원구 일부 지역은 대여소 간 거리가 500미터가 넘어서 민원이 계속 들어오고 있습니다.',
  '박팀장: 특히 지하철역 주변 대여소는 출근 시간에 자전거가 부족하다는 민원이 많습니다.',
  '이주무관: 민원 데이터를 보면 지난 1년간 대여소 신설 요청이 320건 접수됐습니다.',
  '이주무관: 그중 절반 이상이 지하철역과 대학가 주변입니다.',
  '김과장: 그러면 내년 상반기에 대여소를 몇 곳이나 늘릴 수 있을까요?',
  '박팀장: 예산을 고려하면 150곳 정도가 현실적입니다.',
  '정주무관: 설치 비용은 한 곳당 약 1,500만 원이고, 유지관리 비용은 별도입니다.',
  '김과장: 좋습니다. 내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.',
  '김과장: 우선순위는 민원이 많은 지하철역 주변으로 정리하겠습니다.',
  '박팀장: 후보지 선정 기준은 어떻게 할까요?',
  '이주무관: 반경 500미터 안에 대여소가 없는 곳과 지하철 출구 100미터 이내를 우선으로 하면 좋겠습니다.',
  '김과장: 그렇게 하시죠.',
  '김과장: 이 주무관님, 후보지 목록을 다음 주 금요일까지 정리해 주세요.',
  '이주무관: 네, 알겠습니다.',
  '김과장: 자치구 협의는 누가 맡아 주시겠어요?',
  '정주무관: 제가 맡겠습니다. 다음 달 초까지 강서구, 노원구와 협의해서 결과를 보고드리겠습니다.',
  '김과장: 예산 확보는 교통정책과에서 담당하기로 했습니다.',
  '박팀장: 재정과와 협의해서 11월 30일까지 추경 요청서를 제출하겠습니다.',
  '정주무관: 그런데 전기자전거 도입 여부는 어떻게 하나요?',
  '김과장: 전기자전거 도입 여부는 예산 상황을 보고 추후 다시 논의하겠습니다.',
  '박팀장: 대여소 디자인은 기존 규격을 그대로 쓰면 어떨까요?',
  '김과장: 네, 디자인은 기존 규격으로 확정하겠습니다.',
  '이주무관: 공사 기간 중 시민 안내는 어떻게 할까요?',
  '김과장: 시민 안내문은 홍보팀에서 준비해 주시고, 설치 일정은 서울시설공단과 협의해서 공유해 주세요.',
  '정주무관: 공단 쪽 일정은 제가 내일 확인해서 말씀드리겠습니다.',
  '박팀장: 대여소 운영 시간 연장은 아직 결정하지 못했습니다.',
  '김과장: 그 부분은 확인이 필요하니 다음 회의에서 다시 논의하시죠.',
  '이주무관: 한강공원 구간도 이번 확충에 포함할지는 좀 더 검토가 필요할 것 같습니다.',
  '이주무관: 마지막으로 정비 인력 충원은 어떻게 되나요?',
  '김과장: 정비 인력은 현행 유지하는 것으로 합의했습니다.',
  '박팀장: 정비 인력 운영 현황은 이번 달 말까지 정리해서 공유하겠습니다.',
  '김과장: 오늘 논의한 내용은 제가 정리해서 모레까지 회의록으로 공유하겠습니다.',
  '김과장: 수고하셨습니다.',
  '박팀장: 고생하셨습니다.',
  '이주무관: 수고하셨습니다.',
].join('\n');

const DISTRICTS = ['강서구', '노원구', '송파구', '마포구', '은평구', '관악구', '성북구', '강동구', '중랑구', '양천구'];
const TOPICS = ['대여소 신설', '자전거 재배치', '정비 인력', '이용 요금', '안전 교육', '거치대 교체', '민원 처리'];

/** A long meeting: varied blocks of a district review, each with a decision, a request and a question. */
function longMeeting(blocks: number): string {
  const lines: string[] = [];
  for (let b = 0; b < blocks; b++) {
    const district = DISTRICTS[b % DISTRICTS.length];
    const topic = TOPICS[(b * 3) % TOPICS.length];
    const count = 20 + ((b * 37) % 180);
    lines.push(
      `박팀장: ${district} ${topic} 현황을 보면 지난달 관련 민원이 ${count}건 접수되었고 전월보다 ${b % 9}건 늘었습니다.`,
      `이주무관: ${district}은 지하철역 주변 수요가 많아서 ${topic} 문제가 출근 시간에 특히 심합니다.`,
      `정주무관: 현장 점검 결과 ${district} 대여소 ${count % 40}곳에서 거치대 고장이 확인되었습니다.`,
      `김과장: ${district} ${topic} 개선안은 ${count}곳 기준으로 추진하기로 하겠습니다.`,
      `김과장: 이 주무관님, ${district} 세부 계획을 ${1 + (b % 28)}일까지 정리해 주세요.`,
      `이주무관: 네, 알겠습니다. ${district} 자치구와도 일정을 맞춰 보겠습니다.`,
      `정주무관: ${district} 야간 운영 확대 여부는 추후 다시 논의해야 할 것 같습니다.`,
    );
  }
  return lines.join('\n');
}

/** An in-memory cache that counts what it is asked: every `set` follows one run of summarizePart. */
function countingCache(): PartCache & { gets: number; sets: number } {
  const inner = inMemoryPartCache();
  const counts = { gets: 0, sets: 0 };
  return Object.assign(counts, {
    get: (key: string) => {
      counts.gets++;
      return inner.get(key);
    },
    set: (key: string, value: PartSummary) => {
      counts.sets++;
      return inner.set(key, value);
    },
  });
}

describe(summarizeMeeting.name, () => {
  it('finds the decisions, action items with owners and due dates, and open questions, pointing at their lines', async () => {
    const sut = await summarizeMeeting(parseTranscript(meeting), { meetingDate });
    expect(sut.decisions).toEqual([
      { text: '내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.', sourceLines: [13] },
      { text: '우선순위는 민원이 많은 지하철역 주변으로 정리하겠습니다.', sourceLines: [14] },
      // "그렇게 하시죠" decides the proposal it answers.
      { text: '반경 500미터 안에 대여소가 없는 곳과 지하철 출구 100미터 이내를 우선으로 하면 좋겠습니다.', sourceLines: [16, 17] },
      { text: '디자인은 기존 규격으로 확정하겠습니다.', sourceLines: [27] },
      { text: '정비 인력은 현행 유지하는 것으로 합의했습니다.', sourceLines: [35] },
    ]);
    expect(sut.actionItems).toEqual([
      // Addressed by name: the owner is that speaker ("이 주무관" is the label "이주무관").
      {
        task: '후보지 목록을 다음 주 금요일까지 정리해 주세요.',
        owner: '이주무관',
        due: '2026-12-04',
        dueText: '다음 주 금요일까지',
        sourceLines: [18],
      },
      // Asked of nobody, taken on by the one who answers "제가 맡겠습니다", completed by what they add.
      {
        task: '다음 달 초까지 강서구, 노원구와 협의해서 결과를 보고드리겠습니다.',
        owner: '정주무관',
        due: '2026-12-10',
        dueText: '다음 달 초까지',
        sourceLines: [20, 21],
      },
      { task: '예산 확보는 교통정책과에서 담당하기로 했습니다.', owner: '교통정책과', due: null, dueText: null, sourceLines: [22] },
      {
        task: '재정과와 협의해서 11월 30일까지 추경 요청서를 제출하겠습니다.',
        owner: '박팀장',
        due: '2026-11-30',
        dueText: '11월 30일까지',
        sourceLines: [23],
      },
      {
        task: '시민 안내문은 홍보팀에서 준비해 주시고, 설치 일정은 서울시설공단과 협의해서 공유해 주세요.',
        owner: '홍보팀',
        due: null,
        dueText: null,
        sourceLines: [29],
      },
      {
        task: '공단 쪽 일정은 제가 내일 확인해서 말씀드리겠습니다.',
        owner: '정주무관',
        due: '2026-11-27',
        dueText: '내일',
        sourceLines: [30],
      },
      {
        task: '정비 인력 운영 현황은 이번 달 말까지 정리해서 공유하겠습니다.',
        owner: '박팀장',
        due: '2026-11-30',
        dueText: '이번 달 말까지',
        sourceLines: [36],
      },
      {
        task: '오늘 논의한 내용은 제가 정리해서 모레까지 회의록으로 공유하겠습니다.',
        owner: '김과장',
        due: '2026-11-28',
        dueText: '모레까지',
        sourceLines: [37],
      },
    ]);
    expect(sut.openQuestions).toEqual([
      { text: '전기자전거 도입 여부는 예산 상황을 보고 추후 다시 논의하겠습니다.', sourceLines: [25] },
      { text: '대여소 운영 시간 연장은 아직 결정하지 못했습니다.', sourceLines: [31, 32] },
      { text: '한강공원 구간도 이번 확충에 포함할지는 좀 더 검토가 필요할 것 같습니다.', sourceLines: [33] },
    ]);
    expect(sut.speakers).toEqual(['김과장', '박팀장', '이주무관', '정주무관']);
    expect(sut.stats).toEqual({ lines: 39, characters: expect.any(Number), parts: 1 });
  });

  it('summarises in 3 to 6 sentences taken from the meeting, in order', async () => {
    const sut = await summarizeMeeting(parseTranscript(meeting), { meetingDate });
    expect(sut.summary.length).toBeGreaterThanOrEqual(3);
    expect(sut.summary.length).toBeLessThanOrEqual(6);
    const positions = sut.summary.map((sentence) => meeting.indexOf(sentence));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(sut.summary).toContain('내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.');
  });

  it('keeps meeting procedure, answered questions and courtesies out of the items, and leaves an unanswered question open', async () => {
    const sut = await summarizeMeeting(
      parseTranscript(
        [
          '김과장: 그렇게 하시죠. 박 팀장님, 현황을 설명해 주세요.',
          '박팀장: 네, 먼저 추진 현황을 보고드리겠습니다. 대여소는 약 2,700곳입니다.',
          '김과장: 예산은 얼마나 드나요?',
          '박팀장: 한 곳당 1,500만 원입니다.',
          '김과장: 다른 의견 있으신가요?',
          '박팀장: 수고하셨습니다.',
          '이주무관: 그럼 자전거 보관대 설치 위치는 누가 정하나요?',
        ].join('\n'),
      ),
      { meetingDate },
    );
    expect(sut.actionItems).toEqual([]);
    expect(sut.decisions).toEqual([]);
    expect(sut.openQuestions).toEqual([{ text: '자전거 보관대 설치 위치는 누가 정하나요?', sourceLines: [7] }]);
  });

  it('reads a transcript without punctuation, as speech recognisers write it, the same way', async () => {
    const items = (summary: MeetingSummary) => ({
      decisions: summary.decisions.map((d) => d.sourceLines),
      actionItems: summary.actionItems.map(({ owner, due, sourceLines }) => ({ owner, due, sourceLines })),
      openQuestions: summary.openQuestions.map((q) => q.sourceLines),
    });
    const punctuated = await summarizeMeeting(parseTranscript(meeting), { meetingDate });
    const unpunctuated = await summarizeMeeting(parseTranscript(meeting.replace(/[.?]/g, '')), { meetingDate });
    expect(items(unpunctuated)).toEqual(items(punctuated));
    expect(unpunctuated.actionItems[1].task).toBe('다음 달 초까지 강서구, 노원구와 협의해서 결과를 보고드리겠습니다');
  });

  it('takes "검토해서 보고" and "제가 확인해 보겠습니다" as work, and a commitment naming a team for that team', async () => {
    const sut = await summarizeMeeting(
      parseTranscript(
        [
          '박팀장: 민원 처리 기준은 검토해서 보고드리겠습니다.',
          '김과장: 안전 교육 자료는 시민안전센터에서 마련하겠습니다.',
          '정주무관: 추가 예산 여부는 제가 재정과에 확인해 보겠습니다.',
          '김과장: 그럼 다음 화면을 같이 보겠습니다.',
        ].join('\n'),
      ),
      { meetingDate },
    );
    expect(sut.actionItems.map(({ owner, sourceLines }) => [owner, sourceLines])).toEqual([
      ['박팀장', [1]],
      ['시민안전센터', [2]],
      ['정주무관', [3]],
    ]);
  });

  it('splits a long meeting into parts, reports progress, and does not redo the parts a cache holds', async () => {
    const transcript = parseTranscript(longMeeting(200));
    expect(transcript.lines.reduce((sum, line) => sum + line.text.length, 0)).toBeGreaterThan(55_000);
    const cache = countingCache();
    const progress: [number, number][] = [];
    const first = await summarizeMeeting(transcript, { meetingDate, cache, onProgress: (done, total) => progress.push([done, total]) });
    const parts = first.stats.parts;
    expect(parts).toBeGreaterThanOrEqual(8);
    expect(progress).toEqual(Array.from({ length: parts }, (_, i) => [i + 1, parts]));
    expect(cache).toMatchObject({ gets: parts, sets: parts });

    const again = await summarizeMeeting(transcript, { meetingDate, cache });
    expect(cache).toMatchObject({ gets: 2 * parts, sets: parts });
    expect(again).toEqual(first);

    expect(first.summary.length).toBe(6);
    expect(first.decisions.length).toBeGreaterThan(parts);
    expect(first.actionItems.every((item) => item.owner === '이주무관' && item.due !== null)).toBe(true);
    // The same question for each district, raised in 20 blocks each, folds into one item per district.
    expect(first.openQuestions.map((q) => q.text.split(' ')[0])).toEqual(DISTRICTS);
    expect(first.openQuestions.every((q) => q.sourceLines.length === 20)).toBe(true);
  });

  it('resumes after a failure with the parts already done', async () => {
    const transcript = parseTranscript(longMeeting(200));
    const cache = countingCache();
    const failing = summarizeMeeting(transcript, {
      meetingDate,
      cache,
      onProgress: (done) => {
        if (done === 3) throw new Error('worker stopped');
      },
    });
    await expect(failing).rejects.toThrow('worker stopped');
    expect(cache.sets).toBe(3);
    const resumed = await summarizeMeeting(transcript, { meetingDate, cache });
    expect(cache.sets).toBe(resumed.stats.parts);
    expect(resumed).toEqual(await summarizeMeeting(transcript, { meetingDate }));
  });

  it('gives the same summary every time, and a cache keyed by the meeting date', async () => {
    const transcript = parseTranscript(meeting);
    const cache = countingCache();
    const first = await summarizeMeeting(transcript, { meetingDate, cache });
    expect(await summarizeMeeting(parseTranscript(meeting), { meetingDate })).toEqual(first);
    const later = await summarizeMeeting(transcript, { meetingDate: '2026-12-03', cache });
    expect(cache.sets).toBe(2);
    expect(later.actionItems[0].due).toBe('2026-12-11');
  });

  it('refuses a meeting date that is not YYYY-MM-DD', async () => {
    await expect(summarizeMeeting(parseTranscript(meeting), { meetingDate: '2026-13-01' })).rejects.toThrow('YYYY-MM-DD');
  });
});

describe(splitIntoParts.name, () => {
  it('cuts on line boundaries, in order, each part knowing its line range and the lines around it', () => {
    const transcript = parseTranscript(meeting);
    const sut = splitIntoParts(transcript, { maxChars: 300 });
    expect(sut.length).toBeGreaterThan(3);
    expect(sut.flatMap((part) => part.lines)).toEqual(transcript.lines);
    for (const part of sut) {
      expect(part.lines.reduce((sum, line) => sum + line.text.length + 1, 0)).toBeLessThanOrEqual(301);
      expect([part.firstLine, part.lastLine]).toEqual([part.lines[0].n, part.lines.at(-1)!.n]);
    }
    expect(sut[1].context.before).toEqual(sut[0].lines.slice(-2));
    expect(sut[0].context.after).toEqual(sut[1].lines.slice(0, 2));
  });

  it('splits a line longer than a part between sentences, keeping its line number', () => {
    const line = Array.from({ length: 40 }, (_, i) => `${i + 1}번째 안건을 검토했습니다.`).join(' ');
    const sut = splitIntoParts(parseTranscript(`김과장: 시작합니다.\n박팀장: ${line}`), { maxChars: 200 });
    expect(sut.length).toBeGreaterThan(3);
    expect(sut.slice(1).every((part) => part.lines.every((l) => l.n === 2 && l.speaker === '박팀장'))).toBe(true);
    expect(sut.flatMap((part) => part.lines.slice(part.index === 0 ? 1 : 0).map((l) => l.text)).join(' ')).toBe(line);
  });
});

describe(reduceSummaries.name, () => {
  it('folds near-duplicates from different parts together, joining their lines and filling in what one lacks', () => {
    const transcript = parseTranscript(meeting);
    const part = (index: number, summary: Partial<PartSummary>): PartSummary => ({
      index,
      firstLine: 1,
      lastLine: 1,
      sentences: [],
      decisions: [],
      actionItems: [],
      openQuestions: [],
      ...summary,
    });
    const sut = reduceSummaries(
      [
        part(0, {
          decisions: [{ text: '대여소 150곳을 내년 상반기에 신설하기로 했습니다.', sourceLines: [13] }],
          actionItems: [{ task: '후보지 목록을 정리해 주세요.', owner: null, due: null, dueText: null, sourceLines: [18] }],
        }),
        part(1, {
          decisions: [
            { text: '내년 상반기에 대여소 150곳을 신설하기로 했습니다.', sourceLines: [40] },
            { text: '디자인은 기존 규격으로 확정합니다.', sourceLines: [41] },
          ],
          actionItems: [
            {
              task: '후보지 목록을 정리해 주세요.',
              owner: '이 주무관',
              due: '2026-12-04',
              dueText: '다음 주 금요일까지',
              sourceLines: [42],
            },
          ],
        }),
      ],
      transcript,
    );
    expect(sut.decisions).toEqual([
      { text: '대여소 150곳을 내년 상반기에 신설하기로 했습니다.', sourceLines: [13, 40] },
      { text: '디자인은 기존 규격으로 확정합니다.', sourceLines: [41] },
    ]);
    expect(sut.actionItems).toEqual([
      { task: '후보지 목록을 정리해 주세요.', owner: '이주무관', due: '2026-12-04', dueText: '다음 주 금요일까지', sourceLines: [18, 42] },
    ]);
    expect(sut.stats.parts).toBe(2);
  });
});

describe(summarizePart.name, () => {
  it('reads the lines before a part for what a short reply at its start agrees to, but takes no items from them', () => {
    const { lines } = parseTranscript(meeting);
    const at = lines.findIndex((line) => line.n === 17);
    const part = {
      index: 1,
      firstLine: 17,
      lastLine: lines.at(-1)!.n,
      lines: lines.slice(at),
      context: { before: lines.slice(at - 2, at), after: [] },
    };
    const sut = summarizePart(part, { meetingDate });
    expect(sut.decisions[0]).toEqual({
      text: '반경 500미터 안에 대여소가 없는 곳과 지하철 출구 100미터 이내를 우선으로 하면 좋겠습니다.',
      sourceLines: [16, 17],
    });
    expect(sut.actionItems.flatMap((item) => item.sourceLines).every((n) => n >= 17)).toBe(true);
  });
});
