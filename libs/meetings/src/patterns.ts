/**
 * How Korean meeting speech states decisions, assigns work and leaves questions open. Each table is tried on one
 * sentence at a time; `classify` in extract.ts decides which applies.
 */

const any = (patterns: readonly RegExp[]) => (text: string) => patterns.some((pattern) => pattern.test(text));

/** Left for later or not settled: "추후 논의", "미정", "확인이 필요", "결정하지 못했습니다", "할지는 다시". */
export const isDeferred = any([
  /추후\s*(다시\s*)?(논의|검토|결정|협의|정하|보고)/,
  /다시\s*(논의|검토|협의|얘기|이야기|정하)/,
  /미정|미확정|보류/,
  /확인(이|을)?\s*(좀\s*)?(더\s*)?필요/,
  /검토(가|를)?\s*(좀\s*)?(더\s*)?필요/,
  /(결정|확정|합의|정)(하|되|해|해지)?지\s*(않|못)/,
  /(결정|확정|정해)(진|된)\s*(건|것은|게|바는)\s*없/,
  /(다음|차기)\s*회의에서\s*(다시\s*)?(논의|결정|정하|다루|얘기|이야기|검토)/,
  /(할|될|인|는)지(는|도)?\s*(아직|좀\s*더|추후|나중에|다시)/,
]);

/** Work handed to someone or taken on: "맡아서", "담당하기로", "책임지고", "검토해서 보고". */
export const isAssignment = any([
  /맡아\s*(서|주|줘)|맡기로|맡겠|맡을게/,
  /담당하기로|담당해\s*주|담당하겠|책임지고|전담/,
  /(검토|확인|파악|조사|정리|협의)(해서|하여|한\s*뒤|\s*후)\s*보고/,
]);

/** A request: "검토해 주세요", "준비해 주시고", "보고해 주시기 바랍니다", "부탁드립니다". */
export const isRequest = any([
  /[가-힣]\s*주(세요|십시오|시기\s*바랍니다|시고|시면\s*좋겠|시겠어요|시겠습니까|셨으면|시길|시죠)/,
  /부탁(드립니다|합니다|드려요|해요|드릴게요)/,
  /하도록\s*(하세요|해\s*주)/,
]);

/** The speaker taking something on: "…하겠습니다", "…할게요", "…드릴게요". */
export const isCommitment = any([/(?<!좋|알|모르|되|같|있|없|않|이|아니|싶|괜찮)겠(습니다|어요)|할게요|드릴게요|볼게요|올게요|둘게요/]);

/** The speaker or their team as the subject: "제가", "저희 팀에서". */
export const bySpeaker = any([/(^|\s)(제가|저희가|저희\s*\S*에서|제\s*쪽에서|저희\s*쪽에서)/]);

/** Verbs of deliverable work; a commitment with one of them is an action item even without a date. */
export const isDeliverable = any([
  /(공유|보고|제출|전달|송부|회신|작성|마련|준비|정리|검토|확인|협의|요청|발송|배포|게시|반영|수정|보완|파악|조사|점검|조율|섭외|발주|설치|산출|추계)(해|하|드리|해서|하여|한\s*뒤)/,
]);

/** Running the meeting rather than assigning work: "설명해 주세요", "시작하겠습니다", "의견 주세요". */
export const isProcedural = any([
  /(말씀|설명|발표|소개|인사)(을|를)?\s*(드리|해|하|주)/,
  /(회의|안건|순서)\S*\s*(시작|마치|마무리|진행|넘어)/,
  /시작하겠|마치겠|마무리하겠|넘어가(겠|시|도록|죠)|들어가겠|다음(\s*안건)?으로\s*(가|넘어)/,
  /(?<!(해서|하여|후|뒤)\s*)보고\s*드리겠/,
  /의견\s*(주|있|말씀)|질문\s*(주|있)|참고해|양해|(들어|살펴|한번|같이|함께|잠깐)\s*보겠|기다려\s*주/,
]);

