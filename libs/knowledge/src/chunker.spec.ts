import { describe, expect, it } from '@jest/globals';
import { parseArticle } from './article.js';
import { answerableContent, chunkArticle, chunkEmbeddingText } from './chunker.js';
import { articleText } from './testing/article-text.js';

const article = (body?: string) => parseArticle('civil-documents/passport.md', articleText({}, body));

describe(chunkArticle.name, () => {
  it('makes one chunk per section with its heading path, after the Korean and English summary cards', async () => {
    const chunks = await chunkArticle(article());
    expect(chunks.map((c) => [c.kind, c.headingPath.join(' > ')])).toEqual([
      ['summary', '여권 발급 > 요약'],
      ['summary-en', '여권 발급 > English'],
      ['section', '여권 발급 > 무엇인가요'],
      ['section', '여권 발급 > 신청 방법과 준비물'],
      ['section', '여권 발급 > 신청 방법과 준비물 > 미성년자'],
      ['section', '여권 발급 > 요금과 기한'],
    ]);
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts the spoken answer, the Korean questions and the synonyms on the summary card', async () => {
    const [summary, english] = await chunkArticle(article());
    expect(summary.content).toContain('구청 여권민원실에서 신청하실 수 있습니다');
    expect(summary.content).toContain('여권 어디서 만들어요?');
    expect(summary.content).toContain('패스포트');
    expect(english.content).toContain('district office');
  });

  it('splits a section longer than the chunk size and keeps its heading on every part', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `문장 ${i}번은 여권 발급 절차의 한 단계를 설명합니다.`).join(' ');
    const chunks = await chunkArticle(article(`# 여권 발급\n\n## 무엇인가요\n${long}`), { chunkSize: 300, chunkOverlap: 50 });
    const sections = chunks.filter((c) => c.kind === 'section');
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.every((c) => c.content.length <= 300)).toBe(true);
    expect(sections.every((c) => c.headingPath.join('>') === '여권 발급>무엇인가요')).toBe(true);
  });

  it('ignores headings inside code fences', async () => {
    const chunks = await chunkArticle(article('# 여권 발급\n\n## 무엇인가요\n```\n## 이건 제목이 아님\n```\n끝'));
    expect(chunks.filter((c) => c.kind === 'section')).toHaveLength(1);
  });
});

describe(chunkEmbeddingText.name, () => {
  it('puts the heading path before the text', () => {
    expect(chunkEmbeddingText({ headingPath: ['여권 발급', '요금과 기한'], content: '5만 원' })).toBe('여권 발급 > 요금과 기한\n5만 원');
  });
});

describe(answerableContent.name, () => {
  it("leaves the summary cards' lists of callers' questions and keywords out of what an answer may use", async () => {
    const a = article();
    const [summary, english, section] = await chunkArticle(a);
    const ko = answerableContent(summary.content);
    expect(ko).toBe(a.answerVoice);
    expect(ko).not.toMatch(/자주 묻는 질문|키워드|여권 어디서 만들어요\?|패스포트/);
    expect(answerableContent(english.content)).not.toMatch(/Questions:/);
    expect(answerableContent(section.content)).toBe(section.content.trim());
  });
});
