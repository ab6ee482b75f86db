import type { Role } from './user.entity.js';

/** Who is making a request: a signed-in person, or the voice gateway with its API key. */
export type Principal = { kind: 'user'; id: string; username: string; role: Role } | { kind: 'gateway' };

/** Who may run an operation: user roles, and GATEWAY for the telephony side. */
export type Audience = Role | 'GATEWAY';

export function principalAudience(principal: Principal): Audience {
  return principal.kind === 'gateway' ? 'GATEWAY' : principal.role;
}
