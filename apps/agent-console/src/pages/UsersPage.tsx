import { type FormEvent, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { CREATE_USER, SET_USER_ACTIVE, USERS } from '../api/operations';
import type { CreatedUser, Role, User } from '../api/types';
import { formatDateTime } from '../format';
import { useAsync } from '../hooks';
import { ROLE_LABEL, STATUS_LABEL } from '../labels';
import { useSession } from '../session';
import { showToast } from '../toast';

const ROLES = Object.keys(ROLE_LABEL) as Role[];

export function UsersPage() {
  const session = useSession();
  const users = useAsync(async () => (await request<{ users: User[] }>(USERS)).users, []);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('AGENT');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const { createUser } = await request<{ createUser: CreatedUser }>(CREATE_USER, {
        input: { username: username.trim(), displayName: displayName.trim(), role, password: password || null },
      });
      setCreated(createUser);
      users.setData((list) => [...(list ?? []), createUser.user]);
      setUsername('');
      setDisplayName('');
      setPassword('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const toggle = async (user: User) => {
    setToggling(user.id);
    try {
      const { setUserActive } = await request<{ setUserActive: User }>(SET_USER_ACTIVE, { id: user.id, active: !user.active });
      users.setData((list) => (list ?? []).map((u) => (u.id === user.id ? setUserActive : u)));
      showToast(setUserActive.active ? `${user.displayName} 계정을 활성화했습니다` : `${user.displayName} 계정을 비활성화했습니다`);
    } catch (err) {
      showToast(errorMessage(err), 'error');
    } finally {
      setToggling(null);
    }
  };

  const rows = [...(users.data ?? [])].sort((a, b) => a.username.localeCompare(b.username));

  return (
    <section className="page" data-testid="users-page">
      <div className="page-head">
        <h2>
          사용자 관리 <span className="count">{rows.length}</span>
        </h2>
      </div>

      <form className="card create-user" onSubmit={(e) => void create(e)} data-testid="create-user-form">
        <div className="card-head">
          <h3>사용자 추가</h3>
          <span className="muted small">비밀번호를 비워 두면 일회용 비밀번호가 발급됩니다.</span>
        </div>
        <div className="inline-form">
          <label className="field">
            <span>아이디</span>
            <input required value={username} onChange={(e) => setUsername(e.target.value)} data-testid="new-username" autoComplete="off" />
          </label>
          <label className="field">
            <span>이름</span>
            <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} data-testid="new-display-name" />
          </label>
          <label className="field">
            <span>역할</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="new-role">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>비밀번호 (선택)</span>
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="new-password"
              autoComplete="new-password"
            />
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="create-user-submit">
            추가
          </button>
        </div>
        {error && (
          <div className="alert alert-error" role="alert" data-testid="create-user-error">
            {error}
          </div>
        )}
        {created && (
          <div className="alert alert-info" data-testid="created-user">
            <strong>{created.user.displayName}</strong> ({created.user.username}) 계정을 만들었습니다.
            {created.oneTimePassword && (
              <>
                {' '}
                일회용 비밀번호: <code data-testid="one-time-password">{created.oneTimePassword}</code> — 지금만 표시됩니다. 사용자에게
                전달하세요.
              </>
            )}
          </div>
        )}
      </form>

      {users.error && (
        <div className="alert alert-error" role="alert">
          {users.error}
        </div>
      )}
      <table className="table" data-testid="users-table">
        <thead>
          <tr>
            <th>아이디</th>
            <th>이름</th>
            <th>역할</th>
            <th>상태</th>
            <th>생성일</th>
            <th>계정</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-testid="user-row" data-username={u.username} className={u.active ? '' : 'inactive'}>
              <td className="mono">{u.username}</td>
              <td>{u.displayName}</td>
              <td>{ROLE_LABEL[u.role]}</td>
              <td>{u.role === 'AGENT' || u.role === 'SUPERVISOR' ? STATUS_LABEL[u.agentStatus] : '—'}</td>
              <td className="small mono">{formatDateTime(u.createdAt)}</td>
              <td>
                <span className={u.active ? 'ok small' : 'muted small'} data-testid="user-active">
                  {u.active ? '활성' : '비활성'}
                </span>{' '}
                {u.id !== session?.user.id && (
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={toggling === u.id}
                    onClick={() => void toggle(u)}
                    data-testid="toggle-active"
                  >
                    {u.active ? '비활성화' : '활성화'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
