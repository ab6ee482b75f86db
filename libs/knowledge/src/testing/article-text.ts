import { stringify } from 'yaml';

/** A valid article file's text for tests, with front-matter fields replaced (undefined removes one). */
export function articleText(overrides: Record<string, unknown> = {}, body?: string): string {
  const fm: Record<string, unknown> = {
    id: 'passport',
    title: '여권 발급',
    category: 'civil-documents',
    department: '각 구청 여권민원실',
    source: 'https://www.passport.go.kr',
    reviewed: '2026-11-26',
    keywords: ['여권', '여권 발급', '여권 재발급'],
    synonyms: ['패스포트'],
    questions: [
      '여권 어디서 만들어요?',
      '여권 재발급 방법',
      '여권 수수료 얼마예요',
      '여권 사진 규격',
      '아이 여권 만들기',
      '여권 얼마나 걸려요',
    ],
    answer_voice: '여권은 가까운 구청 여권민원실에서 신청하실 수 있습니다. 신분증과 사진 한 장을 가져오세요.',
    answer_en: 'You can apply for a passport at your district office. Bring your ID and one photo.',
    ...overrides,
  };
  for (const key of Object.keys(fm)) if (fm[key] === undefined) delete fm[key];
  const text =
    body ??
    [
      '# 여권 발급',
      '',
      '## 무엇인가요',
      '여권은 해외여행에 필요한 신분증입니다.',
      '',
      '## 신청 방법과 준비물',
      '구청 여권민원실에 신분증과 사진을 가져가 신청합니다.',
      '',
      '### 미성년자',
      '부모가 대신 신청할 수 있습니다.',
      '',
      '## 요금과 기한',
      '10년 복수여권 수수료는 5만 원이며, 보통 1주일 안팎이 걸립니다.',
    ].join('\n');
  return `---\n${stringify(fm)}---\n${text}\n`;
}