/** A decision: "…하기로 했습니다", "결정했습니다", "확정", "의결", "합의", "…으로 정리하겠습니다", "그렇게 하시죠". */
export const isDecision = any([
  /기로\s*(했|하였|합의|결정|정했|정리|하겠습니다|합니다|한다|하죠|하시죠|되었|됐)/,
  /(결정|확정|의결|합의|가결|채택)(했|하였|되었|됐|합니다|하겠|하죠|하시죠|됩니다|입니다|짓|지었)/,
  /(으로|로)\s*정리(하겠습니다|하죠|합시다|하시죠|합니다|됐|되었)/,
  /(으로|로)\s*(가|하|진행하|추진하)시죠|(으로|로)\s*합시다/,
  /그렇게\s*(하시죠|하죠|합시다|가시죠|진행하시죠|결정|정리|하는\s*걸로|하는\s*것으로)/,
  /원안대로|이견\s*없(으시면|이|습니다)|만장일치/,
]);

/** Accepting the request just made: "네, 알겠습니다", "제가 하겠습니다", "그렇게 하겠습니다". */
export const isAcceptance = any([/알겠습니다|알았습니다|하겠습니다|맡겠습니다|챙기겠습니다|할게요|맡을게요|그렇게\s*하/]);

/** A question, marked or (as recognisers write) unmarked: "…할까요", "…되나요", "…습니까". */
export const isQuestion = any([/[?？]$|(까요|나요|습니까|는지요|시겠어요|실래요)[.]?$/]);

/** Questions that run the meeting and leave nothing open: "다른 의견 있으신가요?", "괜찮으시죠?". */
export const isRoutineQuestion = any([
  /(있으신가요|없으신가요|있나요|없나요|괜찮으시죠|괜찮을까요|맞죠|그렇죠|시작할까요|넘어갈까요|보셨나요|보셨죠|아시죠|들리시나요|계신가요|어떠세요|어떠신가요|어떻습니까|어떨까요)\s*[?？]?$/,
]);

/**
 * Words that carry no content of their own in short replies ("그렇게 하시죠", "그 부분은 추후 논의하시죠"): a sentence
 * left with nothing else points back at what was said before it.
 */
export const LIGHT_WORDS =
  /그렇게|그러면|그럼|그건|그거|그것|이건|[그이]\s*부분|[그이]\s*문제|[그이]\s*건|(?<![가-힣])[네예](?![가-힣])|좋습니다|좋아요|알겠습니다|동의합니다|이견\s*없습니다|제가|저희가|추후|다시|나중에|다음\s*회의에서|논의|확인이\s*필요|필요하니|검토|하시죠|하죠|합시다|하겠습니다|맡겠습니다|챙기겠습니다|할게요|정리하겠습니다|진행하시죠|하는\s*걸로|하니|[.,!?]/g;

/** Titles and roles after a name: "김 주무관", "박 팀장님". */
const TITLES =
  '주무관|사무관|서기관|팀장|과장|국장|실장|본부장|단장|센터장|소장|계장|주임|반장|대리|차장|부장|위원장|위원|담당관|담당자|구청장|원장|관장|대표|연구원';
/** Endings of departments and agencies: "교통정책과", "홍보팀", "서울시설공단". */
const UNITS = '과|팀|국|실|본부|센터|공단|공사|재단|구청|사업소|주민센터|위원회|단';
/** Words that end like a unit but are not one. */
export const NOT_UNITS =
  /(결과|효과|성과|경과|통과|초과|부과|사과|사실|현실|확실|손실|회의실|결국|전국|판단|수단|일단|중단|각\s*팀|모든\s*팀|우리\s*팀|저희\s*팀)$/;

/**
 * A named owner as subject or addressee: a person with a title, or a unit of at least three letters, followed by a
 * subject or topic particle or a comma ("김 주무관이", "박 팀장님께서", "교통정책과에서", "이 주무관님,").
 */
export const OWNER = new RegExp(
  String.raw`(?<![가-힣])([가-힣]{1,4}\s?(?:${TITLES})|[가-힣]{2,12}(?:${UNITS}))\s?(?:님)?(?:께서는|께서|에서는|에서|이|가|은|는|,)(?=\s|$)`,
  'g',
);

/** Openers trimmed off an item's text: "네, 그러면 …" → "…". */
export const OPENERS = /^(?:(?:네|예|자|그럼|그러면|그리고|그런데|근데|그래서|아|음|어|좋습니다|알겠습니다|마지막으로)[,.]?\s+)+/;
