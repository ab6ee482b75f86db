import { describe, expect, it } from '@jest/globals';
import { type CallTurn, summarizeCall, summarizeText } from './summarize.js';

const passportCall: CallTurn[] = [
  { speaker: 'BOT', text: '안녕하세요, 120다산콜센터입니다. 무엇을 도와드릴까요?' },
  { speaker: 'CALLER', text: '여보세요? 아 네 저기요 여권을 잃어버려서요 재발급 받으려면 어디로 가야 돼요?' },
  {
    speaker: 'BOT',
    text: '여권을 잃어버리셨다면 먼저 분실 신고를 하셔야 합니다. 분실 신고와 재발급 신청은 가까운 구청 여권민원실에서 함께 하실 수 있습니다.',
  },
  { speaker: 'CALLER', text: '재발급 수수료는 얼마예요?' },
  { speaker: 'BOT', text: '10년 복수여권 재발급 수수료는 5만 원입니다. 처리 기간은 보통 1주일 안팎입니다.' },
  { speaker: 'CALLER', text: '음 네 알겠습니다' },
  { speaker: 'CALLER', text: '근데 상담원이랑 직접 통화하고 싶어요' },
  { speaker: 'BOT', text: '네, 상담원에게 연결해 드리겠습니다. 잠시만 기다려 주세요.' },
];

describe(summarizeCall.name, () => {
  it("summarises a call: the caller's request, what they were told and that they asked for a person", () => {
    const sut = summarizeCall(passportCall);
    expect(sut.request).toBe('여권을 잃어버려서요 재발급 받으려면 어디로 가야 돼요? 재발급 수수료는 얼마예요?');
    expect(sut.answered).toEqual([
      '분실 신고와 재발급 신청은 가까운 구청 여권민원실에서 함께 하실 수 있습니다.',
      '10년 복수여권 재발급 수수료는 5만 원입니다.',
    ]);
    expect(sut.outcome).toBe('상담원 연결 요청');
    expect(sut.text).toBe(`문의: ${sut.request}\n안내: ${sut.answered.join(' ')}\n결과: 상담원 연결 요청`);
  });

  it('keeps to the requested number of sentences and labels in English when asked', () => {
    const sut = summarizeCall(passportCall, { maxSentences: 1, language: 'en' });
    expect(sut.request).toContain('여권');
    expect(sut.answered).toHaveLength(1);
    expect(sut.text.split('\n').map((line) => line.split(':')[0])).toEqual(['Request', 'Told', 'Outcome']);
  });

  it('is deterministic', () => {
    expect(summarizeCall(passportCall)).toEqual(summarizeCall(passportCall.map((turn) => ({ ...turn }))));
  });

  it('keeps masked personal data as it is', () => {
    const sut = summarizeCall([
      { speaker: 'CALLER', text: '주차 위반 과태료 고지서를 010-****-5678 번호로 문자 받을 수 있나요?' },
      { speaker: 'BOT', text: '과태료 고지서는 구청 누리집에서 문자 수신을 신청하시면 됩니다.' },
    ]);
    expect(sut.request).toBe('주차 위반 과태료 고지서를 010-****-5678 번호로 문자 받을 수 있나요?');
    expect(sut.outcome).toBe('안내 완료');
  });

  it('summarises an English call and notes an agent who took over', () => {
    const sut = summarizeCall([
      { speaker: 'BOT', text: 'Hello, this is 120 Dasan. How can I help?' },
      { speaker: 'CALLER', text: 'Hi. I lost my passport and need a new one. Where do I apply?' },
      { speaker: 'AGENT', text: 'You can apply for a new passport at your district office. The fee is 50,000 won.' },
      { speaker: 'CALLER', text: 'Okay, thanks.' },
    ]);
    expect(sut.request).toBe('I lost my passport and need a new one. Where do I apply?');
    expect(sut.answered).toEqual(['You can apply for a new passport at your district office.', 'The fee is 50,000 won.']);
    expect(sut.outcome).toBe('Handled by an agent');
  });

  it('gives an empty summary for an empty or filler-only call without throwing', () => {
    const empty = { request: '', answered: [], outcome: '', text: '' };
    expect(summarizeCall([])).toEqual(empty);
    expect(summarizeCall([{ speaker: 'CALLER', text: '여보세요? 네 네' }])).toEqual(empty);
  });
});

describe(summarizeText.name, () => {
  const part =
    '오늘은 날씨가 맑습니다. 여권 재발급은 구청 여권민원실에서 신청합니다. 분실 신고와 여권 재발급 신청은 구청 여권민원실에서 함께 합니다.';

  it('keeps the central sentences in their original order, and reduces part summaries the same way', () => {
    const sut = summarizeText(part, { maxSentences: 2 });
    expect(sut).toEqual([
      '여권 재발급은 구청 여권민원실에서 신청합니다.',
      '분실 신고와 여권 재발급 신청은 구청 여권민원실에서 함께 합니다.',
    ]);
    expect(summarizeText(['따릉이 정기권은 앱에서 결제합니다.', ...sut].join('\n'), { maxSentences: 2 })).toEqual(sut);
  });

  it('gives nothing for empty text', () => {
    expect(summarizeText('')).toEqual([]);
  });
});
