import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { articleText } from '../../libs/knowledge/src/testing/article-text.js';

export interface ArticleSpec {
  id: string;
  category: string;
  title: string;
  keywords: string[];
  body: string;
  validUntil?: string;
}

/** Small, distinct articles for ingestion tests. */
export const ARTICLES: ArticleSpec[] = [
  {
    id: 'passport',
    category: 'civil-documents',
    title: '여권 발급',
    keywords: ['여권', '여권 발급', '여권 재발급'],
    body: '# 여권 발급\n\n## 무엇인가요\n여권은 해외여행에 필요한 신분증입니다.\n\n## 요금과 기한\n10년 복수여권 수수료는 5만 원입니다.',
  },
  {
    id: 'bulky-waste',
    category: 'environment',
    title: '대형폐기물 배출',
    keywords: ['대형폐기물', '장롱', '소파'],
    body: '# 대형폐기물 배출\n\n## 무엇인가요\n장롱, 소파, 침대처럼 큰 쓰레기는 구청에 신고하고 스티커를 붙여 내놓습니다.\n\n## 요금과 기한\n수수료는 품목과 크기에 따라 다릅니다.',
  },
  {
    id: 'towed-vehicle',
    category: 'transport',
    title: '견인 차량 찾기',
    keywords: ['견인', '견인보관소', '차 없어짐'],
    body: '# 견인 차량 찾기\n\n## 무엇인가요\n불법 주차로 견인된 차는 견인보관소에서 찾습니다.\n\n## 요금과 기한\n견인료와 보관료를 냅니다.',
  },
];

/** Writes a knowledge-base folder with the given articles; returns its path and a way to change it. */
export async function createKnowledgeBase(specs: ArticleSpec[] = ARTICLES) {
  const root = await mkdtemp(join(tmpdir(), 'dasan-kb-'));
  const write = async (spec: ArticleSpec, overrides: Record<string, unknown> = {}) => {
    const path = join(root, spec.category, `${spec.id}.md`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(
      path,
      articleText(
        {
          id: spec.id,
          category: spec.category,
          title: spec.title,
          keywords: spec.keywords,
          ...(spec.validUntil ? { valid_until: spec.validUntil } : {}),
          ...overrides,
        },
        spec.body,
      ),
    );
  };
  for (const spec of specs) await write(spec);
  return {
    root,
    write,
    writeRaw: async (relative: string, text: string) => {
      await mkdir(dirname(join(root, relative)), { recursive: true });
      await writeFile(join(root, relative), text);
    },
    remove: (spec: ArticleSpec) => rm(join(root, spec.category, `${spec.id}.md`)),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
