import { readFile, stat } from 'node:fs/promises';
import { MAX_SOURCE_CHARS, TranscriptError, decodeTranscript, parseTranscript, summarizeMeeting } from '#libs/meetings';
import { parseArgs } from './args.js';

const USAGE = 'usage: npm run meeting:summarize -- <file> [--date YYYY-MM-DD] [--format vtt|srt|txt]\n';
const FORMATS = ['auto', 'vtt', 'srt', 'txt'] as const;
/** A character takes at most 4 bytes in UTF-8: a larger file cannot be within the limit, and is not read. */
const MAX_FILE_BYTES = 4 * MAX_SOURCE_CHARS;

/**
 * `npm run meeting:summarize -- <file>`: the extractive summary of a meeting transcript (WebVTT, SRT or text with
 * speaker labels) as JSON — summary sentences, decisions, action items with owner and due date, open questions, each
 * pointing at its lines in the file. `--date` is the meeting's day, for "다음 주 금요일" (today by default).
 * Exit 2 for a bad file or arguments. Runs offline: no database, no model.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  const files = argv.filter((a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && args.get(argv[i - 1].slice(2)) === a));
  const format = args.get('format') ?? 'auto';
  const date = args.get('date');
  if (files.length !== 1 || !FORMATS.includes(format as (typeof FORMATS)[number])) return fail(USAGE);
  const badDate = date !== undefined && (typeof date !== 'string' || !isIsoDate(date));
  if (badDate) return fail(`--date must be a date like 2026-11-26, not ${date}\n`);
  const [file] = files;

  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail(`${file}: not a file\n`);
    if (info.size > MAX_FILE_BYTES) return fail(`${file}: the file is ${info.size} bytes, too long for a transcript (TOO_LONG)\n`);
    bytes = await readFile(file);
  } catch (error) {
    return fail(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
  }

  try {
    const transcript = parseTranscript(decodeTranscript(bytes), format as (typeof FORMATS)[number]);
    const summary = await summarizeMeeting(transcript, {
      meetingDate: date,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\rpart ${done}/${total}${done === total ? '\n' : ''}`);
      },
    });
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof TranscriptError) return fail(`${file}: ${error.message} (${error.code})\n`);
    throw error;
  }
}

function fail(message: string): number {
  process.stderr.write(message);
  return 2;
}

function isIsoDate(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

main().then((code) => process.exit(code));
