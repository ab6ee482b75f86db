import { describe, expect, it } from '@jest/globals';
import { ArticleValidationError, parseArticle } from './article.js';
import { articleText } from './testing/article-text.js';

describe(parseArticle.name, () => {
  it('reads the front-matter and the body of a valid article', () => {
    const sut = parseArticle('civil-documents/passport.md', articleText());
    expect(sut).toMatchObject({
      id: 'passport',
      category: 'civil-documents',
      reviewed: '2026-11-26',
      validUntil: null,
      questions: expect.arrayContaining(['여권 어디서 만들어요?']),
    });
    expect(sut.body.startsWith('# 여권 발급')).toBe(true);
    expect(sut.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash whatever the line endings', () => {
    const unix = parseArticle('civil-documents/passport.md', articleText());
    const windows = parseArticle('civil-documents/passport.md', articleText().replace(/\n/g, '\r\n'));
    expect(windows.contentHash).toBe(unix.contentHash);
  });

  it.each([
    ['a missing field', articleText({ source: undefined }), 'source', /required/],
    ['a source that is not a URL', articleText({ source: 'passport.go.kr' }), 'source', /URL/],
    ['a date that is not a date', articleText({ reviewed: '2026-13-45' }), 'reviewed', /date/],
    ['too few questions', articleText({ questions: ['여권?'] }), 'questions', /at least 6/],
    ['a URL in the spoken answer', articleText({ answer_voice: 'www.passport.go.kr 에서 보세요.' }), 'answer_voice', /URL/],
    ['an id that is not the file name', articleText({ id: 'visa' }), 'id', /file is named/],
    ['a category that is not the folder', articleText({ category: 'welfare' }), 'category', /folder/],
    ['no front-matter', '# 여권 발급\n\n## 무엇인가요\n', 'front-matter', /YAML block/],
    ['broken YAML', articleText().replace('title: 여권 발급', 'title: [여권'), 'front-matter', /YAML/],
    ['a body without sections', articleText({}, '# 여권 발급\n\n본문뿐입니다.'), 'body', /H2/],
  ])('rejects %s, naming the file and the field', (_, text, field, problem) => {
    let error: unknown;
    try {
      parseArticle('civil-documents/passport.md', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect((error as ArticleValidationError).file).toBe('civil-documents/passport.md');
    expect((error as ArticleValidationError).field).toBe(field);
    expect((error as ArticleValidationError).message).toMatch(problem);
  });
});
