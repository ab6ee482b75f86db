import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** One knowledge-base article, validated: its front-matter and its Markdown body. */
export interface Article {
  id: string;
  title: string;
  category: string;
  department: string;
  source: string;
  reviewed: string;
  validUntil: string | null;
  legalBasis: string | null;
  keywords: string[];
  synonyms: string[];
  questions: string[];
  answerVoice: string;
  answerEn: string;
  body: string;
  /** sha256 of the file as written: an unchanged file is skipped at ingest. */
  contentHash: string;
  /** Path relative to the knowledge-base folder, for messages. */
  file: string;
}

/** A file that breaks the article rules: names the file and the field so an editor can fix it. */
export class ArticleValidationError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ArticleValidationError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(ISO_DATE, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date'),
);
const text = z.string().trim().min(1, 'must not be empty');
const textList = (min: number) =>
  z.array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text)).min(min, `needs at least ${min} entries`);

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case topic id'),
  title: text,
  category: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case category'),
  department: text,
  source: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the official page' }),
  reviewed: isoDate,
  valid_until: isoDate.optional().nullable(),
  legal_basis: text.optional().nullable(),
  keywords: textList(3),
  synonyms: textList(1),
  questions: textList(6),
  answer_voice: text.refine((s) => !/https?:\/\/|www\./i.test(s), 'must not contain a URL (it is read aloud)'),
  answer_en: text,
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses and validates one article. `file` is the path relative to the knowledge-base root,
 * `<category>/<id>.md`: the id and category in the front-matter must agree with it.
 */
export function parseArticle(file: string, raw: string): Article {
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new ArticleValidationError(file, 'front-matter', 'the file must start with a YAML block between --- lines');
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    throw new ArticleValidationError(file, 'front-matter', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null) {
    throw new ArticleValidationError(file, 'front-matter', 'must be a YAML mapping');
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? issue.path.join('.') : 'front-matter';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k as string], data);
    const problem = value === undefined ? 'is required' : issue.message;
    throw new ArticleValidationError(file, field, problem);
  }
  const fm = parsed.data;
  const parts = file.replace(/\\/g, '/').split('/');
  const stem = parts[parts.length - 1].replace(/\.md$/, '');
  const folder = parts.length > 1 ? parts[parts.length - 2] : '';
  if (fm.id !== stem) throw new ArticleValidationError(file, 'id', `is "${fm.id}" but the file is named "${stem}.md"`);
  if (fm.category !== folder) {
    throw new ArticleValidationError(file, 'category', `is "${fm.category}" but the file is in the folder "${folder}"`);
  }
  const body = match[2].trim();
  if (!/^# \S/m.test(body)) throw new ArticleValidationError(file, 'body', 'needs an H1 title line ("# ...")');
  if (!/^## \S/m.test(body)) throw new ArticleValidationError(file, 'body', 'needs at least one H2 section ("## ...")');
  return {
    id: fm.id,
    title: fm.title,
    category: fm.category,
    department: fm.department,
    source: fm.source,
    reviewed: fm.reviewed,
    validUntil: fm.valid_until ?? null,
    legalBasis: fm.legal_basis ?? null,
    keywords: fm.keywords,
    synonyms: fm.synonyms,
    questions: fm.questions,
    answerVoice: fm.answer_voice,
    answerEn: fm.answer_en,
    body,
    contentHash: createHash('sha256').update(raw.replace(/\r\n/g, '\n')).digest('hex'),
    file,
  };
}
