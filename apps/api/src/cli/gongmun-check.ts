import { readFileSync } from 'node:fs';
import { checkGongmun, type GongmunKind } from '#libs/gongmun';
import { parseArgs } from './args.js';

/**
 * `npm run gongmun:check -- <file> [--kind letter|minutes|press-release]`: checks a 공문 (a UTF-8 plain-text file)
 * against the official format and plain-language rules. Prints one JSON object per finding, one per line; exits 1
 * when there is an error, 0 when there are only warnings or nothing, 2 on bad arguments or a file that is not
 * readable UTF-8 text. Needs no database or configuration.
 */

const USAGE = 'usage: npm run gongmun:check -- <file> [--kind letter|minutes|press-release]\n';
const KINDS: readonly GongmunKind[] = ['letter', 'minutes', 'press-release'];

class UsageError extends Error {}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.includes(0)) throw new UsageError(`${path} is not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not valid UTF-8 text`);
  }
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const files = argv.filter((a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && args.get(argv[i - 1].slice(2)) === a));
  const unknown = [...args.keys()].filter((name) => name !== 'kind');
  const kind = args.get('kind') ?? 'letter';
  try {
    if (args.has('help')) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (files.length !== 1 || unknown.length)
      throw new UsageError(unknown.length ? `unknown option --${unknown[0]}` : 'give exactly one file');
    if (typeof kind !== 'string' || !KINDS.includes(kind as GongmunKind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    const result = checkGongmun(readText(files[0]), { kind: kind as GongmunKind });
    for (const { rule, severity, line, column, message, suggestion } of result.findings) {
      process.stdout.write(JSON.stringify({ rule, severity, line, column, message, suggestion }) + '\n');
    }
    return result.errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
}

// A reader that stops early (`| head`) is not an error; the exit code still says whether there were errors.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = main(process.argv.slice(2));
