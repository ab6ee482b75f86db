import { describe, expect, it } from '@jest/globals';
import { splitForSpeech } from './split-for-speech.js';

describe(splitForSpeech.name, () => {
  it('gives the sentences of a Korean answer one by one', () => {
    expect(
      splitForSpeech(
        '여권은 가까운 구청 민원실에서 발급받을 수 있습니다. 수수료는 5.5만 원입니다. 신분증을 꼭 가져오세요!\n더 궁금한 점이 있으신가요?',
      ),
    ).toEqual([
      '여권은 가까운 구청 민원실에서 발급받을 수 있습니다.',
      '수수료는 5.5만 원입니다.',
      '신분증을 꼭 가져오세요!',
      '더 궁금한 점이 있으신가요?',
    ]);
  });

  it('splits English sentences and keeps abbreviations whole', () => {
    expect(splitForSpeech('Dr. Kim is available at 3.30 today. Please call 120! Is there anything else?')).toEqual([
      'Dr. Kim is available at 3.30 today.',
      'Please call 120!',
      'Is there anything else?',
    ]);
  });

  it('keeps phone numbers whole for the engine to read', () => {
    expect(splitForSpeech('문의는 02-120-1234로 전화 주세요. 상담 시간은 평일 9시부터입니다.')).toEqual([
      '문의는 02-120-1234로 전화 주세요.',
      '상담 시간은 평일 9시부터입니다.',
    ]);
  });

  it('joins a very short sentence to the next one, and a short last one to the one before', () => {
    expect(splitForSpeech('네. 여권 재발급은 구청에서 합니다.')).toEqual(['네. 여권 재발급은 구청에서 합니다.']);
    expect(splitForSpeech('여권 재발급은 구청에서 합니다. 네.')).toEqual(['여권 재발급은 구청에서 합니다. 네.']);
    expect(splitForSpeech('네.')).toEqual(['네.']);
  });

  it('cuts a long sentence at commas, then between words, never past the limit', () => {
    const long =
      '대형 폐기물은 구청 홈페이지에서 신고하신 뒤, 수수료를 내시고, 배출 번호를 적은 스티커를 붙여서, 지정된 날짜에 집 앞에 내놓으시면 됩니다.';
    const sut = splitForSpeech(long, { maxChars: 40 });
    expect(sut).toEqual([
      '대형 폐기물은 구청 홈페이지에서 신고하신 뒤, 수수료를 내시고,',
      '배출 번호를 적은 스티커를 붙여서,',
      '지정된 날짜에 집 앞에 내놓으시면 됩니다.',
    ]);
    expect(sut.join(' ')).toBe(long);

    const words = splitForSpeech('하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 열하나 열둘 열셋 열넷 열다섯', { maxChars: 12 });
    expect(words.every((piece) => piece.length <= 12)).toBe(true);
    expect(words.join(' ')).toBe('하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 열하나 열둘 열셋 열넷 열다섯');
    expect(splitForSpeech('가'.repeat(25), { maxChars: 10 })).toEqual(['가'.repeat(10), '가'.repeat(10), '가'.repeat(5)]);
  });

  it('gives nothing for text with nothing to say', () => {
    expect(splitForSpeech('')).toEqual([]);
    expect(splitForSpeech('  \n ... ?! ')).toEqual([]);
  });
});
