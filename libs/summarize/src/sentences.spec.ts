import { describe, expect, it } from '@jest/globals';
import { splitSentences } from './sentences.js';

describe(splitSentences.name, () => {
  it('splits on stops, question and exclamation marks and line breaks', () => {
    expect(splitSentences('여권을 잃어버렸어요. 재발급 받으려면 어떻게 해요? 빨리 필요해요!\n수수료도 알려 주세요')).toEqual([
      '여권을 잃어버렸어요.',
      '재발급 받으려면 어떻게 해요?',
      '빨리 필요해요!',
      '수수료도 알려 주세요',
    ]);
  });

  it('keeps decimals, dates and list numbers inside their sentence', () => {
    expect(splitSentences('수수료는 5.5만 원입니다. 접수는 2026. 11. 26. 까지입니다. 다음 주에 오세요.')).toEqual([
      '수수료는 5.5만 원입니다.',
      '접수는 2026. 11. 26. 까지입니다.',
      '다음 주에 오세요.',
    ]);
    expect(splitSentences('준비물: 1. 신분증 2. 사진')).toEqual(['준비물: 1. 신분증 2. 사진']);
  });

  it('splits a transcript without punctuation at polite and formal endings only', () => {
    expect(splitSentences('여권을 잃어버렸어요 재발급 받으려면 어디로 가야 되나요 필요 서류도 알려주세요 감사합니다')).toEqual([
      '여권을 잃어버렸어요',
      '재발급 받으려면 어디로 가야 되나요',
      '필요 서류도 알려주세요',
      '감사합니다',
    ]);
  });

  it('splits Korean sentences run together and after an ideographic stop', () => {
    expect(splitSentences('신청은 구청에서 합니다.다음으로 사진을 준비하세요。끝')).toEqual([
      '신청은 구청에서 합니다.',
      '다음으로 사진을 준비하세요。',
      '끝',
    ]);
  });

  it('reads English, keeping abbreviations and times whole', () => {
    expect(splitSentences('Mr. Kim called at 3.30 today. He asked about fees! Is it free?')).toEqual([
      'Mr. Kim called at 3.30 today.',
      'He asked about fees!',
      'Is it free?',
    ]);
  });

  it('keeps masked personal data as it is and folds white space', () => {
    expect(splitSentences('  전화번호   010-****-5678 로 문자 드릴게요 감사합니다 ')).toEqual([
      '전화번호 010-****-5678 로 문자 드릴게요',
      '감사합니다',
    ]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n\n  ...  ?!\n')).toEqual([]);
  });
});
