import { type ReactNode, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { request } from '../api/client';
import { DASHBOARD, KNOWLEDGE_GAPS } from '../api/operations';
import type { Dashboard, HourBucket, KnowledgeGap } from '../api/types';
import { formatDateTime, formatDuration, formatPercent, fromDateInput, toDateInput } from '../format';
import { useAsync, useInterval } from '../hooks';
import { GAP_KIND_LABEL, REASON_COLOR, REASON_LABEL, STATUS_COLOR, STATUS_LABEL } from '../labels';
import { href } from '../router';

const REFRESH_MS = 30_000;
const BLUE = '#2e6bd8';
const ORANGE = '#e8720c';
const GREEN = '#1f9d55';

/** The range the inputs describe: from local midnight of the first day to now (today) or the end of the last day. */
function rangeOf(fromDate: string, toDate: string): { from: string; to: string } {
  const from = fromDateInput(fromDate);
  const endDay = fromDateInput(toDate);
  const nextMidnight = new Date(endDay.getFullYear(), endDay.getMonth(), endDay.getDate() + 1);
  const to = nextMidnight.getTime() > Date.now() ? new Date() : nextMidnight;
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The API's hourly buckets with the empty hours of the range filled in, so the axis reads as a day. */
function everyHour(d: Dashboard): HourBucket[] {
  const HOUR = 3_600_000;
  const byHour = new Map(d.callsPerHour.map((b) => [Math.floor(Date.parse(b.hour) / HOUR), b]));
  const first = Math.floor(Date.parse(d.from) / HOUR);
  const last = Math.floor((Date.parse(d.to) - 1) / HOUR);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last - first > 24 * 31) return d.callsPerHour;
  const out: HourBucket[] = [];
  for (let h = first; h <= last; h++) out.push(byHour.get(h) ?? { hour: new Date(h * HOUR).toISOString(), calls: 0, handedOff: 0 });
  return out;
}

function hourLabel(iso: string, multiDay: boolean): string {
  const d = new Date(iso);
  const h = `${String(d.getHours()).padStart(2, '0')}시`;
  return multiDay ? `${d.getMonth() + 1}/${d.getDate()} ${h}` : h;
}

/** The stages of a spoken turn, as the dashboard names them. */
const VOICE_STAGE_LABEL: Record<string, string> = {
  endpointing: '발화 끝 감지',
  stt: '음성 인식',
  dialogue: '응답 결정',
  tts: '음성 합성(첫 소리)',
  total: '전체(말 끝 → 첫 응답)',
  overhead: '시스템 자체 지연',
};

function ChartCard({ title, testId, children, extra }: { title: string; testId: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="card chart-card" data-testid={testId}>
      <div className="card-head">
        <h3>{title}</h3>
        {extra}
      </div>
      {children}
    </section>
  );
}

function Empty() {
  return <div className="chart-empty">데이터 없음</div>;
}

export function DashboardPage() {
  const today = toDateInput(new Date());
  const [fromDate, setFromDate] = useState(today);
  const [toDate, setToDate] = useState(today);

  const dashboard = useAsync(async () => {
    const { dashboard: d } = await request<{ dashboard: Dashboard }>(DASHBOARD, rangeOf(fromDate, toDate));
    return d;
  }, [fromDate, toDate]);
  const gaps = useAsync(async () => {
    const { knowledgeGaps } = await request<{ knowledgeGaps: KnowledgeGap[] }>(KNOWLEDGE_GAPS, { status: 'OPEN' });
    return [...knowledgeGaps].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).slice(0, 10);
  }, []);

  useInterval(() => {
    void dashboard.reload();
    void gaps.reload();
  }, REFRESH_MS);

  const preset = (days: number) => {
    const now = new Date();
    setFromDate(toDateInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1))));
    setToDate(toDateInput(now));
  };

  const d = dashboard.data;
  const multiDay = fromDate !== toDate;
  const perHour = d ? everyHour(d).map((b) => ({ label: hourLabel(b.hour, multiDay), calls: b.calls, handedOff: b.handedOff })) : [];
  const contained = d ? Math.max(0, d.totalCalls - d.handedOff) : 0;
  const containment = d
    ? [
        { name: '봇 해결', value: contained, color: GREEN },
        { name: '상담원 연결', value: d.handedOff, color: ORANGE },
      ].filter((s) => s.value > 0)
    : [];
  const reasons = (d?.handoffsByReason ?? [])
    .filter((r) => r.count > 0)
    .map((r) => ({ name: REASON_LABEL[r.reason] ?? r.reason, value: r.count, color: REASON_COLOR[r.reason] ?? '#999' }));
  const topics = (d?.topTopics ?? []).slice(0, 8).map((t) => ({ name: t.title, count: t.count }));
  const statuses = (d?.agentsByStatus ?? []).map((s) => ({
    name: STATUS_LABEL[s.status] ?? s.status,
    count: s.count,
    color: STATUS_COLOR[s.status] ?? '#999',
  }));

  return (
    <section className="page dashboard" data-testid="dashboard-page">
      <div className="page-head">
        <h2>대시보드</h2>
        <div className="range" data-testid="dashboard-range">
          <button type="button" className={`btn btn-sm ${!multiDay && fromDate === today ? 'btn-selected' : ''}`} onClick={() => preset(1)}>
            오늘
          </button>
          <button type="button" className="btn btn-sm" onClick={() => preset(7)} data-testid="preset-7d">
            최근 7일
          </button>
          <input
            type="date"
            value={fromDate}
            max={toDate}
            onChange={(e) => e.target.value && setFromDate(e.target.value)}
            data-testid="range-from"
            aria-label="시작일"
          />
          <span>~</span>
          <input
            type="date"
            value={toDate}
            min={fromDate}
            max={today}
            onChange={(e) => e.target.value && setToDate(e.target.value)}
            data-testid="range-to"
            aria-label="종료일"
          />
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => void dashboard.reload()} data-testid="dashboard-reload">
            새로고침
          </button>
          <span className="muted small">{d ? `${formatDateTime(d.to)} 기준 · 30초마다 갱신` : ''}</span>
        </div>
      </div>
      {dashboard.error && (
        <div className="alert alert-error" role="alert" data-testid="dashboard-error">
          {dashboard.error}
        </div>
      )}

      <div className="stats">
        <div className="card stat" data-testid="stat-total-calls">
          <span className="stat-label">총 통화</span>
          <span className="stat-value">{d?.totalCalls ?? '—'}</span>
        </div>
        <div className="card stat" data-testid="stat-handed-off">
          <span className="stat-label">상담원 연결</span>
          <span className="stat-value">{d?.handedOff ?? '—'}</span>
        </div>
        <div className="card stat" data-testid="stat-containment">
          <span className="stat-label">봇 해결률</span>
          <span className="stat-value">{d ? formatPercent(d.containmentRate) : '—'}</span>
        </div>
        <div className="card stat" data-testid="stat-median-wait">
          <span className="stat-label">대기 시간 (중앙값)</span>
          <span className="stat-value">{d ? formatDuration(d.medianWaitSeconds) : '—'}</span>
        </div>
        <div className="card stat" data-testid="stat-open-gaps">
          <span className="stat-label">미해결 지식 공백</span>
          <span className="stat-value">{d?.openKnowledgeGaps ?? '—'}</span>
        </div>
      </div>

      <div className="charts">
        <ChartCard title="시간대별 통화" testId="chart-calls-per-hour">
          <div className="chart-box chart-wide">
            {perHour.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={perHour} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                  <Bar dataKey="calls" name="통화" fill={BLUE} maxBarSize={26} isAnimationActive={false} />
                  <Bar dataKey="handedOff" name="상담원 연결" fill={ORANGE} maxBarSize={26} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            )}
          </div>
        </ChartCard>

        <ChartCard title="봇 해결률" testId="chart-containment">
          <div className="containment">
            <div className="big-number" data-testid="containment-rate">
              {d ? formatPercent(d.containmentRate) : '—'}
            </div>
            <div className="chart-box chart-donut">
              {containment.length === 0 ? (
                <Empty />
              ) : (
                <ResponsiveContainer width="100%" height="100%">
                  <PieChart>
                    <Pie
                      data={containment}
                      dataKey="value"
                      nameKey="name"
                      innerRadius="55%"
                      outerRadius="85%"
                      stroke={containment.length > 1 ? '#fff' : 'none'}
                      isAnimationActive={false}
                    >
                      {containment.map((s) => (
                        <Cell key={s.name} fill={s.color} />
                      ))}
                    </Pie>
                    <Tooltip />
                    <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                  </PieChart>
                </ResponsiveContainer>
              )}
            </div>
          </div>
        </ChartCard>

        <ChartCard title="상담원 연결 사유" testId="chart-handoff-reasons">
          <div className="chart-box">
            {reasons.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                <PieChart>
                  <Pie
                    data={reasons}
                    dataKey="value"
                    nameKey="name"
                    outerRadius="80%"
                    stroke={reasons.length > 1 ? '#fff' : 'none'}
                    label={({ name, value }) => `${name} ${value}`}
                    isAnimationActive={false}
                  >
                    {reasons.map((r) => (
                      <Cell key={r.name} fill={r.color} />
                    ))}
                  </Pie>
                  <Tooltip />
                </PieChart>
              </ResponsiveContainer>
            )}
          </div>
        </ChartCard>

        <ChartCard title="많이 묻는 주제" testId="chart-top-topics">
          <div className="chart-box">
            {topics.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={topics} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
                  <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Bar dataKey="count" name="통화" fill={BLUE} maxBarSize={22} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            )}
          </div>
        </ChartCard>

        <ChartCard title="상담사 상태" testId="chart-agent-status">
          <div className="chart-box">
            {statuses.length === 0 ? (
              <Empty />
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={statuses} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={{ fontSize: 11 }} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Bar dataKey="count" name="상담사" maxBarSize={40} isAnimationActive={false}>
                    {statuses.map((s) => (
                      <Cell key={s.name} fill={s.color} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            )}
          </div>
        </ChartCard>

        <ChartCard
          title="미해결 지식 공백"
          testId="gap-list"
          extra={
            <a href={href('/gaps')} className="small">
              전체 보기 →
            </a>
          }
        >
          {gaps.error && <div className="alert alert-error">{gaps.error}</div>}
          <ul className="gap-items">
            {(gaps.data ?? []).map((g) => (
              <li key={g.id} data-testid="gap-item">
                <span className={`tag tag-${g.kind}`}>{GAP_KIND_LABEL[g.kind]}</span>
                <span className="gap-question">{g.question}</span>
                <span className="muted small">{g.topicTitle ?? g.topicId ?? ''}</span>
              </li>
            ))}
            {gaps.data && gaps.data.length === 0 && <li className="empty">미해결 지식 공백이 없습니다.</li>}
          </ul>
        </ChartCard>

        <ChartCard title="음성 응답 지연" testId="voice-latency">
          {!d?.voiceTurns ? (
            <Empty />
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>단계 ({d.voiceTurns}회)</th>
                  <th>중앙값</th>
                  <th>95%</th>
                </tr>
              </thead>
              <tbody>
                {d.voiceLatency.map((s) => (
                  <tr key={s.stage}>
                    <td>{VOICE_STAGE_LABEL[s.stage] ?? s.stage}</td>
                    <td>{Math.round(s.p50)} ms</td>
                    <td>{Math.round(s.p95)} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ChartCard>
      </div>
    </section>
  );
}
