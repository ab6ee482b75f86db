import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { CREATE_MEETING_SUMMARY, MEETINGS } from '../api/operations';
import type { MeetingInput, MeetingSummary, TranscriptFormat } from '../api/types';
import { toDateInput } from '../format';
import { useAsync } from '../hooks';
import { markJustCreated } from '../recent';
import { href, navigate } from '../router';
import { MeetingsTable } from './MeetingsPage';

const ALLOWED = ['txt', 'vtt', 'srt'] as const;
/** The API's limit on a transcript. */
const MAX_CHARS = 200_000;

const FORMAT_LABEL: Record<TranscriptFormat, string> = {
  auto: '자동 감지',
  txt: '텍스트 (화자: 발언)',
  vtt: 'WebVTT 자막 (.vtt)',
  srt: 'SRT 자막 (.srt)',
};

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function readText(file: File, encoding?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, encoding);
  });
}

/** UTF-8 first; a file saved in the older Korean encoding (CP949) reads as replacement characters, so read it again. */
async function readTranscript(file: File): Promise<string> {
  const text = await readText(file, 'utf-8');
  if (!text.includes('\uFFFD')) return text;
  try {
    return await readText(file, 'euc-kr');
  } catch {
    return text;
  }
}

/** 회의록 요약: the meeting's facts and its transcript (pasted or a .txt/.vtt/.srt file); a job writes the summary. */
export function MeetingFormPage() {
  const [title, setTitle] = useState('');
  const [meetingDate, setMeetingDate] = useState(() => toDateInput(new Date()));
  const [place, setPlace] = useState('');
  const [department, setDepartment] = useState('');
  const [attendees, setAttendees] = useState('');
  const [transcript, setTranscript] = useState('');
  const [format, setFormat] = useState<TranscriptFormat>('auto');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const recent = useAsync(async () => (await request<{ meetings: MeetingSummary[] }>(MEETINGS)).meetings, []);

  const pickFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    const ext = extension(file.name);
    if (!(ALLOWED as readonly string[]).includes(ext)) {
      setFileError(`'${file.name}' 파일은 올릴 수 없습니다. 회의 녹취록은 텍스트 파일(.txt, .vtt, .srt)로 올려 주세요.`);
      e.target.value = '';
      return;
    }
    try {
      const text = await readTranscript(file);
      if (text.length > MAX_CHARS) {
        setFileError(
          `녹취록이 너무 깁니다 (${text.length.toLocaleString('ko-KR')}자). ${MAX_CHARS.toLocaleString('ko-KR')}자 이내로 나누어 올려 주세요.`,
        );
        e.target.value = '';
        return;
      }
      setTranscript(text);
      setFileName(file.name);
      if (format === 'auto' && (ext === 'vtt' || ext === 'srt')) setFormat(ext);
    } catch {
      setFileError(`'${file.name}' 파일을 읽지 못했습니다.`);
    }
    e.target.value = '';
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!transcript.trim()) {
      setError('녹취록을 붙여 넣거나 파일로 올려 주세요.');
      return;
    }
    setBusy(true);
    const input: MeetingInput = {
      title: title.trim(),
      transcript,
      format: format === 'auto' ? null : format,
      meetingDate: meetingDate || null,
      place: place.trim() || null,
      department: department.trim() || null,
      attendees: attendees
        .split(/[,，、]/)
        .map((a) => a.trim())
        .filter(Boolean),
    };
    try {
      const { createMeetingSummary } = await request<{ createMeetingSummary: MeetingSummary }>(CREATE_MEETING_SUMMARY, { input });
      markJustCreated(createMeetingSummary.id);
      navigate(`/meetings/${createMeetingSummary.id}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const lines = transcript ? transcript.split('\n').filter((l) => l.trim()).length : 0;

  return (
    <section className="page meeting-form-page" data-testid="meeting-form-page">
      <div className="page-head">
        <h2>회의록 요약</h2>
        <span className="muted small">
          녹취록에서 요약, 결정 사항, 할 일(담당·기한)과 미결 사항을 뽑고 공문 형식의 회의록을 씁니다. 전화번호 같은 개인정보는 가린 뒤
          저장합니다.
        </span>
      </div>
      <div className="meeting-form-grid">
        <form className="card meeting-form" onSubmit={(e) => void submit(e)} data-testid="meeting-form">
          <div className="form-grid">
            <label className="field field-wide">
              <span>회의명</span>
              <input
                required
                maxLength={200}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                placeholder="예: 따릉이 대여소 확충 회의"
                data-testid="meeting-title"
              />
            </label>
            <label className="field">
              <span>회의 날짜</span>
              <input type="date" value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)} data-testid="meeting-date" />
            </label>
            <label className="field">
              <span>
                장소 <span className="field-hint">(선택)</span>
              </span>
              <input value={place} onChange={(e) => setPlace(e.target.value)} placeholder="서소문청사 회의실" data-testid="meeting-place" />
            </label>
            <label className="field">
              <span>
                부서 <span className="field-hint">(선택)</span>
              </span>
              <input
                value={department}
                onChange={(e) => setDepartment(e.target.value)}
                placeholder="서울특별시 교통정책과"
                data-testid="meeting-department"
              />
            </label>
            <label className="field">
              <span>
                참석자 <span className="field-hint">(쉼표로 구분, 비우면 발언자)</span>
              </span>
              <input
                value={attendees}
                onChange={(e) => setAttendees(e.target.value)}
                placeholder="김과장, 이주무관, 박팀장"
                data-testid="meeting-attendees"
              />
            </label>
          </div>

          <div className="transcript-head">
            <span className="field-legend">녹취록</span>
            <label className="field-inline">
              <span>형식</span>
              <select value={format} onChange={(e) => setFormat(e.target.value as TranscriptFormat)} data-testid="meeting-format">
                {(Object.keys(FORMAT_LABEL) as TranscriptFormat[]).map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABEL[f]}
                  </option>
                ))}
              </select>
            </label>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,.vtt,.srt,text/plain,text/vtt"
              hidden
              onChange={(e) => void pickFile(e)}
              data-testid="meeting-file"
            />
            <button type="button" className="btn btn-sm" onClick={() => fileInput.current?.click()} data-testid="meeting-file-button">
              파일 올리기 (.txt, .vtt, .srt)
            </button>
            {fileName && (
              <span className="small muted" data-testid="meeting-file-name">
                {fileName}
              </span>
            )}
          </div>
          {fileError && (
            <div className="alert alert-error small" role="alert" data-testid="meeting-file-error">
              {fileError}
            </div>
          )}
          <textarea
            className="transcript-input"
            rows={14}
            value={transcript}
            onChange={(e) => {
              setTranscript(e.target.value);
              setFileName(null);
            }}
            placeholder={
              '녹취록을 붙여 넣거나 파일로 올려 주세요. 한 줄에 한 발언, 앞에 발언자를 적으면 담당자를 찾습니다.\n예) 박팀장: 설치 후보지는 제가 다음 주 금요일까지 정리해서 보고하겠습니다.'
            }
            aria-label="녹취록"
            data-testid="meeting-transcript"
          />
          <div className="small muted transcript-count" data-testid="meeting-transcript-count">
            {lines.toLocaleString('ko-KR')}줄 · {transcript.length.toLocaleString('ko-KR')}자
          </div>

          {error && (
            <div className="alert alert-error" role="alert" data-testid="meeting-error">
              {error}
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="meeting-submit">
              {busy ? '요청 중…' : '요약 시작'}
            </button>
          </div>
        </form>

        <aside className="card">
          <div className="card-head">
            <h3>최근 회의록</h3>
            <a href={href('/meetings')} className="small" data-testid="meetings-link">
              전체 보기 →
            </a>
          </div>
          {recent.data ? <MeetingsTable meetings={recent.data.slice(0, 8)} compact /> : <div className="loading">불러오는 중…</div>}
        </aside>
      </div>
    </section>
  );
}
