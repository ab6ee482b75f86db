import { request } from '../api/client';
import { AGENTS } from '../api/operations';
import type { AgentStatus, User } from '../api/types';
import { formatDuration, formatTime, secondsSince } from '../format';
import { useAsync, useInterval, useNow } from '../hooks';
import { STATUS_LABEL } from '../labels';

const ORDER: AgentStatus[] = ['ON_CALL', 'WRAP_UP', 'AVAILABLE', 'AWAY', 'OFFLINE'];

export function AgentsPage() {
  const now = useNow(5000);
  const agents = useAsync(async () => (await request<{ agents: User[] }>(AGENTS)).agents, []);
  useInterval(() => void agents.reload(), 10_000);

  const rows = [...(agents.data ?? [])].sort(
    (a, b) => ORDER.indexOf(a.agentStatus) - ORDER.indexOf(b.agentStatus) || a.displayName.localeCompare(b.displayName, 'ko'),
  );
  const counts = ORDER.map((s) => ({ status: s, count: rows.filter((r) => r.agentStatus === s).length }));

  return (
    <section className="page" data-testid="agents-page">
      <div className="page-head">
        <h2>상담사 현황</h2>
        <div className="chips">
          {counts.map((c) => (
            <span key={c.status} className={`status-pill status-${c.status}`}>
              {STATUS_LABEL[c.status]} {c.count}
            </span>
          ))}
        </div>
        <span className="muted small">10초마다 갱신</span>
      </div>
      {agents.error && (
        <div className="alert alert-error" role="alert">
          {agents.error}
        </div>
      )}
      <table className="table" data-testid="agents-table">
        <thead>
          <tr>
            <th>이름</th>
            <th>아이디</th>
            <th>상태</th>
            <th>상태 변경</th>
            <th>경과</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-testid="agent-row" className={a.active ? '' : 'inactive'}>
              <td>
                <strong>{a.displayName}</strong>
                {!a.active && <span className="muted small"> (비활성)</span>}
              </td>
              <td className="mono">{a.username}</td>
              <td>
                <span className={`status-pill status-${a.agentStatus}`} data-testid="agent-status-cell">
                  {STATUS_LABEL[a.agentStatus]}
                </span>
              </td>
              <td className="mono">{formatTime(a.statusChangedAt)}</td>
              <td>{formatDuration(secondsSince(a.statusChangedAt, now))}</td>
            </tr>
          ))}
          {rows.length === 0 && !agents.loading && (
            <tr>
              <td colSpan={5} className="empty">
                등록된 상담사가 없습니다.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
