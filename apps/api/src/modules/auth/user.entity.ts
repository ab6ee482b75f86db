import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const ROLES = ['AGENT', 'SUPERVISOR', 'DRAFTER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const AGENT_STATUSES = ['AVAILABLE', 'ON_CALL', 'WRAP_UP', 'AWAY', 'OFFLINE'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** A person who signs in to the console: an agent, a supervisor, a drafter or an administrator. */
@Entity('users')
@Unique('users_username_key', ['username'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'agent_status', type: 'varchar', length: 16, default: 'OFFLINE' })
  agentStatus: AgentStatus;

  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ name: 'failed_sign_ins', type: 'int', default: 0 })
  failedSignIns: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
