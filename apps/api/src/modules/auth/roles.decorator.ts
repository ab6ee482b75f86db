import { SetMetadata } from '@nestjs/common';
import type { Audience } from './principal.js';

export const ACCESS_KEY = 'dasan:access';
export type AccessRule = { public: true } | { audiences: Audience[] };

/** Who may run this operation. An operation without a rule is refused to everyone: access is never implicit. */
export const Roles = (...audiences: Audience[]) => SetMetadata(ACCESS_KEY, { audiences } satisfies AccessRule);

/** Open to anyone (sign-in and token refresh only). */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Every signed-in person, whatever the role. */
export const SIGNED_IN: Audience[] = ['AGENT', 'SUPERVISOR', 'DRAFTER', 'ADMIN'];
/** People on the call floor. */
export const FLOOR: Audience[] = ['AGENT', 'SUPERVISOR'];
/** Supervisors and administrators. */
export const OVERSIGHT: Audience[] = ['SUPERVISOR', 'ADMIN'];
