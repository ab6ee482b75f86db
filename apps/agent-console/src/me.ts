import { request } from './api/client';
import { ME, SET_MY_STATUS } from './api/operations';
import type { AgentStatus, User } from './api/types';
import { getSession, updateSessionUser } from './session';

/** Reloads the signed-in user (the server changes the agent status on claim and wrap-up). */
export async function refreshMe(): Promise<User | null> {
  if (!getSession()) return null;
  const { me } = await request<{ me: User }>(ME);
  updateSessionUser(me);
  return me;
}

export async function setMyStatus(status: AgentStatus): Promise<User> {
  const { setMyStatus: user } = await request<{ setMyStatus: User }>(SET_MY_STATUS, { status });
  updateSessionUser(user);
  return user;
}
