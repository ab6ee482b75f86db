import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { CREATE_LETTER } from '../api/operations';
import type { DocumentSummary, LetterInput, LetterKind } from '../api/types';
import { ListInput } from '../components/ListInput';
import { type PickedTopic, TopicPicker } from '../components/TopicPicker';
import { toDateInput } from '../format';
import { DOCUMENT_KIND_LABEL, LETTER_KINDS } from '../labels';
import { markJustCreated } from '../recent';
import { href, navigate } from '../router';

interface Form {
  senderOffice: string;
  senderHead: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  recipient: string;
  via: string;
  subject: string;
  purpose: string;
  keyPoints: string[];
  attachments: string[];
  references: string[];
  deadline: string;
  date: string;
  callId: string;
}

const EMPTY: Form = {
  senderOffice: '',
  senderHead: '서울특별시장',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  recipient: '',
  via: '',
  subject: '',
  purpose: '',
  keyPoints: [''],
  attachments: [],
  references: [],
  deadline: '',
  date: '',
  callId: '',
};

const RECIPIENT_PLACEHOLDER: Record<LetterKind, string> = {
  PETITION_REPLY: '홍길동 귀하',
  COOPERATION_REQUEST: '자치구청장(자원순환 담당과장)',
  RESULT_REPORT: '서울특별시장',
  PRESS_RELEASE: '언론사',
};

const PURPOSE_PLACEHOLDER: Record<LetterKind, string> = {
  PETITION_REPLY: '시민이 문의한 내용의 요지 (예: 대형폐기물 수거 일정 문의)',
  COOPERATION_REQUEST: '왜 협조가 필요한지 (예: 연말 이사철에 대형폐기물 무단 배출 민원이 늘고 있어 주민 안내를 강화하고자 합니다)',
  RESULT_REPORT: '무엇을 추진·점검했는지 (예: 11월 대형폐기물 무단 배출 합동 점검을 실시하였습니다)',
  PRESS_RELEASE: '알리려는 내용의 핵심 한두 문장',
};

const blankToNull = (s: string) => (s.trim() ? s.trim() : null);
const filled = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);

function Field({ label, hint, wide, children }: { label: string; hint?: string; wide?: boolean; children: ReactNode }) {
  return (
    <label className={`field${wide ? ' field-wide' : ''}`}>
      <span>
        {label}
        {hint && <span className="field-hint"> {hint}</span>}
      </span>
      {children}
    </label>
  );
}

