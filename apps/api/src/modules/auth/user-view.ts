import type { AgentStatus, Role } from './user.entity.js';

/** A user as other domains show one (who took a call, who reported a gap). */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  agentStatus: AgentStatus;
  statusChangedAt: Date;
  createdAt: Date;
}

/** The SQL select list of a joined `users` row, columns prefixed so a mapper can find them. */
export function userColumns(alias: string, prefix: string): string {
  return [
    `${alias}.id AS "${prefix}Id"`,
    `${alias}.username AS "${prefix}Username"`,
    `${alias}.display_name AS "${prefix}DisplayName"`,
    `${alias}.role AS "${prefix}Role"`,
    `${alias}.active AS "${prefix}Active"`,
    `${alias}.agent_status AS "${prefix}AgentStatus"`,
    `${alias}.status_changed_at AS "${prefix}StatusChangedAt"`,
    `${alias}.created_at AS "${prefix}CreatedAt"`,
  ].join(', ');
}

/** The user read through `userColumns`, or null when the join found none. */
export function userFromRow(row: Record<string, unknown>, prefix: string): UserView | null {
  const get = (name: string) => row[`${prefix}${name}`];
  if (!get('Id')) return null;
  return {
    id: get('Id') as string,
    username: get('Username') as string,
    displayName: get('DisplayName') as string,
    role: get('Role') as Role,
    active: Boolean(get('Active')),
    agentStatus: get('AgentStatus') as AgentStatus,
    statusChangedAt: new Date(get('StatusChangedAt') as string),
    createdAt: new Date(get('CreatedAt') as string),
  };
}
