import { Fragment, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { SIGN_OUT } from '../api/operations';
import type { AgentStatus } from '../api/types';
import type { NavItem } from '../App';
import { useInterval } from '../hooks';
import { ROLE_LABEL, STATUS_LABEL } from '../labels';
import { refreshMe, setMyStatus } from '../me';
import { href, navigate } from '../router';
import { getSession, setSession, useSession } from '../session';
import { showToast } from '../toast';

const SELECTABLE: AgentStatus[] = ['AVAILABLE', 'AWAY'];

/** The menu item of the current route: the one whose path (or other route) is the longest prefix of it. */
function activeItem(nav: NavItem[], current: string): NavItem | null {
  let best: NavItem | null = null;
  let bestLength = -1;
  for (const item of nav) {
    for (const path of [item.path, ...(item.also ?? [])]) {
      const matches = current === path || current.startsWith(`${path}/`);
      if (matches && path.length > bestLength) {
        best = item;
        bestLength = path.length;
      }
    }
  }
  return best;
}

export function TopBar({ nav, current }: { nav: NavItem[]; current: string }) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const user = session?.user;
  const hasStatus = user?.role === 'AGENT' || user?.role === 'SUPERVISOR';

  useInterval(() => void refreshMe().catch(() => undefined), hasStatus ? 30_000 : null);

  if (!user) return null;

  const changeStatus = async (status: AgentStatus) => {
    setBusy(true);
    try {
      await setMyStatus(status);
    } catch (e) {
      showToast(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  const signOut = async () => {
    const refreshToken = getSession()?.refreshToken;
    try {
      if (refreshToken) await request<{ signOut: boolean }>(SIGN_OUT, { refreshToken });
    } catch {
      // Signing out locally is what matters; the refresh token expires on its own.
    }
    setSession(null);
    navigate('/signin');
  };

  const active = activeItem(nav, current);
  const status = user.agentStatus;
  const readOnly = status === 'ON_CALL' || status === 'WRAP_UP';

  return (
    <header className="topbar" data-testid="topbar">
      <div className="brand" data-testid="app-name">
        DASAN 120 상담
      </div>
      <nav className="nav">
        {nav.map((item, i) => (
          <Fragment key={item.path}>
            {i > 0 && nav[i - 1].group !== item.group && <span className="nav-sep" aria-hidden />}
            <a
              href={href(item.path)}
              className={item === active ? 'nav-link active' : 'nav-link'}
              aria-current={item === active ? 'page' : undefined}
              data-testid={`nav-${item.path.slice(1).replace(/\//g, '-')}`}
            >
              {item.label}
            </a>
          </Fragment>
        ))}
      </nav>
      <div className="topbar-right">
        {hasStatus &&
          (readOnly ? (
            <span className={`status-pill status-${status}`} data-testid="agent-status-readonly">
              {STATUS_LABEL[status]}
            </span>
          ) : (
            <label className="status-select">
              <span className={`status-dot status-${status}`} aria-hidden />
              <select
                aria-label="상담 상태"
                data-testid="agent-status"
                value={status}
                disabled={busy}
                onChange={(e) => void changeStatus(e.target.value as AgentStatus)}
              >
                {!SELECTABLE.includes(status) && (
                  <option value={status} disabled>
                    {STATUS_LABEL[status]}
                  </option>
                )}
                {SELECTABLE.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        <span className="user" data-testid="current-user">
          <strong>{user.displayName}</strong> <span className="muted">{ROLE_LABEL[user.role]}</span>
        </span>
        <button type="button" className="btn btn-ghost" data-testid="sign-out" onClick={() => void signOut()}>
          로그아웃
        </button>
      </div>
    </header>
  );
}
