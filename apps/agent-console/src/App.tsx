import { type ReactNode, Suspense, lazy, useEffect } from 'react';
import type { Role } from './api/types';
import { TopBar } from './components/TopBar';
import { refreshMe } from './me';
import { AgentsPage } from './pages/AgentsPage';
import { CallPage } from './pages/CallPage';
import { CallbacksPage } from './pages/CallbacksPage';
import { DocumentPage } from './pages/DocumentPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { GapsPage } from './pages/GapsPage';
import { LetterFormPage } from './pages/LetterFormPage';
import { MeetingFormPage } from './pages/MeetingFormPage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
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
  /** Other routes under which this item is the current one (e.g. a meeting under 회의록 요약). */
  also?: string[];
  /** The menu draws a divider where the group changes. */
  group: 'calls' | 'drafting';
}

/** Who writes documents and meeting summaries (the API's WRITERS). */
const WRITERS: Role[] = ['DRAFTER', 'SUPERVISOR', 'ADMIN'];

/** The pages, who may open them (the API enforces the same roles), in menu order. */
export const NAV: NavItem[] = [
  { path: '/users', label: '사용자 관리', roles: ['ADMIN'], group: 'calls' },
  { path: '/dashboard', label: '대시보드', roles: ['SUPERVISOR', 'ADMIN'], group: 'calls' },
  { path: '/queue', label: '대기열', roles: ['AGENT', 'SUPERVISOR'], group: 'calls' },
  { path: '/callbacks', label: '콜백', roles: ['AGENT', 'SUPERVISOR'], group: 'calls' },
  { path: '/agents', label: '상담사 현황', roles: ['SUPERVISOR', 'ADMIN'], group: 'calls' },
  { path: '/gaps', label: '지식 공백', roles: ['SUPERVISOR', 'ADMIN'], group: 'calls' },
  { path: '/test-call', label: '테스트 통화', roles: ['SUPERVISOR', 'ADMIN'], group: 'calls' },
  { path: '/documents/new', label: '문서 작성', roles: WRITERS, group: 'drafting' },
  { path: '/meetings/new', label: '회의록 요약', roles: WRITERS, also: ['/meetings'], group: 'drafting' },
  { path: '/documents', label: '내 문서', roles: WRITERS, group: 'drafting' },
  { path: '/reviews', label: '검토 대기', roles: WRITERS, group: 'drafting' },
];

const PAGE_ROLES: Record<string, Role[]> = {
  queue: ['AGENT', 'SUPERVISOR'],
  call: ['AGENT', 'SUPERVISOR'],
  callbacks: ['AGENT', 'SUPERVISOR'],
  dashboard: ['SUPERVISOR', 'ADMIN'],
  agents: ['SUPERVISOR', 'ADMIN'],
  gaps: ['SUPERVISOR', 'ADMIN'],
  'test-call': ['SUPERVISOR', 'ADMIN'],
  users: ['ADMIN'],
  documents: WRITERS,
  reviews: WRITERS,
  meetings: WRITERS,
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
      return '/documents';
  }
}

function page(route: Route): ReactNode {
  const [first, second] = route.segments;
  switch (first) {
    case 'queue':
      return <QueuePage />;
    case 'call':
      return second ? <CallPage key={second} handoffId={second} /> : null;
    case 'callbacks':
      return <CallbacksPage />;
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
    case 'documents':
      if (second === 'new') return <LetterFormPage />;
      return second ? <DocumentPage key={second} id={second} /> : <DocumentsPage key="mine" scope="MINE" />;
    case 'reviews':
      return <DocumentsPage key="review" scope="REVIEW" />;
    case 'meetings':
      if (second === 'new') return <MeetingFormPage />;
      return second ? <MeetingPage key={second} id={second} /> : <MeetingsPage />;
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
      <TopBar nav={NAV.filter((n) => n.roles.includes(session.user.role))} current={route.path.split('?')[0]} />
      <main className="main">{allowed ? page(route) : null}</main>
      <Toasts />
    </div>
  );
}
