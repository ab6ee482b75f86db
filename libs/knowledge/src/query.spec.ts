import { describe, expect, it } from '@jest/globals';
import { prepareQuery } from './query.js';
import { SynonymLexicon } from './synonym-lexicon.js';

const lexicon = new SynonymLexicon({ '주정차 위반 과태료': ['딱지', '주차 딱지'], 대형폐기물: ['장롱'] });

describe(prepareQuery.name, () => {
  it('drops fillers and expands synonyms, spacing ignored', () => {
    const q = prepareQuery('어 저기요 주차딱지 떼였는데요', lexicon);
    expect(q.text).toBe('주차딱지 떼였는데요 주정차 위반 과태료');
    expect(q.expansions).toEqual(['주정차 위반 과태료']);
    expect(q.terms).toEqual(expect.arrayContaining(['과태료', '주차', '딱지']));
  });

  it('leaves a query without known variants as it is', () => {
    expect(prepareQuery('여권 발급', lexicon).expansions).toEqual([]);
  });
});

describe(SynonymLexicon.name, () => {
  it("points an article's own keywords and synonyms at its title", () => {
    const sut = SynonymLexicon.fromArticles([{ title: '견인 차량 찾기', keywords: ['견인'], synonyms: ['차 끌려감', '차'] }]);
    expect(sut.expansions('차가 끌려 갔어요')).toEqual([]);
    expect(sut.expansions('차 끌려감')).toEqual(['견인 차량 찾기']);
    expect(sut.merge(lexicon).size).toBe(3);
  });
});
