import { type ReactNode, Suspense, lazy, useEffect } from 'react';
import type { Role } from './api/types';
import { TopBar } from './components/TopBar';
import { refreshMe } from './me';
import { AgentsPage } from './pages/AgentsPage';
import { CallPage } from './pages/CallPage';
import { DraftingPage } from './pages/DraftingPage';
import { GapsPage } from './pages/GapsPage';
import { QueuePage } from './pages/QueuePage';
import { SignInPage } from './pages/SignInPage';
import { TestCallPage } from './pages/TestCallPage';
import { UsersPage } from './pages/UsersPage';
import { type Route, navigate, useRoute } from './router';
import { useSession } from './session';
import { Toasts } from './toast';

// The dashboard brings recharts; it loads on first visit only.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));

export interface NavItem {
  path: string;
  label: string;
  roles: Role[];
}

/** The pages, who may open them (the API enforces the same roles), in menu order. */
export const NAV: NavItem[] = [
  { path: '/users', label: '사용자 관리', roles: ['ADMIN'] },
  { path: '/dashboard', label: '대시보드', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/queue', label: '대기열', roles: ['AGENT', 'SUPERVISOR'] },
  { path: '/agents', label: '상담사 현황', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/gaps', label: '지식 공백', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/test-call', label: '테스트 통화', roles: ['SUPERVISOR', 'ADMIN'] },
];

const PAGE_ROLES: Record<string, Role[]> = {
  queue: ['AGENT', 'SUPERVISOR'],
  call: ['AGENT', 'SUPERVISOR'],
  dashboard: ['SUPERVISOR', 'ADMIN'],
  agents: ['SUPERVISOR', 'ADMIN'],
  gaps: ['SUPERVISOR', 'ADMIN'],
  'test-call': ['SUPERVISOR', 'ADMIN'],
  users: ['ADMIN'],
  drafting: ['DRAFTER'],
};

export function homeFor(role: Role): string {
  switch (role) {
    case 'AGENT':
      return '/queue';
    case 'SUPERVISOR':
      return '/dashboard';
    case 'ADMIN':
      return '/users';
    case 'DRAFTER':
      return '/drafting';
  }
}

function page(route: Route): ReactNode {
  const [first, second] = route.segments;
  switch (first) {
    case 'queue':
      return <QueuePage />;
    case 'call':
      return second ? <CallPage key={second} handoffId={second} /> : null;
    case 'dashboard':
      return (
        <Suspense fallback={<div className="loading">불러오는 중…</div>}>
          <DashboardPage />
        </Suspense>
      );
    case 'agents':
      return <AgentsPage />;
    case 'gaps':
      return <GapsPage />;
    case 'users':
      return <UsersPage />;
    case 'test-call':
      return <TestCallPage />;
    case 'drafting':
      return <DraftingPage />;
    default:
      return null;
  }
}

export function App() {
  const session = useSession();
  const route = useRoute();
  const role = session?.user.role;
  const first = route.segments[0] ?? '';
  const allowed = role !== undefined && (PAGE_ROLES[first]?.includes(role) ?? false);

  useEffect(() => {
    if (!session) {
      if (first !== 'signin') navigate('/signin');
    } else if (!allowed) {
      navigate(homeFor(session.user.role));
    }
  }, [session, first, allowed]);

  // The server moves the agent's status (claim, wrap-up): pick it up when the page changes.
  useEffect(() => {
    if (session) void refreshMe().catch(() => undefined);
  }, [first, session?.user.id]);

  if (!session) {
    return (
      <>
        <SignInPage />
        <Toasts />
      </>
    );
  }
  return (
    <div className="app">
      <TopBar nav={NAV.filter((n) => n.roles.includes(session.user.role))} current={`/${first}`} />
      <main className="main">{allowed ? page(route) : null}</main>
      <Toasts />
    </div>
  );
}
