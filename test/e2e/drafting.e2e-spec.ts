import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { type SignedIn, apiOn, gql, subscribe, userAs } from '../support/api-client.js';
import { FakeModelServer } from '../support/fake-model-server.js';
import { testBackends } from '../support/test-database.js';

const DOC = `id kind title status currentVersion aiAssisted generationMode generationNote approvedBy approvedAt body
  findings { rule severity line message suggestion } versions { version source body } job { status progress step error attempts }`;

type Doc = {
  id: string;
  status: string;
  currentVersion: number;
  aiAssisted: boolean;
  generationMode: string | null;
  generationNote: string | null;
  approvedBy: string | null;
  body: string | null;
  findings: { rule: string; severity: string; line: number; message: string }[];
  versions: { version: number; source: string; body: string }[];
  job: { status: string; progress: number; step: string; error: string | null; attempts: number } | null;
};

const LETTER = {
  kind: 'COOPERATION_REQUEST',
  senderOffice: '서울특별시 자원순환과',
  senderHead: '서울특별시장',
  contactName: '김주무관',
  contactPhone: '02-2133-3600',
  contactEmail: 'recycle@seoul.go.kr',
  recipient: '자치구청장(자원순환 담당과장)',
  subject: '대형폐기물 배출 안내 강화 협조 요청',
  purpose: '연말 이사철에 대형폐기물 무단 배출 민원이 늘고 있어 주민 안내를 강화하고자 합니다',
  keyPoints: [
    '아파트 관리사무소와 주민센터 게시판에 배출 방법을 게시해 주시기 바랍니다',
    '무단 배출 신고가 들어오면 현장 확인을 해 주시기 바랍니다',
  ],
  attachments: ['대형폐기물 배출 안내문', '자치구별 신고 창구 목록'],
  deadline: '2026-12-10',
  date: '2026-11-26',
  topicIds: ['bulky-waste'],
};

function createLetter(url: string, who: SignedIn, input: Record<string, unknown> = LETTER) {
  return gql<{ createLetter: { id: string; status: string } }>(
    url,
    `mutation($input: LetterInput!) { createLetter(input: $input) { id status } }`,
    { input },
    who.as,
  );
}

