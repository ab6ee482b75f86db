import { KnowledgeSearchService } from '../modules/knowledge/knowledge-search.service.js';
import { cliConfig, createCliContext, parseArgs } from './cli-context.js';

/**
 * `npm run kb:search -- "질문"`: what the retrieval finds for a question, with each channel's rank — for
 * article editors checking that a question lands on the right article. Uses the configured database.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  const query = argv
    .filter((a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && args.get(argv[i - 1].slice(2)) === a))
    .join(' ');
  if (!query.trim()) {
    process.stderr.write('usage: npm run kb:search -- "<question>" [--limit 5] [--chunks]\n');
    return 2;
  }
  const app = await createCliContext(cliConfig());
  try {
    const result = await app.get(KnowledgeSearchService).search(query, {
      limit: Number(args.get('limit') ?? 5),
      perDocument: !args.has('chunks'),
    });
    const out = [
      `query: ${result.query.text}${result.query.expansions.length ? `  (expanded: ${result.query.expansions.join(', ')})` : ''}`,
      `confidence: ${result.confidence.toFixed(3)} ${JSON.stringify(result.features)}`,
      ...result.hits.map(
        (h, i) =>
          `${i + 1}. ${h.topicId} v${h.version} — ${h.headingPath.join(' > ')}  score ${h.score.toFixed(4)} ` +
          `vector #${h.vectorRank ?? '-'} (${h.similarity?.toFixed(3) ?? '-'}) keyword #${h.keywordRank ?? '-'}`,
      ),
    ];
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    await app.close();
  }
}

main().then((code) => process.exit(code));
