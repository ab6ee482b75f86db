import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseWav, speechLike, toWav } from '../../libs/audio/src/index.js';
import { LocalHashEmbeddings } from '../../libs/llm/src/index.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A part of a multipart/form-data body. */
interface FormPart {
  filename?: string;
  data: Buffer;
}

/**
 * A local HTTP server speaking the OpenAI (`/v1/embeddings`, `/v1/chat/completions`, `/v1/audio/transcriptions`,
 * `/v1/audio/speech`) and Ollama (`/api/embed`) protocols, so that tests drive the real provider clients. Its vectors
 * come from a small hashing model, so they carry meaning and retrieval over them can be checked. A transcription
 * request is recorded with its fields and file (`{ model, language, response_format, prompt, file: { name, bytes,
 * sampleRate, durationMs } }`).
 */
export class FakeModelServer {
  readonly requests: RecordedRequest[] = [];
  /** Set to make the next responses fail with this HTTP status. */
  failWith: number | null = null;
  /** What the fake chat model answers to a request (its messages), and after how long. */
  chat: (messages: { role: string; content: string }[]) => { content: string; delayMs?: number } = () => ({ content: '' });
  /** What the fake recogniser hears in an uploaded WAV, and after how long it answers. */
  transcribe: (audio: { samples: Int16Array; sampleRate: number; language: string; model: string }) => { text: string; delayMs?: number } =
    () => ({ text: '' });
  /** The audio the fake synthesiser answers (sent as a WAV), and after how long; default ~60 ms of speech-like sound a character. */
  speech: (input: string, voice: string) => { samples: Int16Array; sampleRate: number; delayMs?: number } = (input) => ({
    samples: speechLike(Math.min(10_000, 60 * input.length), 24_000),
    sampleRate: 24_000,
  });
  private readonly model: LocalHashEmbeddings;
  private server!: Server;

  constructor(readonly dimensions = 64) {
    this.model = new LocalHashEmbeddings({ dimensions });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = req.headers['content-type'] ?? '';
    const form = contentType.startsWith('multipart/form-data') ? parseMultipart(raw, contentType) : undefined;
    const wav = form?.get('file') ? tryParseWav(form.get('file')!.data) : undefined;
    const body: Record<string, unknown> = form
      ? {
          ...Object.fromEntries([...form].filter(([name]) => name !== 'file').map(([name, part]) => [name, part.data.toString('utf8')])),
          ...(form.get('file') && {
            file: {
              name: form.get('file')!.filename,
              bytes: form.get('file')!.data.length,
              sampleRate: wav?.sampleRate,
              durationMs: wav && (wav.samples.length * 1000) / wav.sampleRate,
            },
          }),
        }
      : chunks.length
        ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>)
        : {};
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (this.failWith) return send(this.failWith, { error: { message: 'the fake model server was told to fail', type: 'server_error' } });

    if (req.method === 'POST' && req.url === '/v1/embeddings') {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      const base64 = body.encoding_format === 'base64';
      return send(200, {
        object: 'list',
        model: body.model,
        data: input.map((text, index) => {
          const vector = this.model.embed(text);
          return {
            object: 'embedding',
            index,
            embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
          };
        }),
        usage: { prompt_tokens: input.length, total_tokens: input.length },
      });
    }
    if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      const { content, delayMs } = this.chat(body.messages as { role: string; content: string }[]);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed) return;
      return send(200, {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    if (req.method === 'POST' && req.url === '/v1/audio/transcriptions') {
      if (!wav) return send(400, { error: { message: 'file: a WAV file is required', type: 'invalid_request_error' } });
      const { text, delayMs } = this.transcribe({ ...wav, language: String(body.language), model: String(body.model) });
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed) return;
      return send(200, { text });
    }
    if (req.method === 'POST' && req.url === '/v1/audio/speech') {
      const { samples, sampleRate, delayMs } = this.speech(String(body.input), String(body.voice));
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed) return;
      const bytes = toWav(samples, sampleRate);
      res.writeHead(200, { 'content-type': 'audio/wav' });
      for (let offset = 0; offset < bytes.length; offset += 4001) res.write(bytes.subarray(offset, offset + 4001)); // odd pieces
      return void res.end();
    }
    if (req.method === 'POST' && req.url === '/api/embed') {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      return send(200, { model: body.model, embeddings: input.map((text) => this.model.embed(text)) });
    }
    send(404, { error: `no route ${req.method} ${req.url}` });
  }
}

/** The parts of a multipart/form-data body, by field name. */
function parseMultipart(body: Buffer, contentType: string): Map<string, FormPart> {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) throw new Error(`multipart body without a boundary: ${contentType}`);
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts = new Map<string, FormPart>();
  for (let start = body.indexOf(delimiter); start !== -1;) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // after the delimiter's CRLF, before the next one's
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const name = /;\s*name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) parts.set(name, { filename: /;\s*filename="([^"]*)"/i.exec(headers)?.[1], data: part.subarray(headerEnd + 4) });
    start = next;
  }
  return parts;
}

function tryParseWav(bytes: Buffer): { samples: Int16Array; sampleRate: number } | undefined {
  try {
    const { samples, sampleRate } = parseWav(bytes);
    return { samples, sampleRate };
  } catch {
    return undefined;
  }
}
