import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { durationMs, parseWav, resample, toWav } from '../../libs/audio/src/index.js';

export { TwilioCaller as TwilioTestClient } from '../../apps/api/src/cli/twilio-caller.js';

const run = promisify(execFile);
const FIXTURES = join(process.cwd(), 'test-artifacts', 'voice');

/**
 * A Korean (or English) sentence spoken by espeak-ng, kept as an 8 kHz μ-law WAV file as a telephone line carries
 * it, and read back from that file: the recordings the voice tests stream.
 */
export async function recording(text: string, language: 'ko' | 'en' = 'ko'): Promise<{ file: string; samples: Int16Array; ms: number }> {
  mkdirSync(FIXTURES, { recursive: true });
  const file = join(FIXTURES, `${createHash('sha1').update(`${language}:${text}`).digest('hex').slice(0, 12)}.ulaw.wav`);
  if (!existsSync(file)) {
    const { stdout } = await run('espeak-ng', ['-v', language === 'en' ? 'en-us' : 'ko', '--stdout', text], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    const spoken = parseWav(new Uint8Array(stdout));
    writeFileSync(file, toWav(resample(spoken.samples, spoken.sampleRate, 8000), 8000, 'mulaw'));
  }
  const wav = parseWav(new Uint8Array(readFileSync(file)));
  if (wav.sampleRate !== 8000) throw new Error(`${file} is not 8 kHz`);
  return { file, samples: wav.samples, ms: durationMs(wav.samples, 8000) };
}
