import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type SignedIn, apiOn, gql, userAs } from '../support/api-client.js';
import { FakeModelServer } from '../support/fake-model-server.js';
import { WAIT, builtConsole, eventually, launchChromium, shot, text } from '../support/browser.js';
import { testBackends } from '../support/test-database.js';

// Drafting in the console, in a real browser against the whole API: a drafter fills a 협조 요청 form citing a
// knowledge-base article, follows the draft's job live, edits it with the checker re-checking as they type, saves a
// second version, reads the diff and submits it; another drafter approves it from their review list; the author
// downloads the DOCX. Then a meeting transcript is summarised into action items and minutes, and a supervisor
// cancels a draft while it is being written. Every step leaves a screenshot in test-artifacts/screenshots.

/** The fake chat model answers letter requests this late, past DRAFT_TIMEOUT_MS: the job runs long enough to watch. */
const MODEL_DELAY_MS = 3_600;
const DRAFT_TIMEOUT_MS = 3_000;

const TRANSCRIPT = `김과장: 오늘은 따릉이 대여소 확충 계획을 논의하겠습니다.
이주무관: 강서구와 노원구에 대여소가 부족하다는 민원이 지난달에만 120건 들어왔습니다.
김과장: 그럼 두 구에 대여소를 각각 열 곳씩 늘리기로 결정하겠습니다.
박팀장: 설치 후보지는 제가 다음 주 금요일까지 정리해서 보고하겠습니다.
이주무관: 예산은 추경에 반영할 수 있을지 추후 논의가 필요합니다.
김과장: 오늘 회의는 여기까지 하겠습니다. 수고하셨습니다.
`;

const CONSOLE_DIR = builtConsole('dasan-console-drafting-');

const backend = testBackends().at(-1)!;

