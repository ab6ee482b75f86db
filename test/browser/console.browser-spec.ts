import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Database } from '../../apps/api/src/database/database.js';
import { GATEWAY, TEST_ADMIN_PASSWORD, apiOn, gql, signIn } from '../support/api-client.js';
import { WAIT, builtConsole, eventually, launchChromium, shot, text } from '../support/browser.js';
import { testBackends } from '../support/test-database.js';

// The agent console in a real browser against the whole API: an agent takes an escalated call and wraps it up; a
// supervisor reads the dashboard and phones in through the test-call panel; an administrator adds a user. Every step
// leaves a screenshot in test-artifacts/screenshots.

/** graphql-ws acknowledges the connection, not each subscription: give the server a moment to register one. */
const SUBSCRIBE_SETTLE_MS = 300;

const CONSOLE_DIR = builtConsole('dasan-console-');

// One backend is enough for the browser: PostgreSQL when the run has it (CI), else PGlite.
const backend = testBackends().at(-1)!;

describe(`agent console in a browser on ${backend}`, () => {
  const api = apiOn(backend, { CONSOLE_DIR });
  let browser: Browser;
  let agentUser: { username: string; password: string; displayName: string };
  let supervisorUser: { username: string; password: string; displayName: string };
  /** The escalated call of the agent flow, read again by the supervisor flow. */
  let escalated: { callId: string; handoffId: string };

  beforeAll(async () => {
    browser = await launchChromium();
    const admin = await signIn(api.url, 'admin', TEST_ADMIN_PASSWORD);
    const create = async (username: string, displayName: string, role: string) => {
      const password = `${username}-password-long`;
      const res = await gql(
        api.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
        { input: { username, displayName, role, password } },
        admin.as,
      );
      expect(res.errors).toBeUndefined();
      return { username, password, displayName };
    };
    agentUser = await create('kim.agent', '김상담', 'AGENT');
    supervisorUser = await create('park.super', '박관리', 'SUPERVISOR');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function openConsole(): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/`);
    return { context, page, pageErrors };
  }

  async function signInAs(page: Page, user: { username: string; password: string }): Promise<void> {
    await page.getByTestId('signin-username').fill(user.username);
    await page.getByTestId('signin-password').fill(user.password);
    await page.getByTestId('signin-submit').click();
  }

  const say = async (callId: string, utterance: string) => {
    const res = await gql<{ sendUtterance: { action: string; handoff: { id: string } | null } }>(
      api.url,
      `mutation($callId: ID!, $text: String!) { sendUtterance(callId: $callId, text: $text) { action handoff { id } } }`,
      { callId, text: utterance },
      GATEWAY,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.sendUtterance;
  };

  it('lets an agent take an escalated call live, use assist, report a gap, queue a text and wrap up', async () => {
    const { context, page, pageErrors } = await openConsole();

    // Sign-in: a wrong password shows the server's message; the right one lands an agent on the queue.
    await page.getByTestId('signin-form').waitFor();
    expect(await text(page.locator('h1'))).toBe('DASAN 120 상담');
    await shot(page, '01-signin');
    await signInAs(page, { username: agentUser.username, password: 'not-the-password' });
    expect(await text(page.getByTestId('signin-error'))).not.toBe('');
    await shot(page, '02-signin-error');
    await signInAs(page, agentUser);
    await page.getByTestId('queue-page').waitFor();
    expect(page.url()).toMatch(/#\/queue$/);
    expect(await text(page.getByTestId('current-user'))).toContain('김상담');
    expect(await text(page.getByTestId('current-user'))).toContain('상담사');
    expect(await page.getByTestId('nav-queue').count()).toBe(1);
    expect(await page.getByTestId('nav-dashboard').count()).toBe(0);
    // The status selector sets AWAY and back to AVAILABLE through setMyStatus.
    await page.getByTestId('agent-status').selectOption('AWAY');
    await eventually(
      () => page.getByTestId('agent-status').inputValue(),
      (v) => v === 'AWAY',
      'status AWAY',
    );
    await page.getByTestId('agent-status').selectOption('AVAILABLE');
    await eventually(() => page.getByTestId('agent-status').isEnabled(), Boolean, 'status selector idle');
    expect(await page.getByTestId('agent-status').inputValue()).toBe('AVAILABLE');
    await page.getByTestId('live-indicator').and(page.locator('[data-state="connected"]')).waitFor();
    await page.waitForTimeout(SUBSCRIBE_SETTLE_MS);
    await shot(page, '03-queue-empty');

    // A citizen calls, asks about passports, then asks for a person: the handoff appears without a reload.
    const started = await gql<{ startCall: { id: string } }>(
      api.url,
      `mutation { startCall(input: { channel: PHONE, callerId: "010-9876-5432" }) { id } }`,
      {},
      GATEWAY,
    );
    const callId = started.data!.startCall.id;
    expect((await say(callId, '여권 새로 만들려면 어디로 가야 돼요?')).action).toBe('ANSWER');
    const handedOver = await say(callId, '상담원 연결해 주세요');
    expect(handedOver.action).toBe('HANDOFF');
    const handoffId = handedOver.handoff!.id;
    escalated = { callId, handoffId };

    const row = page.locator(`[data-testid="queue-row"][data-handoff-id="${handoffId}"]`);
    await row.waitFor({ timeout: WAIT });
    expect(await text(row.getByTestId('reason-badge'))).toBe('상담원 요청');
    expect(await text(row.getByTestId('queue-topic'))).toContain('여권');
    expect(await text(row.getByTestId('queue-summary'))).not.toBe('');
    expect(await text(row)).toContain('한국어');
    const firstWait = await text(row.getByTestId('queue-wait'));
    expect(firstWait).toMatch(/^\d\d:\d\d$/);
    await eventually(
      () => text(row.getByTestId('queue-wait')),
      (w) => w !== firstWait,
      'the waiting time to tick',
    );
    await shot(page, '04-queue-live-handoff');

    // Claim: the call view opens with the bot's summary and the masked transcript.
    await row.getByTestId('claim-button').click();
    await page.getByTestId('call-page').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/call/${handoffId}$`));
    const summary = page.getByTestId('handoff-summary');
    expect(await text(summary.getByTestId('reason-badge'))).toBe('상담원 요청');
    expect(await text(page.getByTestId('handoff-topic'))).toContain('여권');
    expect(await text(page.getByTestId('handoff-summary-text'))).toContain('여권');
    const caller = await text(page.getByTestId('handoff-caller'));
    expect(caller).toContain('5432');
    expect(caller).not.toContain('9876');
    const turns = page.getByTestId('transcript-turn');
    await eventually(
      () => turns.count(),
      (n) => n === 5,
      'five turns (greeting, question, answer, request, handoff)',
    );
    expect(await turns.nth(1).getAttribute('data-speaker')).toBe('CALLER');
    expect(await text(turns.nth(1).getByTestId('turn-text'))).toBe('여권 새로 만들려면 어디로 가야 돼요?');
    expect(await turns.nth(2).getByTestId('citation-link').count()).toBeGreaterThan(0);
    expect(await text(page.getByTestId('agent-status-readonly'))).toBe('통화 중');
    expect(await page.getByTestId('wrapup-summary').inputValue()).not.toBe('');
    await page.getByTestId('live-indicator').and(page.locator('[data-state="connected"]')).waitFor();
    await page.waitForTimeout(SUBSCRIBE_SETTLE_MS);
    await shot(page, '05-call-view');

    // The caller keeps talking: the new words appear live, with fresh assist suggestions.
    await say(callId, '여권 재발급은 어떻게 하나요');
    const live = page.locator('[data-testid="transcript-turn"][data-speaker="CALLER"]', { hasText: '여권 재발급은 어떻게 하나요' });
    await live.waitFor({ timeout: WAIT });
    await eventually(
      () => page.getByTestId('suggestion-title').allTextContents(),
      (titles) => titles.length > 0 && titles.some((t) => t.includes('여권')),
      'a passport suggestion',
    );
    expect(await text(page.getByTestId('assist-suggestion').first().getByTestId('suggested-answer'))).not.toBe('');
    await shot(page, '06-live-utterance-and-assist');

    // Knowledge search from the assist panel.
    await page.getByTestId('kb-search-input').fill('여권 재발급 수수료');
    await page.getByTestId('kb-search-submit').click();
    await page.getByTestId('kb-hit').first().waitFor();
    expect(await text(page.getByTestId('kb-hits'))).toContain('여권');

    // A wrong answer reported on the bot's passport answer (turn 3), with a note.
    await turns.nth(2).getByTestId('report-wrong-answer').click();
    await page.getByTestId('gap-note').fill('재발급 절차가 아니라 신규 발급만 안내함');
    await page.getByTestId('gap-submit').click();
    await turns.nth(2).getByTestId('reported-label').waitFor();
    await shot(page, '07-wrong-answer-reported');

    // A text message with the passport article, from its suggestion card.
    const passportCard = page.locator('[data-testid="assist-suggestion"][data-topic-id="passport"]');
    expect(await text(passportCard.getByTestId('suggestion-title'))).toBe('여권 발급');
    await passportCard.getByTestId('send-sms').click();
    expect(await text(passportCard.getByTestId('sms-queued'))).toBe('문자 발송 대기열에 추가됨');
    await shot(page, '08-sms-queued');

    // Wrap-up: a transfer needs a department; then "info sent" with the edited after-call summary.
    await page.getByTestId('wrapup-disposition').selectOption('TRANSFERRED');
    await page.getByTestId('wrapup-department').waitFor();
    await page.getByTestId('wrapup-submit').click();
    expect(await text(page.getByTestId('wrapup-error'))).toBe('이관할 부서를 입력해 주세요.');
    await page.getByTestId('wrapup-disposition').selectOption('INFO_SENT');
    expect(await page.getByTestId('wrapup-topic').inputValue()).not.toBe('');
    const draft = await page.getByTestId('wrapup-summary').inputValue();
    const edited = `${draft}\n상담사 확인: 여권 재발급 절차와 수수료를 안내하고 문자로 보냄`;
    await page.getByTestId('wrapup-summary').fill(edited);
    await page.getByTestId('wrapup-notes').fill('재발급 문의, 문자 발송');
    await shot(page, '09-wrap-up-form');
    await page.getByTestId('wrapup-submit').click();

    // Back at the queue, available again, and the handoff is closed with what the agent wrote.
    await page.getByTestId('queue-page').waitFor();
    expect(page.url()).toMatch(/#\/queue$/);
    await page.getByTestId('toast').filter({ hasText: '후처리를 완료했습니다' }).waitFor();
    await eventually(
      () => page.getByTestId('agent-status').inputValue(),
      (v) => v === 'AVAILABLE',
      'status AVAILABLE after wrap-up',
    );
    expect(await page.getByTestId('active-handoff-banner').count()).toBe(0);
    expect(await page.locator(`[data-handoff-id="${handoffId}"]`).count()).toBe(0);
    await shot(page, '10-back-at-queue');

    const agent = await signIn(api.url, agentUser.username, agentUser.password);
    const closed = await gql<{ handoff: { status: string; disposition: string; afterCallSummary: string; wrapNotes: string } }>(
      api.url,
      `query($id: ID!) { handoff(id: $id) { status disposition afterCallSummary wrapNotes } }`,
      { id: handoffId },
      agent.as,
    );
    expect(closed.data!.handoff).toEqual({
      status: 'CLOSED',
      disposition: 'INFO_SENT',
      afterCallSummary: edited.trim(),
      wrapNotes: '재발급 문의, 문자 발송',
    });
    const texts: { topic_id: string; status: string }[] = await api.app
      .get(Database)
      .dataSource.query(`SELECT topic_id, status FROM sms_outbox WHERE call_id = $1`, [callId]);
    expect(texts).toEqual([{ topic_id: 'passport', status: 'PENDING' }]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows a supervisor the dashboard with data and lets them phone in through the test-call panel', async () => {
    expect(escalated).toBeDefined();
    const { context, page, pageErrors } = await openConsole();
    await signInAs(page, supervisorUser);
    await page.getByTestId('dashboard-page').waitFor();
    expect(page.url()).toMatch(/#\/dashboard$/);
    for (const nav of ['dashboard', 'queue', 'agents', 'gaps', 'test-call']) expect(await page.getByTestId(`nav-${nav}`).count()).toBe(1);
    expect(await page.getByTestId('nav-users').count()).toBe(0);

    // One call today, handed to a person, claimed and wrapped up; one wrong answer reported.
    await eventually(
      () => text(page.getByTestId('stat-total-calls')),
      (t) => t.includes('1'),
      'the call count',
    );
    expect(await text(page.getByTestId('stat-total-calls'))).toBe('총 통화1');
    expect(await text(page.getByTestId('stat-handed-off'))).toBe('상담원 연결1');
    expect(await text(page.getByTestId('containment-rate'))).toBe('0.0%');
    expect(await text(page.getByTestId('stat-median-wait'))).toMatch(/^대기 시간 \(중앙값\)\d+(초|분 \d+초)$/);
    const bars = (id: string) => page.getByTestId(id).locator('svg .recharts-bar-rectangle');
    const sectors = (id: string) => page.getByTestId(id).locator('svg .recharts-pie-sector');
    await eventually(
      () => bars('chart-calls-per-hour').count(),
      (n) => n > 0,
      'bars of calls per hour',
    );
    await eventually(
      () => sectors('chart-containment').count(),
      (n) => n > 0,
      'sectors of the containment chart',
    );
    await eventually(
      () => sectors('chart-handoff-reasons').count(),
      (n) => n === 1,
      'one sector of handoff reasons',
    );
    expect(await text(page.getByTestId('chart-handoff-reasons'))).toContain('상담원 요청');
    expect(await bars('chart-top-topics').count()).toBeGreaterThan(0);
    expect(await text(page.getByTestId('chart-top-topics'))).toContain('여권');
    expect(await bars('chart-agent-status').count()).toBeGreaterThan(0);
    expect(await text(page.getByTestId('chart-agent-status'))).toContain('상담 가능');
    expect(await text(page.getByTestId('stat-open-gaps'))).toBe('미해결 지식 공백1');
    const gap = page.getByTestId('gap-list').getByTestId('gap-item');
    await gap.first().waitFor({ timeout: WAIT }); // the gap list has its own query
    expect(await gap.count()).toBe(1);
    expect(await text(gap.first())).toContain('오답');
    await shot(page, '11-dashboard');

    // The agents page shows the agent available again.
    await page.getByTestId('nav-agents').click();
    const agentRow = page.locator('[data-testid="agent-row"]', { hasText: '김상담' });
    expect(await text(agentRow.getByTestId('agent-status-cell'))).toBe('상담 가능');
    await shot(page, '12-agents');

    // The knowledge gap, resolved.
    await page.getByTestId('nav-gaps').click();
    const gapRow = page.getByTestId('gap-row').first();
    await gapRow.waitFor();
    expect(await text(gapRow)).toContain('재발급 절차가 아니라 신규 발급만 안내함');
    await shot(page, '13-gaps');
    await gapRow.getByTestId('gap-resolve').click();
    await eventually(
      () => page.getByTestId('gap-row').count(),
      (n) => n === 0,
      'the resolved gap to leave the open list',
    );
    await page.getByTestId('gap-filter-RESOLVED').click();
    await page.getByTestId('gap-row').first().waitFor();

    // Phoning in: greeting, an answer with its citation, then 0 for a person.
    await page.getByTestId('nav-test-call').click();
    await page.getByTestId('start-call').click();
    const replies = page.getByTestId('bot-reply');
    await replies.first().waitFor();
    expect(await text(replies.first())).toContain('인공지능');
    await page.getByTestId('utterance-input').fill('여권 재발급은 어떻게 하나요');
    await page.getByTestId('utterance-send').click();
    await eventually(
      () => replies.count(),
      (n) => n === 2,
      'the answer',
    );
    expect(await replies.nth(1).getByTestId('reply-action').getAttribute('data-action')).toBe('ANSWER');
    expect(await text(replies.nth(1).getByTestId('reply-citation').first())).toContain('여권');
    await shot(page, '14-test-call-answer');
    await page.getByTestId('key-0').click();
    expect(await text(page.getByTestId('handoff-notice'))).toContain('상담원 대기열로 연결되었습니다');
    await shot(page, '15-test-call-handoff');

    // The test call now waits in the queue, which supervisors work too.
    await page.getByTestId('handoff-notice').getByRole('link').click();
    await page.getByTestId('queue-page').waitFor();
    const waiting = page.getByTestId('queue-row');
    await eventually(
      () => waiting.count(),
      (n) => n === 1,
      'the test call in the queue',
    );
    expect(await text(waiting.first().getByTestId('reason-badge'))).toBe('상담원 요청');
    await shot(page, '16-queue-with-test-call');

    // A second test call, hung up by the caller.
    await page.getByTestId('nav-test-call').click();
    await page.getByTestId('start-call').click();
    await page.getByTestId('bot-reply').first().waitFor();
    await page.getByTestId('end-call').click();
    await page.getByTestId('call-ended-notice').waitFor();
    expect(await text(page.getByTestId('phone-state'))).toBe('통화 종료');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('lets an administrator add a user with a one-time password and deactivate them', async () => {
    const { context, page, pageErrors } = await openConsole();
    await signInAs(page, { username: 'admin', password: TEST_ADMIN_PASSWORD });
    await page.getByTestId('users-page').waitFor();
    expect(page.url()).toMatch(/#\/users$/);
    await page.getByTestId('new-username').fill('choi.drafter');
    await page.getByTestId('new-display-name').fill('최작성');
    await page.getByTestId('new-role').selectOption('DRAFTER');
    await page.getByTestId('create-user-submit').click();
    const otp = await text(page.getByTestId('one-time-password'));
    expect(otp.length).toBeGreaterThanOrEqual(8);
    const row = page.locator('[data-testid="user-row"][data-username="choi.drafter"]');
    expect(await text(row)).toContain('문서 작성자');
    await shot(page, '17-users-created');
    await row.getByTestId('toggle-active').click();
    await eventually(
      () => text(row.getByTestId('user-active')),
      (t) => t === '비활성',
      'the user to be deactivated',
    );
    await shot(page, '18-users-deactivated');
    await row.getByTestId('toggle-active').click();
    await eventually(
      () => text(row.getByTestId('user-active')),
      (t) => t === '활성',
      'the user to be active again',
    );

    // The new drafter signs in with the one-time password and lands on their documents.
    await page.getByTestId('sign-out').click();
    await signInAs(page, { username: 'choi.drafter', password: otp });
    await page.getByTestId('my-documents-page').waitFor({ timeout: WAIT });
    expect(page.url()).toMatch(/#\/documents$/);
    expect(await page.getByTestId('toast').count()).toBe(0); // the administrator's confirmations left with them
    await shot(page, '19-drafter-documents');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
