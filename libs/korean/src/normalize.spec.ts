import { describe, expect, it } from '@jest/globals';
import { charNgrams, contentWords, isMostlyKorean, normalizeText, stripSuffix } from './normalize.js';
import { compact, keywordTermOccurrences, keywordTerms } from './terms.js';

describe('normalizeText', () => {
  it('lower-cases, folds width and turns punctuation into spaces', () => {
    expect(normalizeText('  여권，발급?! ＡＢＣ  ')).toBe('여권 발급 abc');
  });
});

describe(stripSuffix.name, () => {
  it('strips particles and endings when a stem of two syllables remains', () => {
    expect(stripSuffix('여권을')).toBe('여권');
    expect(stripSuffix('구청에서')).toBe('구청');
    expect(stripSuffix('과태료는')).toBe('과태료');
  });

  it('leaves short words and non-Korean words alone', () => {
    expect(stripSuffix('차가')).toBe('차가');
    expect(stripSuffix('passport')).toBe('passport');
  });
});

describe(contentWords.name, () => {
  it('drops fillers and question words a caller says around the point', () => {
    expect(contentWords('어 저기요 그 여권을 어디서 만들어요?')).toEqual(['여권', '만들어']);
  });

  it('keeps English content words and drops English function words', () => {
    expect(contentWords('How do I renew my passport?')).toEqual(['renew', 'passport']);
  });
});

describe(charNgrams.name, () => {
  it('gives the same bigrams however the caller spaced the words', () => {
    expect(charNgrams(contentWords('주차 위반 과태료'), 2)).toEqual(charNgrams(contentWords('주차위반과태료'), 2));
  });

  it('keeps Latin words whole instead of gluing them to Korean', () => {
    expect(charNgrams(['따릉이', 'app'], 2)).toEqual(['따릉', '릉이', 'ap', 'pp']);
  });
});

describe(keywordTerms.name, () => {
  it('returns each stem and bigram once', () => {
    const terms = keywordTerms('여권 여권 발급');
    expect(terms.filter((t) => t === '여권')).toHaveLength(1);
    expect(terms).toEqual(expect.arrayContaining(['여권', '발급', '권발']));
  });

  it('keeps repeated occurrences for documents, so term frequency counts', () => {
    expect(keywordTermOccurrences('여권 여권').filter((t) => t === '여권').length).toBeGreaterThan(1);
  });
});

describe('compact and isMostlyKorean', () => {
  it('removes all spacing', () => {
    expect(compact('주차 딱지 ')).toBe('주차딱지');
  });

  it('tells Korean from English text', () => {
    expect(isMostlyKorean('여권 renew')).toBe(true);
    expect(isMostlyKorean('How do I renew my 여권')).toBe(false);
  });
});