async function letterDone(api: { url: string }, who: SignedIn, id: string, timeoutMs = 20_000): Promise<Doc> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await gql<{ document: Doc }>(api.url, `query($id: ID!) { document(id: $id) { ${DOC} } }`, { id }, who.as);
    const doc = res.data?.document;
    if (!doc) throw new Error(JSON.stringify(res.errors));
    if (doc.status !== 'GENERATING' || ['FAILED', 'CANCELLED'].includes(doc.job?.status ?? '')) return doc;
    if (Date.now() > deadline) throw new Error(`the draft did not finish: ${JSON.stringify(doc.job)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(testBackends())('drafting letters on %s', (backend) => {
  const api = apiOn(backend);
  let author: SignedIn;
  let reviewer: SignedIn;
  const create = (input: Record<string, unknown>, who = author) => createLetter(api.url, who, input);

  beforeAll(async () => {
    author = await userAs(api.url, 'DRAFTER', '김주무관');
    reviewer = await userAs(api.url, 'DRAFTER', '박팀장');
  });

  it('drafts a letter in the official format from the form and a cited article, and the checker passes it', async () => {
    const created = await create(LETTER);
    expect(created.data!.createLetter.status).toBe('GENERATING');
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    expect(doc).toMatchObject({
      status: 'DRAFT',
      currentVersion: 1,
      aiAssisted: true,
      generationMode: 'template',
      job: { status: 'COMPLETED', progress: 100 },
    });
    const body = doc.body!;
    expect(body).toMatch(/^서울특별시\n/);
    expect(body).toMatch(/^수신 {2}자치구청장\(자원순환 담당과장\)$/m);
    expect(body).toMatch(/^\(경유\)/m);
    expect(body).toMatch(/^제목 {2}대형폐기물 배출 안내 강화 협조 요청$/m);
    expect(body).toMatch(/^1\. .*협조를 요청합니다\.$/m);
    expect(body).toMatch(/^ {2}가\. 아파트 관리사무소/m);
    expect(body).toMatch(/2026\. 12\. 10\.까지/);
    expect(body).toMatch(/대형폐기물.*https?:\/\//);
    expect(body).toMatch(/^붙임 {2}1\. 대형폐기물 배출 안내문 1부\.$/m);
    expect(body).toMatch(/2\. 자치구별 신고 창구 목록 1부\. {2}끝\.$/m);
    expect(body).toMatch(/^서울특별시장$/m);
    expect(doc.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc.versions).toEqual([expect.objectContaining({ version: 1, source: 'generated' })]);
  });

  it("answers a citizen's petition from a handoff's call, citing the call's date", async () => {
    const call = await gql<{ startCall: { id: string } }>(api.url, `mutation { startCall(input: { channel: TEST }) { id } }`);
    const callId = call.data!.startCall.id;
    await gql(
      api.url,
      `mutation($id: ID!) { sendUtterance(callId: $id, text: "장롱 버리려면 어떻게 해요? 상담원 연결해 주세요") { action } }`,
      { id: callId },
    );
    const turn = await gql<{ sendDigit: { handoff: { id: string } } }>(
      api.url,
      `mutation($id: ID!) { sendDigit(callId: $id, digit: "0") { handoff { id } } }`,
      { id: callId },
    );
    const { recipient: _r, kind: _k, deadline: _d, ...rest } = LETTER;
    const created = await create({ ...rest, kind: 'PETITION_REPLY', recipient: '민원인 귀하', handoffId: turn.data!.sendDigit.handoff.id });
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    // The call's date as the citizen knows it: in Seoul.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date()).split('-').map(Number);
    expect(doc.body).toContain(`귀하께서 ${today[0]}. ${today[1]}. ${today[2]}. 120다산콜로 문의하신 내용`);
    expect(doc.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const unknown = await create({
      ...rest,
      kind: 'PETITION_REPLY',
      recipient: '민원인 귀하',
      handoffId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors![0].message).toMatch(/handoffId/);
  });

  it('keeps every edit as a version with a readable diff, and needs a second person to approve', async () => {
    const created = await create({ ...LETTER, kind: 'RESULT_REPORT', subject: '대형폐기물 배출 안내 결과 보고' });
    const id = created.data!.createLetter.id;
    const draft = await letterDone(api, author, id);
    const edited = draft.body!.replace('결과를 다음과 같이 보고합니다.', '결과를 다음과 같이 보고드립니다.');
    const UPDATE = `mutation($id: ID!, $body: String!) { updateDocument(id: $id, body: $body) { currentVersion } }`;
    const saved = await gql<{ updateDocument: { currentVersion: number } }>(api.url, UPDATE, { id, body: edited }, author.as);
    expect(saved.data!.updateDocument.currentVersion).toBe(2);
    const notMine = await gql(api.url, UPDATE, { id, body: '남의 글' }, reviewer.as);
    expect(notMine.errors![0].extensions!.code).toBe('FORBIDDEN');

    const diff = await gql<{ documentDiff: { kind: string; text: string }[] }>(
      api.url,
      `query($id: ID!) { documentDiff(id: $id, from: 1, to: 2) { kind text } }`,
      { id },
      author.as,
    );
    expect(
      diff
        .data!.documentDiff.filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('보고합니다.');
    expect(
      diff
        .data!.documentDiff.filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('보고드립니다.');

    await gql(api.url, `mutation($id: ID!) { submitDocument(id: $id) { status } }`, { id }, author.as);
    const own = await gql(api.url, `mutation($id: ID!) { approveDocument(id: $id) { status } }`, { id }, author.as);
    expect(own.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OWN_APPROVAL' } });
    const review = await gql<{ documents: { id: string }[] }>(api.url, `{ documents(scope: REVIEW) { id } }`, {}, reviewer.as);
    expect(review.data!.documents.map((d) => d.id)).toContain(id);
    const approved = await gql<{ approveDocument: { status: string; approvedBy: string; approvedAt: string } }>(
      api.url,
      `mutation($id: ID!) { approveDocument(id: $id) { status approvedBy approvedAt } }`,
      { id },
      reviewer.as,
    );
    expect(approved.data!.approveDocument).toMatchObject({ status: 'APPROVED', approvedBy: reviewer.user.id });
    const late = await gql(api.url, UPDATE, { id, body: edited + '추가' }, author.as);
    expect(late.errors![0].extensions!.code).toBe('CONFLICT');

    const EXPORT = `mutation($id: ID!, $f: ExportFormat!) { exportDocument(id: $id, format: $f) { filename mimeType base64 } }`;
    const text = await gql<{ exportDocument: { base64: string; mimeType: string } }>(api.url, EXPORT, { id, f: 'TEXT' }, author.as);
    expect(Buffer.from(text.data!.exportDocument.base64, 'base64').toString('utf8')).toBe(edited);
    const docx = await gql<{ exportDocument: { base64: string; filename: string } }>(api.url, EXPORT, { id, f: 'DOCX' }, author.as);
    const bytes = Buffer.from(docx.data!.exportDocument.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docx.data!.exportDocument.filename).toMatch(/\.docx$/);
  });

  it('refuses bad input naming the field, and queues nothing', async () => {
    const before = await gql<{ documents: { id: string }[] }>(api.url, `{ documents { id } }`, {}, author.as);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...LETTER, recipient: '  ' }, /recipient/],
      [{ ...LETTER, subject: '' }, /subject/],
      [{ ...LETTER, topicIds: ['no-such-topic'] }, /topicIds.*no-such-topic/],
      [{ ...LETTER, deadline: '다음 주' }, /deadline/],
      [{ ...LETTER, kind: 'MINUTES' }, /kind/],
    ];
    for (const [input, message] of cases) {
      const res = await create(input);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(message);
    }
    const unknownField = await create({ ...LETTER, colour: 'blue' });
    expect(unknownField.errors![0].message).toMatch(/colour/);
    const { recipient: _dropped, ...withoutRecipient } = LETTER;
    const missing = await create(withoutRecipient);
    expect(missing.errors![0].message).toMatch(/recipient/);
    const after = await gql<{ documents: { id: string }[] }>(api.url, `{ documents { id } }`, {}, author.as);
    expect(after.data!.documents).toHaveLength(before.data!.documents.length);
  });

  it('reports a document with known faults line by line through checkDocument', async () => {
    const res = await gql<{ checkDocument: { rule: string; line: number; severity: string }[] }>(
      api.url,
      `query($t: String!) { checkDocument(text: $t) { rule line severity } }`,
      {
        t: '서울특별시\n\n수신  ○○구청장\n\n1. 2026-11-26 오후 2시에 회의를 개최하니 필히 참석하시기 바람.\n2. 참석자는 명단을 송부할 것.',
      },
      author.as,
    );
    const lines = res.data!.checkDocument;
    expect(lines.some((f) => f.severity === 'error' && /title|subject|제목/i.test(f.rule))).toBe(true);
    expect(lines.filter((f) => f.line === 5).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(testBackends().slice(-1))('drafting letters with a chat model on %s', (backend) => {
  const fake = new FakeModelServer();
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await fake.start();
  });
  afterAll(() => fake.stop());
  // The fake model's address is known once it listens, before the API starts.
  const api = apiOn(backend, () => ({
    CHAT_PROVIDER: 'openai',
    CHAT_MODEL: 'fake-drafter',
    CHAT_BASE_URL: `${baseUrl}/v1`,
    DRAFT_TIMEOUT_MS: 1500,
  }));

  it('uses the model body under structured output when it passes the checker, and says so', async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({
      content: JSON.stringify({
        paragraphs: [
          {
            text: '연말 대형폐기물 무단 배출을 줄이기 위하여 다음과 같이 협조를 요청합니다.',
            items: ['배출 방법을 게시판에 안내해 주시기 바랍니다.', '신고가 들어오면 현장을 확인해 주시기 바랍니다.'],
          },
          { text: '협조 결과는 2026. 12. 10.까지 회신하여 주시기 바랍니다.', items: [] },
        ],
      }),
    });
    const created = await createLetter(api.url, author);
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    expect(doc.generationMode).toBe('llm');
    expect(doc.body).toContain('배출 방법을 게시판에 안내해 주시기 바랍니다.');
    expect(fake.requests.some((r) => r.path === '/v1/chat/completions' && !!r.body.response_format)).toBe(true);
  });

  it("repairs the model's mechanical faults (dates, archaic words) before showing the draft", async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({
      content: JSON.stringify({
        paragraphs: [
          {
            text: '대형폐기물 무단 배출을 줄이기 위하여 다음과 같이 협조를 요청합니다.',
            items: ['배출 방법을 필히 안내해 주시기 바랍니다.', '신고가 들어오면 현장을 확인해 주시기 바랍니다.'],
          },
          { text: '협조 결과는 2026-12-10까지 회신하여 주시기 바랍니다.', items: [] },
        ],
      }),
    });
    const created = await createLetter(api.url, author);
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    expect(doc.generationMode).toBe('llm');
    expect(doc.body).toContain('2026. 12. 10.까지');
    expect(doc.body).not.toContain('2026-12-10');
    expect(doc.body).toContain('반드시 안내해 주시기 바랍니다.');
    expect(doc.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('rejects malformed model output and keeps the template draft, saying why', async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({ content: '{"paragraphs": "본문입니다"}' });
    const created = await createLetter(api.url, author);
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    expect(doc).toMatchObject({ generationMode: 'template', status: 'DRAFT' });
    expect(doc.generationNote).toMatch(/템플릿 초안/);
  });

  it('falls back to the template draft with a note when the model times out', async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({ content: '{}', delayMs: 4000 });
    const created = await createLetter(api.url, author);
    const doc = await letterDone(api, author, created.data!.createLetter.id);
    expect(doc.generationMode).toBe('template');
    expect(doc.generationNote).toMatch(/템플릿 초안/);
    expect(doc.body).toMatch(/끝\./);
  });

  it('cancels a draft while the model writes: the job ends cancelled and the document says no draft was made', async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({ content: '{}', delayMs: 1000 });
    const created = await createLetter(api.url, author);
    const id = created.data!.createLetter.id;
    let job: { id: string; step: string } | null = null;
    for (let i = 0; i < 100 && job?.step !== '모델이 본문 작성'; i++) {
      const res = await gql<{ document: { job: { id: string; step: string } } }>(
        api.url,
        `query($id: ID!) { document(id: $id) { job { id step } } }`,
        { id },
        author.as,
      );
      job = res.data!.document.job;
      await new Promise((r) => setTimeout(r, 20));
    }
    await gql(api.url, `mutation($id: ID!) { cancelJob(id: $id) { status } }`, { id: job!.id }, author.as);
    const doc = await letterDone(api, author, id);
    expect(doc.job!.status).toBe('CANCELLED');
    expect(doc.job!.progress).toBeLessThan(90);
    const [row] = await api.app.get(DataSource).query(`SELECT status, generation_note FROM documents WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'FAILED', generation_note: '초안 작성이 취소되었습니다.' });
    expect(doc.versions).toEqual([]);
  });

  it('reports progress by subscription while the draft is written', async () => {
    const author = await userAs(api.url, 'DRAFTER');
    fake.chat = () => ({ content: '{}', delayMs: 500 });
    const created = await createLetter(api.url, author);
    const doc = await gql<{ document: { job: { id: string } } }>(
      api.url,
      `query($id: ID!) { document(id: $id) { job { id } } }`,
      { id: created.data!.createLetter.id },
      author.as,
    );
    const progress = subscribe<{ jobProgress: { status: string; progress: number; step: string } }>(
      api.url,
      author.as,
      'subscription($id: ID!) { jobProgress(jobId: $id) { status progress step } }',
      { id: doc.data!.document.job.id },
    );
    await expect(progress.next((e) => e.jobProgress.status === 'COMPLETED')).resolves.toMatchObject({ jobProgress: { progress: 100 } });
    expect(new Set(progress.events.map((e) => e.jobProgress.step)).size).toBeGreaterThanOrEqual(2);
    await progress.dispose();
  });
});
