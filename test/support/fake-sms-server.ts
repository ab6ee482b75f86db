import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A text-message provider at the HTTP level: records what it is sent, and fails the first `failFirst` requests. */
export class FakeSmsServer {
  readonly received: { path: string; headers: IncomingMessage['headers']; body: string }[] = [];
  failFirst = 0;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (this.failFirst > 0) {
          this.failFirst--;
          res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"busy"}');
          return;
        }
        const twilio = (req.url ?? '').includes('/Messages.json');
        res.writeHead(twilio ? 201 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(twilio ? { sid: `SM${this.received.length}`, status: 'queued' } : { id: `msg-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
