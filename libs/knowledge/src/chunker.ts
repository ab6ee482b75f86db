import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { isMostlyKorean } from '#libs/korean';
import type { Article } from './article.js';

export type ChunkKind = 'summary' | 'summary-en' | 'section';

/** A retrievable piece of an article: one section (or part of a long one), or the article's summary card. */
export interface ArticleChunk {
  index: number;
  kind: ChunkKind;
  /** Headings from the H1 down to the section this text sits in. */
  headingPath: string[];
  content: string;
}

export interface ChunkOptions {
  /** Characters a chunk may hold before a section is split further. */
  chunkSize?: number;
  chunkOverlap?: number;
}

/** The summary cards' headings, under the article title. */
export const SUMMARY_HEADING = '요약';
export const ENGLISH_SUMMARY_HEADING = 'English';
/** Labels of the summary cards' lists (how callers ask, keywords): there for retrieval to match, never to be read out. */
const CARD_LISTS = { questions: '자주 묻는 질문', keywords: '키워드', questionsEn: 'Questions' } as const;
const CARD_LIST_LINE = new RegExp(`^(${Object.values(CARD_LISTS).join('|')}):.*$\\n?`, 'gm');

/** A chunk's text without the summary cards' lists: what an answer may be made of. */
export function answerableContent(content: string): string {
  return content.replace(CARD_LIST_LINE, '').trim();
}

/**
 * Splits an article along its Markdown headings (each H2/H3 section becomes its own chunk with its heading path),
 * splits sections longer than `chunkSize` with LangChain's Markdown-aware recursive splitter, and adds summary
 * cards built from the front-matter — in Korean (the spoken answer, the ways callers ask, keywords and synonyms)
 * and in English (the English answer and questions) — which are what most short questions match best.
 */
export async function chunkArticle(article: Article, options: ChunkOptions = {}): Promise<ArticleChunk[]> {
  const splitter = RecursiveCharacterTextSplitter.fromLanguage('markdown', {
    chunkSize: options.chunkSize ?? 700,
    chunkOverlap: options.chunkOverlap ?? 100,
  });
  const chunks: ArticleChunk[] = [
    {
      index: 0,
      kind: 'summary',
      headingPath: [article.title, SUMMARY_HEADING],
      content: [
        article.answerVoice,
        `${CARD_LISTS.questions}: ${article.questions.filter(isMostlyKorean).join(' / ')}`,
        `${CARD_LISTS.keywords}: ${[...article.keywords, ...article.synonyms].join(', ')}`,
      ].join('\n'),
    },
  ];
  const english = article.questions.filter((q) => !isMostlyKorean(q));
  chunks.push({
    index: chunks.length,
    kind: 'summary-en',
    headingPath: [article.title, ENGLISH_SUMMARY_HEADING],
    content: [article.answerEn, ...(english.length ? [`${CARD_LISTS.questionsEn}: ${english.join(' / ')}`] : [])].join('\n'),
  });
  for (const section of sections(article)) {
    const parts = section.text.length > (options.chunkSize ?? 700) ? await splitter.splitText(section.text) : [section.text];
    for (const part of parts) {
      const content = part.trim();
      if (content) chunks.push({ index: chunks.length, kind: 'section', headingPath: section.headingPath, content });
    }
  }
  return chunks;
}

/** The text an embedding model sees for a chunk: where it sits, then what it says. */
export function chunkEmbeddingText(chunk: Pick<ArticleChunk, 'headingPath' | 'content'>): string {
  return `${chunk.headingPath.join(' > ')}\n${chunk.content}`;
}

interface Section {
  headingPath: string[];
  text: string;
}

function sections(article: Article): Section[] {
  const out: Section[] = [];
  const path: string[] = [article.title];
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) out.push({ headingPath: [...path], text });
    lines = [];
  };
  let inFence = false;
  for (const line of article.body.split('\n')) {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) {
      lines.push(line);
      continue;
    }
    flush();
    const level = heading[1].length;
    if (level === 1) {
      path.splice(0, path.length, heading[2]);
    } else {
      path.splice(level - 1, path.length, heading[2]);
      while (path.length < level) path.splice(path.length - 1, 0, '');
    }
  }
  flush();
  return out.map((s) => ({ ...s, headingPath: s.headingPath.filter(Boolean) }));
}
