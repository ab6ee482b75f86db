import { describe, expect, it } from '@jest/globals';
import { acceptGrounded } from './grounded-llm-answer.js';
import { type Passage, composeExtractiveAnswer } from './extractive-answer.js';
import { forSpeech, sentences, stripMarkdown, toSsml } from './spoken-style.js';

const passage = (content: string, i = 1): Passage => ({
  chunkId: `c${i}`,
  topicId: 'passport',
  title: '여권 발급',
  headingPath: ['여권 발급', '요금과 기한'],
  content,
  sourceUrl: 'https://www.passport.go.kr',
  version: 2,
});
const article = {
  topicId: 'passport',
  answerVoice: '여권은 가까운 구청 여권민원실에서 신청하실 수 있습니다. 신분증과 여권용 사진 한 장을 가져오세요.',
  answerEn: 'You can apply at your district office. Bring your ID and one passport photo.',
};

describe('spoken style', () => {
  it('strips Markdown and web addresses', () => {
    expect(stripMarkdown('## 요금\n- **10년** 복수여권: 5만 원 [누리집](https://www.passport.go.kr) https://www.gov.kr')).toBe(
      '요금\n10년 복수여권: 5만 원 누리집',
    );
  });

  it('splits Korean sentences and ends each with a stop', () => {
    expect(sentences('신청은 구청에서 합니다. 수수료는 5만 원이에요\n처리 기간은 1주일입니다')).toEqual([
      '신청은 구청에서 합니다.',
      '수수료는 5만 원이에요.',
      '처리 기간은 1주일입니다.',
    ]);
  });

  it('reads brackets as part of the sentence', () => {
    expect(forSpeech('수수료는 5만 원(58면 기준)입니다.')).toBe('수수료는 5만 원, 58면 기준, 입니다.');
    expect(forSpeech('문의: 120')).toBe('문의, 120');
  });

  it('writes SSML with pauses and phone numbers read as numbers', () => {
    const ssml = toSsml(['1588-4388로 전화하세요.', '감사합니다.'], 'ko');
    expect(ssml).toBe(
      '<speak xml:lang="ko-KR"><s><say-as interpret-as="telephone">1588-4388</say-as>로 전화하세요.</s><break time="300ms"/><s>감사합니다.</s></speak>',
    );
  });

  it('escapes what would break the XML', () => {
    expect(toSsml(['A & B <tag>'], 'en')).toContain('<s>A &amp; B &lt;tag&gt;</s>');
  });
});

describe(composeExtractiveAnswer.name, () => {
  it("answers a first question with the article's prepared spoken answer, citing its passage", () => {
    const sut = composeExtractiveAnswer({
      question: '여권 어디서 만들어요',
      language: 'ko',
      article,
      passages: [passage('수수료는 5만 원입니다.')],
      followUp: false,
    });
    expect(sut!.sentences).toEqual(['여권은 가까운 구청 여권민원실에서 신청하실 수 있습니다.', '신분증과 여권용 사진 한 장을 가져오세요.']);
    expect(sut!.cited.map((p) => p.chunkId)).toEqual(['c1']);
  });

  it('answers in English from the English answer', () => {
    const sut = composeExtractiveAnswer({
      question: 'where do I apply',
      language: 'en',
      article,
      passages: [passage('x')],
      followUp: false,
    });
    expect(sut!.sentences[0]).toBe('You can apply at your district office.');
  });

  it('answers a follow-up with the passage sentences that share its words', () => {
    const passages = [
      passage(
        '## 요금과 기한\n- 10년 복수여권 수수료는 5만 원입니다.\n- 처리 기간은 보통 1주일 안팎입니다.\n- 긴급여권은 공항에서도 발급합니다.',
        1,
      ),
    ];
    const sut = composeExtractiveAnswer({ question: '그럼 수수료는요?', language: 'ko', article, passages, followUp: true });
    expect(sut!.sentences).toEqual(['10년 복수여권 수수료는 5만 원입니다.']);
  });

  it('never answers with a question the passage asks', () => {
    const passages = [passage('여권은 구청 여권민원실에서 신청합니다. 여권을 인터넷으로 재발급 신청할 수 있습니까?', 0)];
    const sut = composeExtractiveAnswer({ question: '여권 재발급은 어떻게 하나요', language: 'ko', article, passages, followUp: true });
    expect(sut!.sentences).toEqual(['여권은 구청 여권민원실에서 신청합니다.']);
  });

  it('says nothing rather than something unrelated', () => {
    expect(
      composeExtractiveAnswer({
        question: '주차 딱지',
        language: 'ko',
        article: null,
        passages: [passage('여권 수수료는 5만 원입니다.')],
        followUp: true,
      }),
    ).toBeNull();
  });

  it('notices a web address it left out, to offer a text message instead', () => {
    const sut = composeExtractiveAnswer({
      question: '예약은 어디서 해요',
      language: 'ko',
      article: null,
      passages: [passage('예약은 누리집 https://yeyak.seoul.go.kr 에서 합니다.')],
      followUp: true,
    });
    expect(sut!.droppedUrl).toBe(true);
    expect(sut!.sentences.join(' ')).not.toMatch(/https?:|yeyak/);
  });
});

describe(acceptGrounded.name, () => {
  const passages = [passage('수수료는 5만 원입니다.', 1), passage('구청에서 신청합니다.', 2)];

  it('keeps a cited answer, without the markers, citing what it used', () => {
    const sut = acceptGrounded('여권은 구청에서 신청합니다 [2]. 수수료는 5만 원입니다 [1].', passages);
    expect(sut).toEqual({
      ok: true,
      sentences: ['여권은 구청에서 신청합니다.', '수수료는 5만 원입니다.'],
      cited: [passages[0], passages[1]],
    });
  });

  it('rejects an answer with a sentence that cites nothing, or cites a passage it was not given', () => {
    expect(acceptGrounded('여권은 구청에서 신청합니다 [1]. 그리고 무료입니다.', passages)).toMatchObject({
      ok: false,
      reason: 'no-citation',
    });
    expect(acceptGrounded('무료입니다 [7].', passages)).toMatchObject({ ok: false, reason: 'no-citation' });
  });

  it('rejects an empty answer', () => {
    expect(acceptGrounded('  ', passages)).toMatchObject({ ok: false, reason: 'empty' });
  });
});
