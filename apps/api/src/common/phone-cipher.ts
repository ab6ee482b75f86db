import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts phone numbers for the one thing that needs them in the clear: sending a text message. AES-256-GCM with a
 * key derived from PHONE_ENCRYPTION_KEY; each value has its own IV and is authenticated. Everything else stores the
 * masked form and a salted hash.
 */
export class PhoneCipher {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`dasan-phone:${secret}`).digest();
  }

  encrypt(digits: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`;
  }

  decrypt(value: string): string {
    const [version, payload] = value.split(':', 2);
    if (version !== VERSION || !payload) throw new Error('not an encrypted phone number of this version');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