describe(`drafting in the console on ${backend}`, () => {
  // A chat model that answers the letter writer too late (the draft falls back to the template, with a note), so
  // the drafting job is seen running; anything else gets an unusable answer at once (extractive fallback).
  const fake = new FakeModelServer();
  let modelUrl = '';
  beforeAll(async () => {
    modelUrl = await fake.start();
    fake.chat = (messages) =>
      messages.some((m) => m.content.includes('공문 초안')) ? { content: '{}', delayMs: MODEL_DELAY_MS } : { content: '{}' };
  });
  afterAll(() => fake.stop());
  const api = apiOn(backend, () => ({
    CONSOLE_DIR,
    CHAT_PROVIDER: 'openai',
    CHAT_MODEL: 'fake-drafter',
    CHAT_BASE_URL: `${modelUrl}/v1`,
    DRAFT_TIMEOUT_MS,
  }));

  let browser: Browser;
  let author: SignedIn & { password: string };
  let reviewer: SignedIn & { password: string };
  let supervisor: SignedIn & { password: string };

  /** userAs with the password kept, to sign in through the form. */
  async function person(role: 'DRAFTER' | 'SUPERVISOR', displayName: string) {
    const signedIn = await userAs(api.url, role, displayName);
    return { ...signedIn, password: `pw-${signedIn.user.username}-long` };
  }

  beforeAll(async () => {
    browser = await launchChromium();
    author = await person('DRAFTER', '김주무관');
    reviewer = await person('DRAFTER', '박팀장');
    supervisor = await person('SUPERVISOR', '정관리');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function openConsole(user: { user: { username: string }; password: string }) {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'ko-KR',
      timezoneId: 'Asia/Seoul',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/`);
    await page.getByTestId('signin-username').fill(user.user.username);
    await page.getByTestId('signin-password').fill(user.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('topbar').waitFor();
    return { context, page, pageErrors };
  }

  const editorValue = (page: Page) => page.getByTestId('document-editor').inputValue();
  const findingsErrors = async (page: Page) => Number(await page.getByTestId('findings-panel').getAttribute('data-errors'));
  const idle = (page: Page) =>
    eventually(
      () => page.getByTestId('findings-state').getAttribute('data-checking'),
      (v) => v === 'false',
      'the live check to settle',
    );

  it('drafts a cooperation request, checks it live, keeps versions, and needs a second drafter to approve it', async () => {
    const { context, page, pageErrors } = await openConsole(author);

    // A drafter lands on their documents, with the drafting menu only.
    await page.getByTestId('my-documents-page').waitFor();
    expect(page.url()).toMatch(/#\/documents$/);
    for (const nav of ['documents-new', 'meetings-new', 'documents', 'reviews'])
      expect(await page.getByTestId(`nav-${nav}`).count()).toBe(1);
    expect(await page.getByTestId('nav-queue').count()).toBe(0);
    expect(await text(page.getByTestId('documents-empty'))).toBe('아직 작성한 문서가 없습니다.');
    await shot(page, 'drafting-01-my-documents-empty');

    // The form: a 협조 요청 citing the 대형폐기물 article, found through the search box.
    await page.getByTestId('nav-documents-new').click();
    await page.getByTestId('letter-form').waitFor();
    await page.getByTestId('letter-kind-COOPERATION_REQUEST').click();
    expect(await page.getByTestId('letter-kind-COOPERATION_REQUEST').getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('letter-recipient').fill('자치구청장(자원순환 담당과장)');
    await page.getByTestId('letter-subject').fill('대형폐기물 배출 안내 강화 협조 요청');
    await page.getByTestId('letter-purpose').fill('연말 이사철에 대형폐기물 무단 배출 민원이 늘고 있어 주민 안내를 강화하고자 합니다');
    await page.getByTestId('letter-date').fill('2026-11-26');
    await page.getByTestId('letter-deadline').fill('2026-12-10');
    await page.getByTestId('letter-senderOffice').fill('서울특별시 자원순환과');
    expect(await page.getByTestId('letter-senderHead').inputValue()).toBe('서울특별시장');
    await page.getByTestId('letter-contactName').fill('김주무관');
    await page.getByTestId('letter-contactPhone').fill('02-2133-3600');
    await page.getByTestId('letter-contactEmail').fill('recycle@seoul.go.kr');
    const points = page.getByTestId('keypoint-input');
    await points.nth(0).fill('아파트 관리사무소와 주민센터 게시판에 배출 방법을 게시해 주시기 바랍니다');
    await page.getByTestId('keypoint-add').click();
    await points.nth(1).fill('무단 배출 신고가 들어오면 현장 확인을 해 주시기 바랍니다');
    await page.getByTestId('keypoint-add').click();
    await points.nth(2).fill('지울 요점');
    await page.getByTestId('keypoint-remove').nth(2).click();
    expect(await points.count()).toBe(2);
    await page.getByTestId('attachment-add').click();
    await page.getByTestId('attachment-input').nth(0).fill('대형폐기물 배출 안내문');
    await page.getByTestId('attachment-add').click();
    await page.getByTestId('attachment-input').nth(1).fill('자치구별 신고 창구 목록');
    await page.getByTestId('topic-search-input').fill('대형폐기물');
    await page.getByTestId('topic-search-submit').click();
    const bulky = page.locator('[data-testid="topic-hit"]', { hasText: '대형폐기물 배출' }).first();
    await bulky.waitFor();
    expect(await bulky.getAttribute('data-topic-id')).toBe('bulky-waste');
    await bulky.getByTestId('topic-hit-add').click();
    const chip = page.getByTestId('selected-topic');
    expect(await chip.count()).toBe(1);
    expect(await chip.getAttribute('data-topic-id')).toBe('bulky-waste');
    expect(await text(chip)).toContain('대형폐기물 배출');
    await shot(page, 'drafting-02-letter-form');

    // The API refuses a malformed call id naming the field; the console leads with a Korean sentence.
    await page.getByTestId('letter-callId').fill('not-a-call');
    await page.getByTestId('letter-submit').click();
    expect(await text(page.getByTestId('letter-error'))).toMatch(/^입력을 확인해 주세요: callId: /);
    expect(page.url()).toMatch(/#\/documents\/new$/);
    await shot(page, 'drafting-03-letter-invalid-input');
    await page.getByTestId('letter-callId').fill('');

    // Sent: the document page follows the job live while the model is asked (and times out).
    await page.getByTestId('letter-submit').click();
    await page.getByTestId('document-page').waitFor();
    const documentId = (await page.getByTestId('document-page').getAttribute('data-document-id'))!;
    expect(page.url()).toMatch(new RegExp(`#/documents/${documentId}$`));
    const job = page.getByTestId('job-progress');
    await page.locator('[data-testid="job-progress"][data-status="RUNNING"]').waitFor();
    await eventually(
      () => text(page.getByTestId('job-step')),
      (s) => s === '모델이 본문 작성',
      'the model step',
    );
    expect(Number(await page.getByTestId('job-progress-bar').getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(await page.getByTestId('job-cancel').isVisible()).toBe(true);
    expect(await text(page.getByTestId('document-status'))).toBe('작성 중');
    expect(await page.getByTestId('draft-pending').isVisible()).toBe(true);
    await shot(page, 'drafting-04-draft-progress');

    // The draft: template (the model was too slow, and the note says so), labelled AI-assisted, no errors.
    await page.locator('[data-testid="job-progress"][data-status="COMPLETED"]').waitFor();
    await page.getByTestId('document-editor').waitFor();
    expect(await text(job.getByTestId('job-percent'))).toBe('100%');
    expect(await page.getByTestId('job-cancel').count()).toBe(0);
    expect(await text(page.getByTestId('document-status'))).toBe('초안');
    expect(await text(page.getByTestId('ai-label'))).toBe('AI 지원 초안');
    expect(await text(page.getByTestId('document-kind'))).toBe('협조 요청');
    expect(await text(page.getByTestId('document-title'))).toBe('대형폐기물 배출 안내 강화 협조 요청');
    expect(await text(page.getByTestId('generation-mode'))).toBe('초안 생성: 템플릿');
    expect(await text(page.getByTestId('generation-note'))).toContain('템플릿 초안을 사용했습니다');
    expect(await text(page.getByTestId('document-version'))).toBe('버전 1');
    const draft = await editorValue(page);
    expect(draft).toMatch(/^제목 {2}대형폐기물 배출 안내 강화 협조 요청$/m);
    expect(draft).toContain('2026. 12. 10.까지');
    expect(draft).toMatch(/대형폐기물 배출\(.*https?:\/\//);
    await idle(page);
    expect(await findingsErrors(page)).toBe(0);
    expect(await text(page.getByTestId('findings-errors'))).toBe('오류 0');
    expect(await page.getByTestId('line-number').count()).toBe(draft.split('\n').length);
    await shot(page, 'drafting-05-draft-ready');

    // An edit with a fault: the checker finds the hyphenated date as the text changes, on its line.
    const reworded = draft.replace('회신하여 주시기 바랍니다', '회신해 주시기 바랍니다');
    expect(reworded).not.toBe(draft);
    const faulty = reworded.replace('2026. 12. 10.까지', '2026-12-10까지');
    await page.getByTestId('document-editor').fill(faulty);
    expect(await text(page.getByTestId('unsaved'))).toBe('저장하지 않은 변경');
    const dateFinding = page.locator('[data-testid="finding"][data-rule="date-format"]');
    await dateFinding.waitFor();
    const faultLine = faulty.split('\n').findIndex((l) => l.includes('2026-12-10')) + 1;
    expect(Number(await dateFinding.getAttribute('data-line'))).toBe(faultLine);
    expect(await dateFinding.getAttribute('data-severity')).toBe('error');
    expect(await text(dateFinding.getByTestId('finding-severity'))).toBe('오류');
    expect(await text(dateFinding.getByTestId('finding-line'))).toBe(`${faultLine}행`);
    expect(await text(dateFinding.getByTestId('finding-suggestion'))).toContain('2026. 12. 10.');
    expect(await findingsErrors(page)).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid="line-number"][data-line="${faultLine}"]`).getAttribute('data-mark')).toBe('error');

    // Clicking the finding selects its line in the editor.
    await dateFinding.click();
    const selected = await page.getByTestId('document-editor').evaluate((el) => {
      const area = el as unknown as { value: string; selectionStart: number; selectionEnd: number };
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(faulty.split('\n')[faultLine - 1]);
    expect(await page.locator('.line-no-active').getAttribute('data-line')).toBe(String(faultLine));
    await shot(page, 'drafting-06-live-finding-selected');

    // Fixed, the findings are clean again; saved, it becomes version 2.
    await page.getByTestId('document-editor').fill(reworded);
    await eventually(
      () => dateFinding.count(),
      (n) => n === 0,
      'the date finding to go',
    );
    await idle(page);
    expect(await findingsErrors(page)).toBe(0);
    await page.getByTestId('document-save').click();
    await eventually(
      () => text(page.getByTestId('document-version')),
      (v) => v === '버전 2',
      'version 2',
    );
    await page.getByTestId('toast').filter({ hasText: '저장했습니다 (버전 2)' }).waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);
    expect(await page.getByTestId('version-row').count()).toBe(2);
    expect(await editorValue(page)).toBe(reworded);
    await shot(page, 'drafting-07-saved-version-2');

    // The diff between versions 1 and 2: the old sentence removed, the new one added.
    expect(await page.getByTestId('diff-from').inputValue()).toBe('1');
    expect(await page.getByTestId('diff-to').inputValue()).toBe('2');
    await page.getByTestId('diff-submit').click();
    await page.getByTestId('diff-view').waitFor();
    expect(await page.getByTestId('diff-removed').count()).toBe(1);
    expect(await page.getByTestId('diff-added').count()).toBe(1);
    expect(await text(page.getByTestId('diff-removed'))).toContain('회신하여 주시기 바랍니다');
    expect(await text(page.getByTestId('diff-added'))).toContain('회신해 주시기 바랍니다');
    expect(await text(page.getByTestId('diff-shown'))).toBe('v1 → v2');
    await shot(page, 'drafting-08-diff-v1-v2');

    // Submitted for review: the author waits; no approve button for them.
    await page.getByTestId('document-submit').click();
    await eventually(
      () => text(page.getByTestId('document-status')),
      (s) => s === '검토 중',
      'status 검토 중',
    );
    await page.getByTestId('waiting-review').waitFor();
    expect(await page.getByTestId('document-approve').count()).toBe(0);
    expect(await page.getByTestId('document-save').count()).toBe(0);
    expect(await page.getByTestId('document-editor').getAttribute('readonly')).not.toBeNull();
    await shot(page, 'drafting-09-submitted');

    // A second drafter finds it in 검토 대기 and approves it.
    const second = await openConsole(reviewer);
    const rp = second.page;
    await rp.getByTestId('my-documents-page').waitFor();
    await rp.getByTestId('nav-reviews').click();
    await rp.getByTestId('review-documents-page').waitFor();
    const row = rp.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
    await row.waitFor();
    expect(await text(row.getByTestId('document-status'))).toBe('검토 중');
    expect(await text(row.getByTestId('document-kind'))).toBe('협조 요청');
    expect(await text(row.getByTestId('document-row-updated'))).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    await shot(rp, 'drafting-10-review-list');
    await row.getByTestId('document-row-title').click();
    await rp.getByTestId('review-panel').waitFor();
    expect(await rp.getByTestId('document-editor').inputValue()).toBe(reworded);
    expect(await rp.getByTestId('document-editor').getAttribute('readonly')).not.toBeNull();
    expect(await rp.getByTestId('document-submit').count()).toBe(0);
    await shot(rp, 'drafting-11-reviewer-document');
    await rp.getByTestId('document-approve').click();
    await eventually(
      () => text(rp.getByTestId('document-status')),
      (s) => s === '승인',
      'status 승인',
    );
    await rp.getByTestId('approved-notice').waitFor();
    expect(await rp.getByTestId('review-panel').count()).toBe(0);
    await shot(rp, 'drafting-12-approved-by-reviewer');
    expect(second.pageErrors).toEqual([]);
    await second.context.close();

    // The author sees it approved and downloads the DOCX.
    await page.reload();
    await page.getByTestId('approved-notice').waitFor();
    expect(await text(page.getByTestId('document-status'))).toBe('승인');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(download.suggestedFilename()).toContain('v2');
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    const [textDownload] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.getByTestId('export-text').click()]);
    expect(textDownload.suggestedFilename()).toMatch(/\.txt$/);
    expect(readFileSync(await textDownload.path()).toString('utf8')).toBe(reworded);
    await shot(page, 'drafting-13-author-approved');

    await page.getByTestId('nav-documents').click();
    const mine = page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
    await mine.waitFor();
    expect(await text(mine.getByTestId('document-status'))).toBe('승인');
    await shot(page, 'drafting-14-my-documents');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('summarises a pasted meeting transcript into action items and minutes, and refuses a non-text file', async () => {
    const { context, page, pageErrors } = await openConsole(author);
    await page.getByTestId('nav-meetings-new').click();
    await page.getByTestId('meeting-form').waitFor();
    await page.getByTestId('meeting-title').fill('따릉이 대여소 확충 회의');
    await page.getByTestId('meeting-date').fill('2026-11-26');
    await page.getByTestId('meeting-place').fill('서소문청사 회의실');
    await page.getByTestId('meeting-department').fill('서울특별시 교통정책과');
    await page.getByTestId('meeting-attendees').fill('김과장, 이주무관, 박팀장');

    // A picture is refused before anything is sent.
    await page.getByTestId('meeting-file').setInputFiles({
      name: '회의사진.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    expect(await text(page.getByTestId('meeting-file-error'))).toBe(
      "'회의사진.png' 파일은 올릴 수 없습니다. 회의 녹취록은 텍스트 파일(.txt, .vtt, .srt)로 올려 주세요.",
    );
    expect(await page.getByTestId('meeting-transcript').inputValue()).toBe('');
    await shot(page, 'drafting-15-meeting-file-refused');

    // A subtitle file is read in the browser, and its format picked up from the name.
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v 김과장>오늘은 따릉이 대여소 확충 계획을 논의하겠습니다.\n`;
    await page.getByTestId('meeting-file').setInputFiles({ name: '회의.vtt', mimeType: 'text/vtt', buffer: Buffer.from(vtt, 'utf8') });
    await eventually(
      () => page.getByTestId('meeting-transcript').inputValue(),
      (v) => v === vtt,
      'the file in the transcript box',
    );
    expect(await text(page.getByTestId('meeting-file-name'))).toBe('회의.vtt');
    expect(await page.getByTestId('meeting-format').inputValue()).toBe('vtt');
    expect(await page.getByTestId('meeting-file-error').count()).toBe(0);

    // The transcript, pasted instead.
    await page.getByTestId('meeting-format').selectOption('auto');
    await page.getByTestId('meeting-transcript').fill(TRANSCRIPT);
    expect(await page.getByTestId('meeting-file-name').count()).toBe(0);
    expect(await text(page.getByTestId('meeting-transcript-count'))).toMatch(/^6줄/);
    await shot(page, 'drafting-16-meeting-form');
    await page.getByTestId('meeting-submit').click();

    // The summary job runs to completion, then the result.
    await page.getByTestId('meeting-page').waitFor();
    expect(page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="job-progress"][data-status="COMPLETED"]').waitFor();
    expect(await text(page.getByTestId('job-percent'))).toBe('100%');
    await page.getByTestId('action-items').waitFor();
    expect(await text(page.getByTestId('meeting-status'))).toBe('완료');
    const candidates = page.locator('[data-testid="action-item"]', { hasText: '후보지' });
    expect(await candidates.count()).toBe(1);
    expect(await text(candidates.getByTestId('action-owner'))).toBe('박팀장');
    expect(await candidates.getByTestId('action-due').getAttribute('data-due')).toBe('2026-12-04');
    expect(await text(candidates.getByTestId('action-due'))).toContain('2026-12-04');
    expect(await text(candidates.getByTestId('source-lines'))).toBe('4');
    expect(await text(page.getByTestId('decisions'))).toContain('열 곳');
    expect(await text(page.getByTestId('open-questions'))).toContain('추경');
    expect(await page.getByTestId('meeting-summary').locator('li').count()).toBeGreaterThan(0);
    const minutes = await text(page.getByTestId('minutes-text'));
    expect(minutes).toContain('회의명');
    expect(minutes).toContain('따릉이 대여소 확충 회의');
    expect(minutes).toContain('서소문청사 회의실');
    expect(Number(await page.getByTestId('findings-panel').getAttribute('data-errors'))).toBe(0);
    await page.getByTestId('minutes-copy').click();
    await page.getByTestId('toast').filter({ hasText: '회의록을 복사했습니다.' }).waitFor();
    await shot(page, 'drafting-17-meeting-result');

    // It is listed with my meetings.
    await page.getByTestId('meeting-list-link').click();
    await page.getByTestId('meetings-page').waitFor();
    const listed = page.getByTestId('meeting-row');
    await listed.first().waitFor({ timeout: WAIT }); // the list loads after the page shows
    expect(await listed.count()).toBe(1);
    expect(await text(listed.first())).toContain('따릉이 대여소 확충 회의');
    expect(await text(listed.first().getByTestId('meeting-status'))).toBe('완료');
    await shot(page, 'drafting-18-meetings-list');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('gives a supervisor the drafting menu, and cancels a draft while it is being written', async () => {
    const { context, page, pageErrors } = await openConsole(supervisor);
    await page.getByTestId('dashboard-page').waitFor();
    for (const nav of ['dashboard', 'queue', 'documents-new', 'meetings-new', 'documents', 'reviews'])
      expect(await page.getByTestId(`nav-${nav}`).count()).toBe(1);

    // A letter asked for through the API; its page shows the job running, and 작업 취소 stops it.
    const created = await gql<{ createLetter: { id: string } }>(
      api.url,
      `mutation($input: LetterInput!) { createLetter(input: $input) { id } }`,
      {
        input: {
          kind: 'RESULT_REPORT',
          senderOffice: '서울특별시 자원순환과',
          senderHead: '서울특별시장',
          contactName: '정관리',
          contactPhone: '02-2133-3601',
          recipient: '서울특별시장',
          subject: '대형폐기물 합동 점검 결과 보고',
          purpose: '11월 대형폐기물 무단 배출 합동 점검을 실시하였습니다',
        },
      },
      supervisor.as,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLetter.id;
    await page.goto(`${api.url}/#/documents/${id}`);
    await page.locator('[data-testid="job-progress"][data-status="RUNNING"]').waitFor();
    await page.getByTestId('job-cancel').click();
    await page.locator('[data-testid="job-progress"][data-status="CANCELLED"]').waitFor();
    expect(await page.getByTestId('job-cancel').count()).toBe(0);
    expect(await text(page.getByTestId('job-status'))).toBe('취소됨');
    expect(await text(page.getByTestId('draft-stalled'))).toContain('초안 작성을 취소했습니다.');
    expect(await text(page.getByTestId('document-status'))).toBe('작성 취소');
    await shot(page, 'drafting-19-draft-cancelled');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('sends a document back with a comment, which its author reads on the document', async () => {
    // A draft written and submitted through the API.
    const created = await gql<{ createLetter: { id: string } }>(
      api.url,
      `mutation($input: LetterInput!) { createLetter(input: $input) { id } }`,
      {
        input: {
          kind: 'PETITION_REPLY',
          senderOffice: '서울특별시 자원순환과',
          senderHead: '서울특별시장',
          contactName: '김주무관',
          contactPhone: '02-2133-3600',
          recipient: '홍길동 귀하',
          subject: '대형폐기물 수거 일정 문의에 대한 회신',
          purpose: '대형폐기물 수거 일정 문의',
          topicIds: ['bulky-waste'],
        },
      },
      author.as,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLetter.id;
    await eventually(
      async () =>
        (await gql<{ document: { status: string } }>(api.url, `query($id: ID!) { document(id: $id) { status } }`, { id }, author.as)).data
          ?.document.status,
      (status) => status === 'DRAFT',
      'the draft',
    );
    const submitted = await gql(api.url, `mutation($id: ID!) { submitDocument(id: $id) { status } }`, { id }, author.as);
    expect(submitted.errors).toBeUndefined();

    // The reviewer returns it with a comment.
    const second = await openConsole(reviewer);
    await second.page.goto(`${api.url}/#/documents/${id}`);
    await second.page.getByTestId('review-panel').waitFor();
    await second.page.getByTestId('return-comment').fill('민원인 성함 뒤에 연락처 안내 문장을 넣어 주세요.');
    await second.page.getByTestId('document-return').click();
    await eventually(
      () => text(second.page.getByTestId('document-status')),
      (s) => s === '초안',
      'status 초안',
    );
    expect(await second.page.getByTestId('review-panel').count()).toBe(0);
    await shot(second.page, 'drafting-20-returned-by-reviewer');
    expect(second.pageErrors).toEqual([]);
    await second.context.close();

    // The author reads the comment and may edit again.
    const { context, page, pageErrors } = await openConsole(author);
    await page.goto(`${api.url}/#/documents/${id}`);
    expect(await text(page.getByTestId('review-comment'))).toBe('반려 의견: 민원인 성함 뒤에 연락처 안내 문장을 넣어 주세요.');
    expect(await page.getByTestId('document-editor').getAttribute('readonly')).toBeNull();
    expect(await page.getByTestId('document-submit').isEnabled()).toBe(true);
    await shot(page, 'drafting-21-author-reads-comment');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
