import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalHashEmbeddings } from '../../libs/llm/src/index.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/**
 * A local HTTP server speaking the OpenAI (`/v1/embeddings`, `/v1/chat/completions`) and Ollama (`/api/embed`) protocols, so
 * that tests drive the real LangChain provider clients. Its vectors come from a small hashing model, so they
 * carry meaning and retrieval over them can be checked.
 */
export class FakeModelServer {
  readonly requests: RecordedRequest[] = [];
  /** Set to make the next responses fail with this HTTP status. */
  failWith: number | null = null;
  /** What the fake chat model answers to a request (its messages), and after how long. */
  chat: (messages: { role: string; content: string }[]) => { content: string; delayMs?: number } = () => ({ content: '' });
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
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
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
    if (req.method === 'POST' && req.url === '/api/embed') {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      return send(200, { model: body.model, embeddings: input.map((text) => this.model.embed(text)) });
    }
    send(404, { error: `no route ${req.method} ${req.url}` });
  }
}
