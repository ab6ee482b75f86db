/** What a provider says about a message it accepted. */
export interface SmsReceipt {
  id: string;
  status: string;
}

/** Sends one text message; throws on failure (the job retries). */
export interface SmsProvider {
  readonly name: string;
  send(message: { to: string; body: string; reference: string }): Promise<SmsReceipt>;
}

const TIMEOUT_MS = 10_000;

/** A generic HTTP webhook: POST `{ to, body, reference }` as JSON; any 2xx is accepted, its `id` kept when given. */
export class WebhookSmsProvider implements SmsProvider {
  readonly name = 'webhook';

  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async send(message: { to: string; body: string; reference: string }): Promise<SmsReceipt> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`the SMS webhook answered HTTP ${res.status}`);
    const json = (await res.json().catch(() => ({}))) as { id?: unknown; status?: unknown };
    return {
      id: typeof json.id === 'string' ? json.id : message.reference,
      status: typeof json.status === 'string' ? json.status : 'accepted',
    };
  }
}

/** Twilio's Messages API (and compatible services): form POST with basic auth, numbers in E.164. */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio';

  constructor(
    private readonly settings: { baseUrl: string; accountSid: string; authToken: string; from: string; statusCallback?: string | null },
  ) {}

  async send(message: { to: string; body: string; reference: string }): Promise<SmsReceipt> {
    const { baseUrl, accountSid, authToken, from } = this.settings;
    const res = await fetch(`${baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        To: toE164(message.to),
        From: from,
        Body: message.body,
        ...(this.settings.statusCallback ? { StatusCallback: this.settings.statusCallback } : {}),
      }).toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const json = (await res.json().catch(() => ({}))) as { sid?: string; status?: string; message?: string };
    if (!res.ok) throw new Error(`Twilio answered HTTP ${res.status}${json.message ? `: ${json.message}` : ''}`);
    return { id: json.sid ?? message.reference, status: json.status ?? 'queued' };
  }
}

/** A Korean number as E.164: 010-1234-5678 → +821012345678; numbers already international stay as they are. */
export function toE164(digits: string): string {
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('0')) return `+82${digits.slice(1)}`;
  return `+${digits}`;
}
