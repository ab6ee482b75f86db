import { SignJWT, errors, jwtVerify } from 'jose';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import type { Principal } from './principal.js';
import { ROLES, type Role } from './user.entity.js';

const ISSUER = 'dasan';

/** Short-lived signed access tokens (JWT, HS256): verified without a database round trip on every instance. */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(user: { id: string; username: string; role: Role }, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ role: user.role, username: user.username })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(user.id)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const role = payload.role as Role;
      if (!payload.sub || !ROLES.includes(role) || typeof payload.username !== 'string') throw new Error('claims');
      return { kind: 'user', id: payload.sub, username: payload.username, role };
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new AuthError(
        AuthErrorCode.TOKEN_INVALID,
        expired ? 'Your session token has expired: refresh it or sign in again.' : 'The access token is not valid: sign in again.',
      );
    }
  }
}
