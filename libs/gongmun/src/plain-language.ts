import { ALTERNATING_PARTICLES, addFinal, withParticle } from './hangul.js';

/**
 * Plain public language (쉬운 공공언어): authoritative and archaic expressions, needless foreign words, double
 * passives and translationese, each with what to write instead. Mostly from 국립국어원's 다듬은 말 and its public
 * language guidance and from 행정안전부's 행정업무운영 편람; where a replacement is our own choice the entry says so.
 * Every entry here is a mechanical replacement: the text found is swapped for the replacement as it stands.
 */

export type PlainRule = 'plain-authoritative' | 'plain-word' | 'plain-foreign' | 'plain-passive' | 'plain-translationese';

export interface PlainLanguageEntry {
  /** What to avoid, as the console shows it: '득하다', '매뉴얼', '~에 있어서'. */
  phrase: string;
  /** What to write instead: '받다', '지침', '~에서'. */
  suggestion: string;
  rule: PlainRule;
}

interface Matcher {
  /** A regular expression source; group 1 onwards may be used by `replace`. */
  find: string;
  /** The replacement; `$1` … stand for the groups. */
  replace: string | ((groups: string[]) => string);
  /** A noun: an alternating particle right after it (를, 이 …) is taken along and made to suit the replacement. */
  noun?: boolean;
}

interface Entry extends PlainLanguageEntry {
  matchers: Matcher[];
}

/** Not preceded by a Hangul syllable: the word starts here and is not the tail of a longer one (습득하여, 미수령). */
const B = '(?<![가-힣])';
/** Not preceded by a Hangul syllable or a digit (3명일 경우 is not 명일). */
const BD = '(?<![가-힣\\d])';
/** At the end of a sentence: a full stop or comma follows, or the line ends. */
const END = '(?=\\s*[.,]|\\s*$)';

/**
 * 하다 verb endings and the same forms of the plain verbs that replace them (송부하여 → 보내, 수령한 → 받은).
 * Forms not listed here are left alone rather than guessed.
 */
const HADA_ENDINGS = [
  '하였습니다',
  '했습니다',
  '하겠습니다',
  '합니다',
  '한다',
  '하다',
  '하여야',
  '해야',
  '하여서',
  '해서',
  '하오니',
  '하시기',
  '하시고',
  '하시면',
  '하셨',
  '하도록',
  '하였',
  '했',
  '하여',
  '하고',
  '하며',
  '하면',
  '하니',
  '하는',
  '하기',
  '하지',
  '하게',
  '하신',
  '하실',
  '한',
  '할',
  '함',
  '해',
] as const;

type HadaEnding = (typeof HADA_ENDINGS)[number];

/* prettier-ignore */
const VERB_FORMS: Readonly<Record<'받다' | '보내다' | '알리다', readonly string[]>> = {
  받다: ['받았습니다', '받았습니다', '받겠습니다', '받습니다', '받는다', '받다', '받아야', '받아야', '받아서', '받아서', '받으니', '받으시기', '받으시고', '받으시면', '받으셨', '받도록', '받았', '받았', '받아', '받고', '받으며', '받으면', '받으니', '받는', '받기', '받지', '받게', '받으신', '받으실', '받은', '받을', '받음', '받아'],
  보내다: ['보냈습니다', '보냈습니다', '보내겠습니다', '보냅니다', '보낸다', '보내다', '보내야', '보내야', '보내서', '보내서', '보내오니', '보내시기', '보내시고', '보내시면', '보내셨', '보내도록', '보냈', '보냈', '보내', '보내고', '보내며', '보내면', '보내니', '보내는', '보내기', '보내지', '보내게', '보내신', '보내실', '보낸', '보낼', '보냄', '보내'],
  알리다: ['알렸습니다', '알렸습니다', '알리겠습니다', '알립니다', '알린다', '알리다', '알려야', '알려야', '알려서', '알려서', '알리오니', '알리시기', '알리시고', '알리시면', '알리셨', '알리도록', '알렸', '알렸', '알려', '알리고', '알리며', '알리면', '알리니', '알리는', '알리기', '알리지', '알리게', '알리신', '알리실', '알린', '알릴', '알림', '알려'],
};

const ENDING_ALTERNATION = [...HADA_ENDINGS].sort((a, b) => b.length - a.length).join('|');

