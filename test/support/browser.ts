import { afterAll, beforeAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';

const ROOT = process.cwd();
/** Screenshots of every step, to look at (git-ignored). */
export const SHOTS = join(ROOT, 'test-artifacts/screenshots');
/** The longest any browser wait may take. */
export const WAIT = 15_000;

/** Debian's Chromium, headless, with nothing reaching out to the network (this machine's network is closed). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs` add Chromium switches for one test file (e.g. a WAV file as a fake microphone). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs], timeout: WAIT });
}

/** Polls `read` until `accept` holds (at most `timeoutMs`), and returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = WAIT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export const text = async (locator: Locator) => ((await locator.textContent({ timeout: WAIT })) ?? '').trim();

/** A full-page screenshot from the top, with no hover state left by the last click. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  // From the top: the sticky top bar and side panels then sit where they belong in the full-page picture.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Builds the console once for a test file, with Vite's JavaScript API, into a folder of its own that the API serves
 * (pass it as CONSOLE_DIR), removed after the file. Vite runs in a child Node process: inside Jest's module sandbox,
 * Rolldown's native binding rejects the plugin objects ("Value is none of these types `BindingPluginOptions`...").
 * Call at the top level of the file: hooks run in the order they are registered, so the build comes first.
 */
export function builtConsole(prefix: string): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const options = { configFile: join(ROOT, 'apps/agent-console/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } };
    const script = `import { build } from 'vite'; await build(${JSON.stringify(options)});`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, timeout: 120_000 });
    if (!existsSync(join(outDir, 'index.html'))) throw new Error(`the console build wrote no index.html to ${outDir}`);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  return outDir;
}
