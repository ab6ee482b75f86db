import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { compact } from '#libs/korean';

/**
 * The domain's query-time synonyms: each canonical phrase with the words callers use for it
 * ("딱지" for a parking fine, "장롱" for bulky waste). A query that contains a variant (spacing ignored)
 * is expanded with the canonical phrase.
 */
export class SynonymLexicon {
  private readonly entries: { canonical: string; variants: string[] }[];

  constructor(map: Record<string, readonly string[]>) {
    this.entries = Object.entries(map).map(([canonical, variants]) => ({
      canonical,
      variants: [...new Set(variants.map(compact).filter((v) => v.length > 0))].sort((a, b) => b.length - a.length),
    }));
  }

  static empty(): SynonymLexicon {
    return new SynonymLexicon({});
  }

  /** Reads `synonyms.yaml`: a mapping from canonical phrase to a list of variants. */
  static async fromFile(path: string): Promise<SynonymLexicon> {
    const data = parseYaml(await readFile(path, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`${path}: must be a mapping from a canonical phrase to a list of variants`);
    }
    const map: Record<string, string[]> = {};
    for (const [canonical, variants] of Object.entries(data as Record<string, unknown>)) {
      if (!Array.isArray(variants) || variants.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
        throw new Error(`${path}: "${canonical}" must list its variants as strings`);
      }
      map[canonical] = variants.map(String);
    }
    return new SynonymLexicon(map);
  }

  /**
   * The lexicon every article brings by itself: its keywords and synonyms point at its title, so that a caller
   * who says "딱지" is also searched for "주정차 위반 과태료".
   */
  static fromArticles(articles: readonly { title: string; keywords: readonly string[]; synonyms: readonly string[] }[]): SynonymLexicon {
    const map: Record<string, string[]> = {};
    for (const a of articles) map[a.title] = [...(map[a.title] ?? []), ...a.keywords, ...a.synonyms].filter((v) => compact(v).length >= 2);
    return new SynonymLexicon(map);
  }

  /** This lexicon and another, as one. */
  merge(other: SynonymLexicon): SynonymLexicon {
    const merged = new SynonymLexicon({});
    merged.entries.push(...this.entries, ...other.entries);
    return merged;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The canonical phrases whose variants occur in the text. */
  expansions(text: string): string[] {
    const haystack = compact(text);
    const found: string[] = [];
    for (const { canonical, variants } of this.entries) {
      if (variants.some((v) => haystack.includes(v))) found.push(canonical);
    }
    return found;
  }
}
