import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { AccessTokens } from './access-tokens.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import type { Principal } from './principal.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { type AgentStatus, ROLES, type Role, UserEntity } from './user.entity.js';
import { isUuid } from '../../common/ids.js';

/** Sign-ins tolerated before the account is slowed down; each further failure doubles the wait. */
export const FREE_FAILED_SIGN_INS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;
const BCRYPT_COST = 10;
const USERNAME = /^[a-z0-9._-]{3,40}$/;
/** Hash compared when the user does not exist, so an unknown name costs the same time as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('dasan-no-such-user', BCRYPT_COST);

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
}

export interface AuthDependencies {
  dataSource: DataSource;
  tokens: AccessTokens;
  refreshTtlHours: number;
  gatewayApiKeys: string[];
  now?: () => Date;
}

/**
 * Accounts, sign-in sessions and who a request comes from. Passwords are bcrypt hashes; access tokens are short
 * JWTs; refresh tokens are opaque, stored hashed, rotated on each use, and a reused one revokes all the user's sessions.
 */
export class AuthService {
  private readonly now: () => Date;

  constructor(private readonly deps: AuthDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  async signIn(username: string, password: string): Promise<Session> {
    const name = username.trim().toLowerCase();
    const users = this.deps.dataSource.getRepository(UserEntity);
    const user = await users.findOne({ where: { username: name } });
    const now = this.now();
    if (user?.lockedUntil && user.lockedUntil > now) throw throttled(user.lockedUntil, now);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      if (user && !ok) {
        const failures = user.failedSignIns + 1;
        const lockSeconds =
          failures >= FREE_FAILED_SIGN_INS ? Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILED_SIGN_INS), MAX_LOCK_SECONDS) : 0;
        await users.update(user.id, {
          failedSignIns: failures,
          lockedUntil: lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null,
        });
      }
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'The username or password is not right (or the account is disabled).');
    }
    const wasOffline = user.agentStatus === 'OFFLINE';
    await users.update(user.id, {
      failedSignIns: 0,
      lockedUntil: null,
      ...(wasOffline ? { agentStatus: 'AVAILABLE' as AgentStatus, statusChangedAt: now } : {}),
    });
    return this.openSession(this.deps.dataSource.manager, await users.findOneByOrFail({ id: user.id }));
  }

  /** A new access token and a new refresh token for a valid one; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<Session> {
    const session = await this.deps.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.now();
      if (!stored || stored.expiresAt <= now) return null;
      if (stored.revokedAt) {
        // A rotated token presented again: someone holds a copy. End every session of the user (and commit that).
        await manager.update(RefreshTokenEntity, { userId: stored.userId, revokedAt: IsNull() }, { revokedAt: now });
        return null;
      }
      const user = await manager.findOne(UserEntity, { where: { id: stored.userId } });
      if (!user?.active) return null;
      await manager.update(RefreshTokenEntity, stored.id, { revokedAt: now });
      return this.openSession(manager, user);
    });
    if (!session) throw sessionInvalid();
    return session;
  }

  /** Ends the session of this refresh token; the agent shows as offline. */
  async signOut(principal: Principal, refreshToken: string): Promise<boolean> {
    if (principal.kind !== 'user') return false;
    const result = await this.deps.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ tokenHash: sha256(refreshToken), userId: principal.id, revokedAt: IsNull() }, { revokedAt: this.now() });
    await this.deps.dataSource
      .getRepository(UserEntity)
      .update({ id: principal.id, agentStatus: In(['AVAILABLE', 'AWAY']) }, { agentStatus: 'OFFLINE', statusChangedAt: this.now() });
    return (result.affected ?? 0) > 0;
  }

  /** Who sent a request: a bearer access token, or a gateway API key. Null when neither was given. */
  async principalFrom(credentials: { authorization?: string; apiKey?: string }): Promise<Principal | null> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization ?? '')?.[1];
    if (bearer) return this.deps.tokens.verify(bearer);
    if (credentials.apiKey) {
      const given = Buffer.from(sha256(credentials.apiKey));
      const known = this.deps.gatewayApiKeys.some((key) => timingSafeEqual(Buffer.from(sha256(key)), given));
      if (!known) throw new AuthError(AuthErrorCode.TOKEN_INVALID, 'The API key is not known: check the gateway configuration.');
      return { kind: 'gateway' };
    }
    return null;
  }

  async createUser(input: { username: string; displayName: string; role: Role; password?: string | null }): Promise<{
    user: UserEntity;
    oneTimePassword: string | null;
  }> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw new AuthError(AuthErrorCode.INVALID_USER, 'username must be 3-40 lowercase letters, digits, dots, dashes or underscores.');
    }
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 80) throw new AuthError(AuthErrorCode.INVALID_USER, 'displayName must be 1-80 characters.');
    if (!ROLES.includes(input.role)) throw new AuthError(AuthErrorCode.INVALID_USER, `role must be one of ${ROLES.join(', ')}.`);
    if (input.password != null && input.password.length < 10) {
      throw new AuthError(AuthErrorCode.INVALID_USER, 'password must be at least 10 characters (or leave it out for a one-time password).');
    }
    const oneTimePassword = input.password ? null : randomBytes(12).toString('base64url');
    const passwordHash = await bcrypt.hash(input.password ?? oneTimePassword!, BCRYPT_COST);
    const inserted = await this.deps.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ username, displayName, role: input.role, passwordHash })
      .orIgnore()
      .returning('id')
      .execute();
    const id = inserted.raw[0]?.id as string | undefined;
    if (!id) throw new AuthError(AuthErrorCode.USERNAME_TAKEN, `The username "${username}" is taken: choose another.`);
    return { user: await this.user(id), oneTimePassword };
  }

  /** The first administrator, when there are no users at all. Returns the generated password, if one was made. */
  async ensureAdmin(username: string, password: string | undefined): Promise<{ created: boolean; oneTimePassword: string | null }> {
    if ((await this.deps.dataSource.getRepository(UserEntity).count()) > 0) return { created: false, oneTimePassword: null };
    try {
      const { oneTimePassword } = await this.createUser({ username, displayName: '관리자', role: 'ADMIN', password });
      return { created: true, oneTimePassword };
    } catch (error) {
      // Another instance starting on the same database made it first.
      if (error instanceof AuthError && error.code === AuthErrorCode.USERNAME_TAKEN) return { created: false, oneTimePassword: null };
      throw error;
    }
  }

  async setActive(id: string, active: boolean): Promise<UserEntity> {
    await this.user(id);
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, id, { active, ...(active ? {} : { agentStatus: 'OFFLINE', statusChangedAt: this.now() }) });
      if (!active) await manager.update(RefreshTokenEntity, { userId: id, revokedAt: IsNull() }, { revokedAt: this.now() });
    });
    return this.user(id);
  }

  /** What an agent sets by hand: available or away. On call and wrap-up follow from taking and finishing calls. */
  async setOwnStatus(principal: Principal, status: AgentStatus): Promise<UserEntity> {
    if (principal.kind !== 'user') throw new AuthError(AuthErrorCode.NOT_SIGNED_IN, 'Sign in as a person to set a status.');
    if (status !== 'AVAILABLE' && status !== 'AWAY') {
      throw new AuthError(AuthErrorCode.INVALID_STATUS, 'Set AVAILABLE or AWAY; on call and wrap-up follow from the calls you take.');
    }
    const result = await this.deps.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ agentStatus: status, statusChangedAt: this.now() })
      .where('id = :id AND agent_status NOT IN (:...busy)', { id: principal.id, busy: ['ON_CALL', 'WRAP_UP'] })
      .execute();
    if (!result.affected) {
      throw new AuthError(AuthErrorCode.INVALID_STATUS, 'You are on a call or in wrap-up: finish the wrap-up first.');
    }
    return this.user(principal.id);
  }

  async user(id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.deps.dataSource.getRepository(UserEntity).findOne({ where: { id } }) : null;
    if (!user) throw new AuthError(AuthErrorCode.USER_NOT_FOUND, `There is no user ${id}.`);
    return user;
  }

  users(role?: Role): Promise<UserEntity[]> {
    return this.deps.dataSource.getRepository(UserEntity).find({ where: role ? { role } : {}, order: { role: 'ASC', username: 'ASC' } });
  }

  private async openSession(manager: EntityManager, user: UserEntity): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = this.now();
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(now.getTime() + this.deps.refreshTtlHours * 3600_000),
    });
    const access = await this.deps.tokens.issue(user, now);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user };
  }
}

/** Sets an agent's status as calls are taken and finished, in the caller's transaction. */
export async function setAgentStatus(manager: EntityManager, userId: string, status: AgentStatus): Promise<void> {
  await manager.update(UserEntity, userId, { agentStatus: status, statusChangedAt: new Date() });
}

function throttled(until: Date, now: Date): AuthError {
  const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
  return new AuthError(
    AuthErrorCode.SIGN_IN_THROTTLED,
    `Too many failed sign-ins for this account: try again in ${seconds} seconds.`,
    seconds,
  );
}

function sessionInvalid(): AuthError {
  return new AuthError(AuthErrorCode.SESSION_INVALID, 'Your session has ended: sign in again.');
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
