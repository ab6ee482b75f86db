import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Article, ArticleValidationError, parseArticle } from './article.js';

/** Every problem found in one pass over the knowledge base, so an editor can fix them all at once. */
export class KnowledgeBaseInvalidError extends Error {
  constructor(readonly problems: ArticleValidationError[]) {
    super(`The knowledge base has ${problems.length} invalid article(s):\n` + problems.map((p) => `  - ${p.message}`).join('\n'));
    this.name = 'KnowledgeBaseInvalidError';
  }
}

/** Reads and validates every `<category>/<id>.md` below `root` (README.md files are documentation, not articles). */
export async function loadKnowledgeBase(root: string): Promise<Article[]> {
  const files = await markdownFiles(root);
  const articles: Article[] = [];
  const problems: ArticleValidationError[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const file = relative(root, path).replace(/\\/g, '/');
    try {
      const article = parseArticle(file, await readFile(path, 'utf8'));
      const other = seen.get(article.id);
      if (other) throw new ArticleValidationError(file, 'id', `"${article.id}" is already used by ${other}`);
      seen.set(article.id, file);
      articles.push(article);
    } catch (error) {
      if (error instanceof ArticleValidationError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length) throw new KnowledgeBaseInvalidError(problems);
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...(await markdownFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md') out.push(path);
  }
  return out.sort();
}
