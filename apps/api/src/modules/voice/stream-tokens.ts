import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, short-lived tokens that let one forked media stream attach to one call (the monitor stream Twilio opens
 * after a transfer): `m1.<callId>.<expiry seconds>.<HMAC-SHA256>`. The key is shared by every API instance.
 */
export class StreamTokens {
  constructor(
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {}

  sign(callId: string, ttlSeconds = 3600): string {
    const expires = Math.floor(this.now() / 1000) + ttlSeconds;
    return `m1.${callId}.${expires}.${this.mac(callId, expires)}`;
  }

  /** The call id the token admits, or null when it is not one of ours, tampered with, or expired. */
  verify(token: string): string | null {
    const [version, callId, expires, mac] = token.split('.');
    if (version !== 'm1' || !callId || !/^\d+$/.test(expires ?? '') || !mac) return null;
    const expected = Buffer.from(this.mac(callId, Number(expires)));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return Number(expires) * 1000 >= this.now() ? callId : null;
  }

  static looksLikeOne(token: string): boolean {
    return token.startsWith('m1.');
  }

  private mac(callId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${callId}.${expires}`).digest('base64url');
  }
}
