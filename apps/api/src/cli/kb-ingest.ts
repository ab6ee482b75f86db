import { KnowledgeBaseService } from '../modules/knowledge/knowledge-base.service.js';
import { KnowledgeError } from '../modules/knowledge/knowledge.errors.js';
import { cliConfig, createCliContext } from './cli-context.js';

/** `npm run kb:ingest`: validates every article and brings the database in line with the knowledge base. */
async function main(): Promise<number> {
  const config = cliConfig().override({ KB_AUTO_INGEST: false });
  const app = await createCliContext(config);
  try {
    const report = await app.get(KnowledgeBaseService).ingest();
    const line = (label: string, ids: string[]) =>
      `${label.padEnd(11)} ${String(ids.length).padStart(3)}${ids.length ? `  ${ids.join(', ')}` : ''}`;
    process.stdout.write(
      [
        `Knowledge base ${config.get('KB_DIR')} → ${config.databaseBackend} (${report.model})`,
        line('added', report.added),
        line('changed', report.changed),
        line('re-embedded', report.reembedded),
        line('skipped', report.skipped),
        line('removed', report.removed),
        `chunks written: ${report.chunksWritten}`,
      ].join('\n') + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      process.stderr.write(`${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main().then((code) => process.exit(code));