/** 새 공문: the kind, the form of LetterInput, cited articles; sending it queues the AI-assisted first draft. */
export function LetterFormPage() {
  const [kind, setKind] = useState<LetterKind>('COOPERATION_REQUEST');
  const [form, setForm] = useState<Form>(() => ({ ...EMPTY, date: toDateInput(new Date()) }));
  const [topics, setTopics] = useState<PickedTopic[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const text = (key: Exclude<keyof Form, 'keyPoints' | 'attachments' | 'references'>) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
    'data-testid': `letter-${key}`,
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const input: LetterInput = {
      kind,
      senderOffice: form.senderOffice.trim(),
      senderHead: form.senderHead.trim(),
      contactName: form.contactName.trim(),
      contactPhone: form.contactPhone.trim(),
      contactEmail: blankToNull(form.contactEmail),
      recipient: form.recipient.trim(),
      via: blankToNull(form.via),
      subject: form.subject.trim(),
      purpose: form.purpose.trim(),
      keyPoints: filled(form.keyPoints),
      attachments: filled(form.attachments),
      references: filled(form.references),
      deadline: blankToNull(form.deadline),
      date: blankToNull(form.date),
      topicIds: topics.map((t) => t.topicId),
      callId: blankToNull(form.callId),
    };
    try {
      const { createLetter } = await request<{ createLetter: DocumentSummary }>(CREATE_LETTER, { input });
      markJustCreated(createLetter.id);
      navigate(`/documents/${createLetter.id}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <section className="page letter-form-page" data-testid="letter-form-page">
      <div className="page-head">
        <h2>새 공문 작성</h2>
        <span className="muted small">
          양식을 채우면 AI가 공문 형식에 맞춘 초안을 씁니다. 초안은 담당자가 고치고, 다른 담당자가 승인합니다.
        </span>
        <a className="head-link" href={href('/documents')}>
          내 문서 →
        </a>
      </div>
      <form className="letter-form" onSubmit={(e) => void submit(e)} data-testid="letter-form">
        <section className="card">
          <div className="card-head">
            <h3>문서 종류</h3>
          </div>
          <div className="kind-choices" role="radiogroup" aria-label="문서 종류">
            {LETTER_KINDS.map((k) => (
              <button
                key={k.kind}
                type="button"
                role="radio"
                aria-checked={kind === k.kind}
                className={`kind-choice${kind === k.kind ? ' active' : ''}`}
                onClick={() => setKind(k.kind)}
                data-testid={`letter-kind-${k.kind}`}
              >
                <strong>{DOCUMENT_KIND_LABEL[k.kind]}</strong>
                <span>{k.hint}</span>
              </button>
            ))}
          </div>
        </section>

        <div className="letter-grid">
          <section className="card">
            <div className="card-head">
              <h3>수신·제목</h3>
            </div>
            <div className="form-grid">
              <Field label="수신" wide>
                <input required {...text('recipient')} placeholder={RECIPIENT_PLACEHOLDER[kind]} />
              </Field>
              <Field label="경유" hint="(선택)" wide>
                <input {...text('via')} />
              </Field>
              <Field label="제목" wide>
                <input required {...text('subject')} maxLength={200} placeholder="예: 대형폐기물 배출 안내 강화 협조 요청" />
              </Field>
              <Field label="목적·요지" wide>
                <textarea required rows={3} {...text('purpose')} maxLength={1000} placeholder={PURPOSE_PLACEHOLDER[kind]} />
              </Field>
              <Field label="시행일">
                <input type="date" {...text('date')} />
              </Field>
              <Field label="회신 기한" hint="(선택)">
                <input type="date" {...text('deadline')} />
              </Field>
            </div>
          </section>

          <section className="card">
            <div className="card-head">
              <h3>발신</h3>
            </div>
            <div className="form-grid">
              <Field label="발신 부서" wide>
                <input required {...text('senderOffice')} placeholder="서울특별시 교통정책과" />
              </Field>
              <Field label="발신명의" wide>
                <input required {...text('senderHead')} />
              </Field>
              <Field label="담당자">
                <input required {...text('contactName')} placeholder="김주무관" />
              </Field>
              <Field label="전화">
                <input required {...text('contactPhone')} placeholder="02-2133-0000" />
              </Field>
              <Field label="전자우편" hint="(선택)" wide>
                <input type="email" {...text('contactEmail')} placeholder="name@seoul.go.kr" />
              </Field>
            </div>
          </section>

          <section className="card">
            <div className="card-head">
              <h3>본문 요점</h3>
            </div>
            <ListInput
              label="요점"
              hint="한 항목에 한 문장 (최대 10개)"
              items={form.keyPoints}
              onChange={set('keyPoints')}
              placeholder="예: 아파트 관리사무소와 주민센터 게시판에 배출 방법을 게시해 주시기 바랍니다"
              max={10}
              testId="keypoint"
              multiline
            />
            <ListInput
              label="붙임"
              hint="(선택)"
              items={form.attachments}
              onChange={set('attachments')}
              placeholder="예: 대형폐기물 배출 안내문"
              max={10}
              testId="attachment"
            />
            <ListInput
              label="관련 문서"
              hint="(선택)"
              items={form.references}
              onChange={set('references')}
              placeholder="예: 자원순환과-1234(2026. 11. 1.)"
              max={5}
              testId="reference"
            />
          </section>

          <section className="card">
            <div className="card-head">
              <h3>근거 자료</h3>
            </div>
            <TopicPicker topics={topics} onChange={setTopics} />
            <Field label="관련 120 통화 ID" hint="(선택: 민원 내용을 통화에서 가져옵니다)" wide>
              <input {...text('callId')} placeholder="통화 ID" className="mono" />
            </Field>
          </section>
        </div>

        {error && (
          <div className="alert alert-error" role="alert" data-testid="letter-error">
            {error}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="letter-submit">
            {busy ? '요청 중…' : '초안 작성'}
          </button>
          <span className="muted small">초안은 잠시 뒤 문서 화면에 나타납니다.</span>
        </div>
      </form>
    </section>
  );
}