/** 송부하다 → 보내다: every listed form of the 하다 verb, and the bare noun (송부 → 보냄) when one is given. */
function hadaVerb(root: string, verb: keyof typeof VERB_FORMS, noun: string | null): Entry {
  const forms = VERB_FORMS[verb];
  const matchers: Matcher[] = [
    {
      find: `${B}${root}(${ENDING_ALTERNATION})`,
      replace: ([ending]) => forms[HADA_ENDINGS.indexOf(ending as HadaEnding)],
    },
  ];
  // Not the 하다 forms above, nor other verbs on the same syllables (시달리다).
  if (noun) matchers.push({ find: `${B}${root}(?![하되드리려렸])`, replace: noun, noun: true });
  return { phrase: `${root}하다`, suggestion: noun ? `${verb} (${noun})` : verb, rule: 'plain-word', matchers };
}

/** A word replaced by another wherever it stands on its own; `after` narrows where (a lookahead source). */
function word(
  phrase: string,
  suggestion: string,
  rule: PlainRule,
  options: { find?: string; after?: string; noun?: boolean; replace?: string } = {},
): Entry {
  const find = options.find ?? `${B}${escape(phrase)}${options.after ?? ''}`;
  return { phrase, suggestion, rule, matchers: [{ find, replace: options.replace ?? suggestion, noun: options.noun ?? true }] };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A foreign word; short ones must stand on their own (비전 not in 텔레비전), longer ones may end a compound. */
function foreign(phrase: string, suggestion: string): Entry {
  const latin = /^[A-Za-z&/]+$/.test(phrase);
  const before = /^[A-Za-z]/.test(phrase) ? '(?<![A-Za-z0-9&])' : phrase.length <= 2 ? B : '';
  const after = latin ? '(?![A-Za-z0-9&])' : '';
  return word(phrase, suggestion, 'plain-foreign', { find: `${before}${escape(phrase)}${after}` });
}

/** Double passives: 되어지다 → 되다, 보여지다 → 보이다. [written stem, plain stem, its 어 form, its past stem] */
const DOUBLE_PASSIVES: readonly (readonly [string, string, string, string])[] = [
  ['되어', '되', '되어', '되었'],
  ['보여', '보이', '보여', '보였'],
  ['쓰여', '쓰이', '쓰여', '쓰였'],
  ['잊혀', '잊히', '잊혀', '잊혔'],
  ['불려', '불리', '불려', '불렸'],
  ['읽혀', '읽히', '읽혀', '읽혔'],
  ['놓여', '놓이', '놓여', '놓였'],
  ['짜여', '짜이', '짜여', '짜였'],
];

function doublePassive([stem, plain, a, past]: readonly [string, string, string, string]): Entry {
  const endings: Record<string, string> = {
    집니다: `${addFinal(plain, 'ㅂ')}니다`,
    지도록: `${plain}도록`,
    지는: `${plain}는`,
    지고: `${plain}고`,
    지며: `${plain}며`,
    지면: `${plain}면`,
    지기: `${plain}기`,
    지게: `${plain}게`,
    진: addFinal(plain, 'ㄴ'),
    질: addFinal(plain, 'ㄹ'),
    져서: `${a}서`,
    져야: `${a}야`,
    졌: past,
    져: a,
  };
  return {
    phrase: `${stem}지다`,
    suggestion: `${plain}다`,
    rule: 'plain-passive',
    matchers: [{ find: `${stem}(${Object.keys(endings).join('|')})`, replace: ([ending]) => endings[ending] }],
  };
}

const ENTRIES: readonly Entry[] = [
  // 권위적인 표현 (명령·지시하는 말투)
  {
    phrase: '~하시기 바람',
    suggestion: '~하시기 바랍니다',
    rule: 'plain-authoritative',
    matchers: [{ find: `(기|협조|참고|양지|참석|회신|제출|확인|요청|조치)\\s?바람${END}`, replace: '$1 바랍니다' }],
  },
  {
    phrase: '요망',
    suggestion: '바랍니다',
    rule: 'plain-authoritative',
    matchers: [{ find: `${B}요망(?:함|합니다|됨|됩니다)?${END}`, replace: '바랍니다' }],
  },
  {
    phrase: '~하지 말 것',
    suggestion: '~하지 마십시오',
    rule: 'plain-authoritative',
    matchers: [{ find: `지\\s?말\\s?것${END}`, replace: '지 마십시오' }],
  },
  {
    phrase: '~할 것',
    suggestion: '~해 주십시오',
    rule: 'plain-authoritative',
    matchers: [{ find: `(?<=[가-힣])(?<!야)할\\s?것${END}`, replace: '해 주십시오' }],
  },
  {
    phrase: '~하여야 한다',
    suggestion: '~해야 합니다',
    rule: 'plain-authoritative',
    matchers: [
      { find: `하여야\\s?(?:한다|함)${END}`, replace: '해야 합니다' },
      { find: `(?<=[가-힣])야\\s?(?:한다|함)${END}`, replace: '야 합니다' },
    ],
  },

  // 어려운 한자어·낡은 말
  hadaVerb('득', '받다', null),
  hadaVerb('수령', '받다', '받음'),
  hadaVerb('송부', '보내다', '보냄'),
  hadaVerb('징구', '받다', '받음'),
  hadaVerb('시달', '알리다', '알림'),
  word('감안', '고려', 'plain-word'),
  word('사료되다', '생각되다', 'plain-word', { find: `${B}사료(?=되|됨|된|됩|될|돼)`, replace: '생각', noun: false }),
  word('익일', '다음 날', 'plain-word', { find: `${BD}익일` }),
  word('금일', '오늘', 'plain-word', { find: `${B}금일(?![십백천만억조원봉])` }),
  word('명일', '내일', 'plain-word', { find: `${BD}명일` }),
  {
    phrase: '기 제출한',
    suggestion: '이미 제출한',
    rule: 'plain-word',
    matchers: [
      {
        find: `${B}기\\s?(?=(?:제출|통보|시행|발송|보고|요청|안내|배부|지급|납부|신청|송부|제공|등록|승인|접수)(?:한|된|하신)(?![가-힣]))`,
        replace: '이미 ',
      },
    ],
  },
  word('상기', '위', 'plain-word', { after: '(?=\\s|의\\s|와\\s)' }),
  word('하기', '아래', 'plain-word', {
    after: '(?=와\\s|의\\s|\\s(?:사항|내용|일정|목록|표|서류|요령|기준|참조|와))',
  }),
  word('필히', '반드시', 'plain-word', { noun: false }),
  word('여타', '그 밖의', 'plain-word', { find: `${B}여타(?:의)?(?=\\s)`, noun: false }),
  word('~에 의거하여', '~에 따라', 'plain-word', { find: '에\\s?의거(?:하여|해)?(?=[\\s,])', replace: '에 따라', noun: false }),
  word('~에 의거한', '~에 따른', 'plain-word', { find: '에\\s?의거한(?=\\s)', replace: '에 따른', noun: false }),
  word('제반', '모든', 'plain-word', { after: '(?=\\s)', noun: false }),
  word('당해', '해당', 'plain-word', { after: '(?=\\s(?:연도|년도|사업|기관|지역|시설|건물|사항|법인|업무))', noun: false }),
  word('가급적', '되도록', 'plain-word', { find: `${B}가급적(?:이면)?`, noun: false }),
  word('차기', '다음', 'plain-word', { after: '(?=\\s)', noun: false }),
  word('조속히', '빨리', 'plain-word', { noun: false }),
  word('구비서류', '갖출 서류', 'plain-word', { find: `${B}구비\\s?서류` }),
  word('미연에', '미리', 'plain-word', { noun: false }),
  word('수범 사례', '모범 사례', 'plain-word', { find: `${B}수범\\s?사례` }),
  word('적의 조치', '알맞게 조치', 'plain-word', { find: `${B}적의\\s?조치`, noun: false }),
  word('시건장치', '잠금장치', 'plain-word', { find: `${B}시건\\s?장치` }),

  // 불필요한 외국어·외래어 (국립국어원 다듬은 말; 로드맵 → 이행안, 거버넌스 → 민관 협력은 이 사업의 선택)
  foreign('태스크포스', '전담 조직'),
  foreign('테스크포스', '전담 조직'),
  foreign('TF팀', '전담팀'),
  foreign('TF', '전담 조직'),
  foreign('T/F', '전담 조직'),
  foreign('매뉴얼', '지침'),
  foreign('메뉴얼', '지침'),
  foreign('거버넌스', '민관 협력'),
  foreign('인프라', '기반 시설'),
  foreign('로드맵', '이행안'),
  foreign('가이드라인', '지침'),
  foreign('가이드북', '안내서'),
  foreign('니즈', '요구'),
  foreign('컨트롤타워', '지휘 본부'),
  foreign('콘트롤타워', '지휘 본부'),
  foreign('MOU', '업무 협약'),
  foreign('워크숍', '연수회'),
  foreign('워크샵', '연수회'),
  foreign('리플릿', '홍보 전단'),
  foreign('리플렛', '홍보 전단'),
  foreign('브로슈어', '안내서'),
  foreign('팸플릿', '소책자'),
  foreign('모니터링', '점검'),
  foreign('인센티브', '유인책'),
  foreign('패러다임', '틀'),
  foreign('벤치마킹', '본따르기'),
  foreign('스케줄', '일정'),
  foreign('프로세스', '절차'),
  foreign('이슈', '쟁점'),
  foreign('컨설팅', '상담'),
  foreign('피드백', '의견'),
  foreign('어젠다', '의제'),
  foreign('아젠다', '의제'),
  foreign('마스터플랜', '종합 계획'),
  foreign('액션플랜', '실행 계획'),
  foreign('핫라인', '직통 전화'),
  foreign('헬프데스크', '도움 창구'),
  foreign('스타트업', '새싹 기업'),
  foreign('리스크', '위험'),
  foreign('바우처', '이용권'),
  foreign('키오스크', '무인 단말기'),
  foreign('워킹그룹', '실무단'),
  foreign('스크린도어', '안전문'),
  foreign('드라이브스루', '승차 구매'),
  foreign('언택트', '비대면'),
  foreign('팩트체크', '사실 확인'),
  foreign('리모델링', '새 단장'),
  foreign('힐링', '치유'),
  foreign('데드라인', '마감 시한'),
  foreign('아카이브', '기록 보관소'),
  foreign('매칭', '연결'),
  foreign('솔루션', '해결책'),
  foreign('모멘텀', '동력'),
  foreign('시너지 효과', '상승효과'),
  foreign('시너지', '상승효과'),
  foreign('로컬푸드', '지역 먹거리'),
  foreign('웨비나', '화상 토론회'),
  foreign('업사이클링', '새활용'),
  foreign('홈페이지', '누리집'),
  foreign('팝업창', '알림창'),
  foreign('원스톱', '한자리'),
  foreign('슬로건', '구호'),
  foreign('심포지엄', '학술 토론회'),
  foreign('포럼', '토론회'),
  foreign('R&D', '연구 개발'),
  foreign('FAQ', '자주 묻는 질문'),
  foreign('Q&A', '묻고 답하기'),
  foreign('SNS', '누리소통망'),
  foreign('KPI', '핵심 성과 지표'),

  // 이중 피동
  ...DOUBLE_PASSIVES.map(doublePassive),

  // 번역 투
  {
    phrase: '~에 있어서',
    suggestion: '~에서 (~함에 있어서 → ~할 때)',
    rule: 'plain-translationese',
    matchers: [
      { find: '함에\\s있어(?:서)?(?=[\\s,])', replace: '할 때' },
      { find: '됨에\\s있어(?:서)?(?=[\\s,])', replace: '될 때' },
      { find: '(?<=[가-힣])에\\s있어서(?=[\\s,])', replace: '에서' },
    ],
  },
  {
    phrase: '~(으)로 인하여',
    suggestion: '~(으)로',
    rule: 'plain-translationese',
    matchers: [{ find: '(?<=[가-힣])(으로|로)\\s?인(?:하여|해)(?=[\\s,])', replace: '$1' }],
  },
];

/** The plain-language table: what to avoid, what to write instead and the rule that reports it. */
export const PLAIN_LANGUAGE: readonly PlainLanguageEntry[] = ENTRIES.map(({ phrase, suggestion, rule }) => ({ phrase, suggestion, rule }));

/** An alternating particle after a noun, followed by something that is not a syllable (MOU를 체결 → 업무 협약을 체결). */
const PARTICLE = `(?:(${ALTERNATING_PARTICLES.join('|')})(?![가-힣]))?`;

interface CompiledMatcher {
  entry: Entry;
  pattern: RegExp;
  matcher: Matcher;
}

const COMPILED: readonly CompiledMatcher[] = ENTRIES.flatMap((entry) =>
  entry.matchers.map((matcher) => ({
    entry,
    matcher,
    pattern: new RegExp(matcher.noun ? `(?:${matcher.find})${PARTICLE}` : matcher.find, 'gu'),
  })),
);

export interface PlainMatch {
  rule: PlainRule;
  /** Offset in the line. */
  start: number;
  excerpt: string;
  replacement: string;
  entry: PlainLanguageEntry;
}

/** Every table entry found in a line, left to right; where two overlap, the earlier entry in the table wins. */
export function findPlainLanguage(line: string): PlainMatch[] {
  const taken: PlainMatch[] = [];
  for (const { entry, pattern, matcher } of COMPILED) {
    pattern.lastIndex = 0;
    for (const m of line.matchAll(pattern)) {
      if (!m[0]) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.start + t.excerpt.length && t.start < end)) continue;
      const groups = m.slice(1);
      const particle = matcher.noun ? groups.pop() : undefined;
      let replacement =
        typeof matcher.replace === 'string'
          ? matcher.replace.replace(/\$(\d)/g, (_, i: string) => groups[Number(i) - 1] ?? '')
          : matcher.replace(groups);
      if (particle) replacement = withParticle(replacement, particle);
      const { phrase, suggestion, rule } = entry;
      taken.push({ rule, start, excerpt: m[0], replacement, entry: { phrase, suggestion, rule } });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
