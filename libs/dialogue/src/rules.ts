import type { EmergencyService, UtteranceIntent } from './types.js';

/**
 * The classifier's rules, as data. Each rule names an intent, a reason and (for emergencies) the number to send the
 * caller to, with two kinds of pattern:
 *
 * - `ko`: written without spaces and tried against the compact form of the utterance (NFKC, lower case, punctuation
 *   and all spacing removed), so "불이났어요" and "불이 났 어요" match alike. Jamo such as "ㅅㅂ" are NFKC-normalised
 *   when the rules are compiled, the same way the utterance is.
 * - `en`: tried against the normalised spaced text ("I'm" becomes "i m", "don't" becomes "don t");
 *   contractions are written to match with or without the apostrophe ("don ?t").
 *
 * Rules are tried in order within an intent: put the specific before the general. `unless` vetoes a rule when it
 * matches anywhere in the utterance (either form): the civic follow-up that shows a past event is being asked about.
 */
export interface UtteranceRule {
  intent: Exclude<UtteranceIntent, 'none'>;
  reason: string;
  service?: EmergencyService;
  ko?: readonly RegExp[];
  en?: readonly RegExp[];
  unless?: RegExp;
}

/** Intents after emergency and crisis, highest precedence first; a pending request outranks a closing thanks. */
export const INTENT_PRECEDENCE: readonly Exclude<UtteranceIntent, 'emergency' | 'crisis' | 'none'>[] = [
  'handoff',
  'abuse',
  'repeat',
  'sms_request',
  'goodbye',
  'out_of_scope',
];

/**
 * Intents whose matches a negation cancels ("가스 냄새는 안 나요", "상담원 연결은 안 해도 돼요", "I don't need an agent").
 * Crisis and abuse are not among them: any talk of suicide goes to a person, and an oath is an oath whatever follows it.
 * Nor are repeat and goodbye, which callers open with a "no" ("no, that's all") that denies nothing.
 */
export const NEGATABLE_INTENTS: ReadonlySet<UtteranceIntent> = new Set(['emergency', 'handoff', 'sms_request', 'out_of_scope']);

/**
 * Sounds a caller makes while thinking. Removed as whole words before a second try at matching, so a filler in the
 * middle of a phrase ("불이 어 났어요") does not hide it; the utterance is also tried as it was said. Narrower than
 * #libs/korean's FILLERS on purpose: retrieval may drop 아니 or 제발, but here they deny or plead.
 */
export const SPOKEN_FILLERS: ReadonlySet<string> = new Set([
  '어',
  '어어',
  '어어어',
  '음',
  '음음',
  '으음',
  '흠',
  '아',
  '아아',
  '에',
  '에이',
  '그',
  '그그',
  '저',
  '저기',
  '저기요',
  '저어',
  '뭐',
  '막',
  '좀',
  '있잖아요',
  '있잖아',
  '그러니까',
  '그니까',
  '여보세요',
  'um',
  'umm',
  'uh',
  'uhh',
  'uhm',
  'hmm',
  'er',
  'erm',
  'like',
  'well',
]);

/**
 * What follows a Korean match to deny it: "불은 안 났는데요" never matches a fire rule, but "가스 냄새는 안 나요",
 * "쓰러진 건 아니고" and "연기가 나는 건 아니에요" do, and this cancels them. "안" does not deny when it starts a
 * complaint that something persists ("가스 냄새가 안 빠져요", "피가 안 멈춰요", "상담원 연결 안 돼요?").
 */
export const KO_NEGATION_AFTER =
  /^(?:은|는|도|이|가|을|를)?(?:지|진|지는|지도|건|게|것은|것이|거는|거|것|줄은|줄)?(?:은|는|도|이|가)?(?:안(?!빠|없어|사라|멈|꺼|잡|그쳐|가라앉|나가|일어나|깨어|움직|돌아|열려|쉬|돼|되|될|됩|들려)|않|아니|아닌|아냐|아녜|필요(?:없|않|안))/;

/** What follows an emergency match to say it is absent ("가스 냄새는 없어요"); a request for a person is not denied so ("상담원 없어요?"). */
export const KO_ABSENCE_AFTER = /^(?:은|는|도|이|가)?(?:건|게|것은|거는)?(?:은|는|도|이|가)?없(?!어지)/;

/** What precedes an English match to deny it: "there is no gas leak", "not bleeding". */
export const EN_NEGATION_BEFORE = /\b(?:no|not|never|without|isn ?t|wasn ?t|don ?t need|don ?t want)(?: an?| any| the)?\s*$/;

/**
 * What follows an emergency match to make it a question about emergencies rather than one happening: "불이 났을 때",
 * "화재 발생 시", "가스 누출 예방", "쓰러졌을 경우", "불났었는데" (over). Only emergency rules are checked against it.
 */
export const KO_HYPOTHETICAL_AFTER =
  /^(?:을때|을경우|을시|으면|면|하면|되면|할때|할경우|했을때|했을경우|시(?!간|작|청|장|민|설|내|외|계|스|켜|켰)|예방|대비|요령|대처|훈련|교육|보험|점검|검사|검진|경보기|감지기|차단기|탐지기|신고센터|건수|현황|통계|원인|률|율)/;

/** Someone other than the caller is the subject: decides between crisis and emergency when both match. */
export const KO_THIRD_PARTY =
  /(친구|엄마|어머니|아빠|아버지|남편|아내|와이프|부인|아들|딸|아이|아기|애기|동생|누나|언니|오빠|형|할머니|할아버지|이웃|옆집|사람|누가|누군가|남자|여자|학생|동료|애인|남친|여친|남자친구|여자친구)(가|이|께서|는|은)/;
export const EN_THIRD_PARTY =
  /\b(?:my (?:friend|mom|mother|dad|father|son|daughter|wife|husband|brother|sister|kid|child|baby|neighbou?r|boyfriend|girlfriend|grandma|grandmother|grandpa|grandfather)|someone|somebody|a man|a woman|he|she)\b/;

/**
 * The caller speaks of themself: crisis wins over emergency. Tried on the spaced text, at the start of a word, so that
 * "문제가" is not "제가"; a possessive ("제 친구가") is not the caller as subject.
 */
export const KO_FIRST_PERSON = /(?:^|\s)(?:제가|내가|저는|나는|저도|나도|저를|나를|저만|나만)|(?:^|\s)(?:저|나)(?=\s|$)/;
export const EN_FIRST_PERSON = /\b(?:i (?:took|cut|swallowed|drank|want|am|have|just)|i ?m|myself)\b/;

/** A past event asked about for compensation or paperwork, not happening now. */
const CIVIC_FOLLOW_UP = /보험|보상|청구|치료비|배상|지원금|과태료|소송|사실확인|처리방법|어떻게처리/;

/** Objects, not people, that fall over, get run over or fall into water: a civic report, not an emergency. */
const NOT_A_PERSON = /고양이|강아지|동물|고라니|너구리|비둘기|사체|로드킬/;

export const RULES: readonly UtteranceRule[] = [
  // ── emergency · 119 ──────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'emergency',
    service: '119',
    reason: 'fire',
    ko: [
      /불(이|가)?(났|나서|나고있|나요|나는데|붙었|붙어|붙고|번지|번졌|번져|옮겨붙)/,
      /불이야|불(이|길이)(올라와|올라오|치솟|보여요|보이는데)/,
      /화재(요|예요|에요|입니다|야)$/,
      /화재(가)?(났|나서|나고|발생)/,
      /(집|건물|아파트|옆집|윗집|아랫집|주방|부엌|공장|가게|창고|차|차량|산|방|베란다|빌라|상가|지붕)(이|가)(불타|타고있|타요|다타|활활)/,
      /(집|건물|아파트|옆집|윗집|아랫집|주방|부엌|공장|가게|창고|차|차량|산|방|베란다|빌라|상가|지붕)(에서|에)?(불타|활활)/,
      /^(불|화재)(이에요|이야|이다|예요|에요|입니다|요)$/,
      /불타고있|불타요|활활타/,
      /불길(이|에|속)/,
      /(?<!담배|흡연|매연|고기|숯불|향|배기가스|굴뚝)연기(가)?(많이|엄청|계속|너무|막|시커멓게|검은)?(나요|나고|나는데|났|나서|나와|피어|자욱|가득|꽉|새어|새나|올라오|들어와|솟)/,
      /(?<!담배|흡연|매연|고기|숯불|향|배기가스|굴뚝)연기(가)?나$/,
      /불꽃이튀|불똥이튀|스파크가(튀|나)/,
      /타는냄새|탄내|매캐한냄새|(?<!담배|흡연|매연|고기|숯불|향|배기가스|굴뚝)연기냄새/,
      /화재경보(기)?(가)?(울려|울리|울렸|작동했|계속)/,
      /(소방차|불자동차)(좀|를|좀빨리)?(불러|보내|와|출동)/,
      /불(을)?질렀/,
      /화재신고(하려|할게|하고싶|합니다|좀|요$)/,
    ],
    en: [
      /\bthere (?:s|is) a fire\b/,
      /\bon fire\b/,
      /\b(?:house|building|apartment|kitchen|car|room|flat|store|shop|roof|door|home|place|factory|truck|bus) (?:is |s )?burning\b/,
      /\bfire (?:in|at) (?:my|the|our)\b/,
      /\bsmoke (?:is )?(?:coming|everywhere|pouring|filling)\b/,
      /\b(?:full of|lots of|see|smell|smelling) smoke\b/,
      /\bsomething (?:is|s) burning\b/,
      /\bsmell(?:s|ing)? (?:of )?burning\b/,
      /\bfire alarm (?:is )?(?:going off|went off|ringing)\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'gas',
    ko: [
      /가스(관|밸브|통|배관|호스|레인지)?(이|가)?(새요|새는|새고|새서|새어|샌다|샌|샜|새나|새$|터졌|폭발)/,
      /가스(가)?(누출|누설)/,
      /가스냄새/,
      /가스(가)?(폭발|터졌)/,
      /일산화탄소|연탄가스(를)?(마셨|중독)|가스중독/,
    ],
    en: [
      /\bgas leak(?:s|ing)?\b(?! (?:detector|alarm|sensor|inspection|check))/,
      /\bleaking gas\b/,
      /\bgas is leaking\b/,
      /\bsmell(?:s|ing)? (?:of )?gas\b/,
      /\bcarbon monoxide\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'medical',
    ko: [
      /(?<!(나무|가로수|간판|담|담장|벽|전봇대|전신주|펜스|화분|자전거|표지판|현수막|신호등|입간판|오토바이|비석|울타리)(이|가|도)?)쓰러(졌|져|지셨|지신|진|지|짐)/,
      /숨(을|이|을잘|이잘|을제대로)?(안|못)(쉬|셔|쉰)/,
      /숨(이|을)?(막혀|막힐|막혔|멎|멈|넘어가|가빠|헐떡)/,
      /숨이(너무)?차/,
      /호흡(이|을)?(없|곤란|이상|멈|안|못|가빠)/,
      /(?<!시민|안전|인권|환경|주인|공공|위기|문제|목적|역사|시대|공동체|자의|무)의식(이|을)?(없|잃|불명|가물|못차|안차|돌아오지)/,
      /정신(을)?잃|기절(했|해서|하셨|한것같|했는데)|실신|혼절/,
      /심장(이)?(멈|마비|발작|안뛰|너무빨리)|심정지|심근경색|뇌졸중|뇌출혈|중풍(이|이왔|으로)/,
      /가슴(이|쪽이)?(너무|갑자기|막|계속|꽉)?(아파요|아파서|아파|아프고|아픈데|통증|조여|조이|쥐어짜)/,
      /(?<![커카토해스])피(가)?(철철|펑펑|많이|너무많이|계속|안멈|멈추지|멈추질|흘러|나요|나와|나고|나는데|솟|뿜|범벅|투성)/,
      /과다출혈|출혈(이)?(심|많|너무|안멈)|피를(많이|너무|철철)?흘/,
      /경련(을|이)?(해|하|일으|나|중)|발작(을|이)?(해|하|일으|중|했)|거품(을)?물|간질/,
      /(아이|애|애기|아기|딸|아들|동생|사람|남편|아내)(가|이)?(갑자기)?경기(를)?(해|하|일으|했)/,
      /(팔|다리|얼굴|몸|한쪽|입)(이|에|이한쪽)?(갑자기)?(마비|안움직|감각이없)/,
      /(사람|아빠|엄마|남편|아내|할머니|할아버지|아이|애|아기|애기|누가|친구|동생|아버지|어머니)(이|가|께서)?(전혀|갑자기|계속)?(안움직|움직이지않|안일어나|깨워도안일어|반응이없|눈을안떠)/,
      /맥박(이)?(없|안뛰|안잡|약해)|열성경련|(열|고열)(이|나서|때문에).{0,8}경기/,
      /화상(을)?(입었|당했|심해)|감전(됐|되었|당|사고)/,
      /말이(갑자기)?(어눌|안나와|꼬여)|갑자기말을(못|안)|말을갑자기(못|안)/,
      /안깨어나|깨어나지(를)?않|깨워도(안|반응)/,
      /(머리|다리|팔|허리|목|눈|얼굴)(를|을|가|이)?(크게|심하게|많이)?다쳤/,
      /구급차(를|좀)?(불러|보내|와|필요|빨리|요$)|앰뷸런스|엠뷸런스/,
      /(응급|위급|긴급)(상황|환자)(이에요|이야|입니다|이요|발생|이있|이생|가있|가발생|이에|$)/,
      /(크게|심하게|많이|머리를|머리가|사람이|애가|아이가|아기가|누가)(크게|심하게|많이)?다쳤/,
      /다친사람(이|들이)?(있|많|생)|부상자(가|들이)?(있|발생|많|생)/,
      /(?<!의자|벤치|책상|탁자|테이블|침대|안경)(머리|목|허리|다리|팔|뼈)(가|를|이)?(깨졌|찢어졌|부러졌|부러진것같|부러진거같)/,
      /(떡|음식|사탕|젤리|땅콩|이물질|뭐가|뭔가)(이|가)?목에(걸렸|걸려)|질식|기도(가)?막/,
    ],
    en: [
      /\b(?:collapsed|passed out|fainted|unconscious|not breathing|stopped breathing|can ?t breathe|cannot breathe)\b/,
      /\b(?:heart attack|cardiac arrest|chest pains?|having a seizure|seizure|a stroke)\b/,
      /\bbleeding(?: a lot| heavily| badly| everywhere)?\b/,
      /\b(?:lots of|a lot of) blood\b/,
      /\bchoking\b/,
      /\b(?:call|need|send) an ambulance\b/,
      /\b(?:injured|badly hurt|seriously hurt|hurt badly)\b/,
      /\b(?:people|someone|somebody|he|she|they|i) (?:is |are |am |m |s |re |got |was |were )?(?:hurt|bleeding)\b/,
      /\b(?:not moving|won ?t wake up|isn ?t waking up|not responding|unresponsive|no pulse)\b/,
    ],
    unless: CIVIC_FOLLOW_UP,
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'poisoning',
    ko: [
      /(농약|세제|락스|살충제|쥐약|독극물|제초제|표백제|부동액|건전지|수은|독버섯)(을|를)?(잘못)?(먹었|삼켰|마셨|먹어버|삼켜)/,
      /(약|수면제|진통제|수면유도제|안정제|알약)(을|를)?(한꺼번에|잔뜩|많이|한통|통째로|다|전부|왕창|몽땅|한움큼|너무많이|[0-9]+(알|개|정|봉|통)|(열|스무|서른|수십)(알|개))(다)?(먹었|삼켰|털어|먹어버|삼켜)/,
    ],
    en: [
      /\b(?:swallowed|drank|ate) (?:some |the )?(?:bleach|poison|pesticide|detergent|battery)\b/,
      /\btook (?:a lot of|too many|all (?:of )?(?:my|the|her|his)) (?:sleeping )?(?:pills|tablets|medication)\b/,
      /\boverdosed\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'rescue',
    ko: [
      /(?<!(차|차량|내차|제차|자동차)(가|이)?)(갇혔|갇혀(있|서|요))/,
      /(사람|누가|애|아이|아기|할머니|할아버지|남편|아빠|엄마)(이|가)?(밑에|아래)?(깔렸|깔려|끼었|끼여|끼어)/,
      /(?<!(폰|핸드폰|휴대폰|지갑|가방|열쇠|키|물건|신발)(이|가|을|를)?)(물|강|한강|바다|계곡|수영장|저수지|하천|개울|호수|우물)(에|에서)?(빠졌|빠져|떠내려)/,
      /(물|강|한강|바다|계곡|수영장|저수지|하천|개울|호수|우물)(에|에서)(사람|누가|아이|애|아기)(이|가)?(빠졌|빠져|떠내려)/,
      /(사람|누가|애|아이|아기|할머니|할아버지)(이|가)?(옥상|계단|창문|베란다|난간|높은데|위)?(에서)?(떨어졌|추락)/,
      /(?<!주가|가격|집값|값|지지율|성적|인기|매출)추락(했|해서|사고)/,
      /뛰어내리려|투신하려/,
    ],
    en: [
      /\b(?:trapped|stuck) in (?:an |the |a )?(?:elevator|lift|car|building|room|fire)\b/,
      /\bdrowning\b/,
      /\bfell (?:into|in) the (?:river|water|sea|lake)\b/,
      /\babout to jump\b/,
    ],
    unless: NOT_A_PERSON,
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'accident',
    ko: [
      /(차|차량|오토바이|버스|트럭|택시)(에|에게|한테)?(치였|치여|받혔|치인)/,
      /(차|차량|버스|트럭|택시|오토바이)(가|이)?(뒤집혔|뒤집어졌|전복)/,
      /사고.{0,12}(다쳤|다친|피가|피를|부상|의식|쓰러|갇혔|끼었|끼여|안움직|숨을)/,
    ],
    en: [/\bhit by a (?:car|bus|truck|taxi|motorcycle)\b/],
    unless: new RegExp(`${CIVIC_FOLLOW_UP.source}|${NOT_A_PERSON.source}`),
  },
  // ── emergency · 112 ──────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'emergency',
    service: '112',
    reason: 'threat',
    ko: [
      /찔러버린다고|찔러버린대|찌르겠다고|찌른다고|찌르려고|죽인다고|죽이겠다고|죽여버린다고|죽여버리겠다고|죽이려고|죽일거라고|죽일것같|죽일거래|죽인대|죽이겠대|죽여버리겠대|죽여버린대/,
      /협박(을|을당|당|하고|해요|받|문자|전화|해서)/,
      /불(을)?(지르려|지른다고|지르겠다고|질러버린다고)/,
    ],
    en: [/\b(?:threatening|threatened|trying|going|wants|want) to kill (?:me|us|my)\b/, /\b(?:being|getting) threatened\b/],
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'stalking',
    ko: [
      /(누가|누군가|이상한사람이|모르는사람이|어떤남자가|남자가|사람이)(자꾸|계속|지금)?(저를|나를|제뒤를|뒤를)?(따라와|따라오|미행|쫓아와|쫓아오)/,
      /(전남친|전남자친구|전여친|전여자친구|전남편|전처|전애인|스토커)(가|이)?(자꾸|계속|또|매일)?(찾아와|찾아오|쫓아|따라|기다리|집앞)/,
      /따라오고있|따라오는것같|따라와요|쫓아오고있|쫓아와요|미행(을|하|당)|스토킹(을|을당|당하|하고|당해)|스토커(가|한테)/,
    ],
    en: [/\b(?:following|stalking|chasing) me\b/, /\b(?:being|getting) (?:followed|stalked|chased)\b/],
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'crime',
    ko: [
      /칼(을|로|을들고)?(들고|든|휘두|들이대|위협|꺼내)|칼(에|로)(찔(?!러버))|흉기(를|로|가)?(들고|든|휘두|위협|찔|난동|있)|총(을|으로)?(들고|쏘|겨누)/,
      /도둑(놈)?(이)?(들었|들어왔|들어와|야|이야|이다|이에요|이있어|이침입|든것같|든거같)/,
      /강도(가)?(들었|들어왔|들어와|야|다$|예요|를당|당했|가왔|가있어)|괴한|침입자/,
      /(누가|누군가|모르는사람이|낯선사람이|이상한사람이|어떤남자가|어떤사람이)(자꾸|계속|지금)?(집에|우리집에|방에|문을|현관문을|창문을|도어락을|창문으로|문으로|베란다로|뒷문으로)?(들어왔|들어와|들어오려|침입|열려고|따려고|따고|부수|두드|열고들어|엿보|훔쳐보|서성)/,
      // The same with words in between ("누군가 지금 저희 집 현관문을 억지로 열려고"): doors, windows and locks only.
      /(누가|누군가|모르는사람|낯선사람|이상한사람|어떤남자|어떤사람)[가-힣]{0,14}(문|창문|도어락|베란다|현관)(을|를|으로|로|에)?[가-힣]{0,6}(억지로|강제로|몰래|자꾸|계속)?(열려|따려|부수|부술|두드|흔들|열고들어|들어오려)/,
      /침입(했|하려|하고|당|해서|했어|했는데)|무단침입/,
      /(집|가게|매장|차|사무실)(이|가)?털렸|털리고있/,
      /(이상한|낯선|모르는)(사람|남자|놈)(이|가)?(집앞|문앞|계속|자꾸|쳐다|서있|숨어)/,
      /(누가|누군가|이상한사람|모르는사람|낯선사람|낯선남자)(가|이)?(문밖에|문앞에|집앞에|현관앞에|창밖에|베란다에)(있|서있|숨어)/,
      /(문밖에|문앞에|집앞에|현관앞에|창밖에)(누가|누군가|이상한사람이|모르는사람이|낯선사람이|낯선남자가)(있|서있|숨어|계속)/,
      /살인(이|사건이)?(났|일어)|(사람|시체|시신)(이|가)?(죽어있|죽었|발견)/,
      /뺑소니/,
      /경찰(을|좀|을좀|관)?(불러|보내|와주|출동해|출동시켜|출동좀|오게)|(112|일일이)(에|로|좀|를|번)?(불러|연결|전화해|신고해주|보내)/,
    ],
    en: [
      /\b(?:someone|somebody|a man|a guy|a stranger|he|they) (?:is |s |are |re )?(?:breaking|broke|trying to break|broken) in(?:to)?\b/,
      /\bbreak[ -]?in\b/,
      /\bburglar(?:y|s)?\b/,
      /\bintruder\b/,
      /\b(?:trying to|tried to) (?:open|break|get into|force) (?:my|the|our) (?:door|window|house)\b/,
      /\bstabbed\b|\b(?:been|got|was|is) shot\b|\bshot (?:me|him|her|someone)\b/,
      /\b(?:a stranger|someone|somebody) (?:is )?(?:outside|at) my (?:door|house|window)\b/,
      /\b(?:being|getting) robbed\b|\brobbery\b/,
      /\b(?:has|with|holding) a (?:knife|gun)\b/,
      /\bcall (?:the )?police\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'violence',
    ko: [
      /(남편|아빠|아버지|엄마|어머니|오빠|형|누가|사람|남자|여자|놈|애인|남친|남자친구|술취한사람|취객)(이|가)?(저를|나를|애를|아이를|엄마를|계속|자꾸|막|또)?(때려|때리|때렸|패요|패고|팼|폭행)/,
      /(엄마|아빠|아이|애|저|나|동생|아내|남편|누나|언니|할머니|할아버지)(를|을)(막|계속|자꾸|또)?(때려|때리|때렸|패요|패고|팼|폭행)/,
      /(남편|아빠|아버지|엄마|어머니|오빠|형|누구|사람|애인|남친|남자친구|취객)(한테|에게)(맞|얻어맞|두들겨맞)/,
      /때리고있|때려요|폭행(을)?당|폭행하고있|(?<!주사|백신|접종|비|눈|예방접종|침)맞고있|얻어맞|구타/,
      /(밖에서|밖에|길에서|앞에서|옆집에서|지금|사람들이|취객이|술취한사람이|술취한사람들이)(막)?(싸우고있|싸워요|싸움)|싸움이났|싸움났|패싸움|난투극|난동(을|부리|피우)|행패(를|부리)/,
      /가정폭력(을|이)?(당하|당했|일어나|중)|학대(를)?(당하|하고있|하는것같|받고있|당해)/,
      /(성추행|성폭행|강간|추행|성희롱)(을|를)?(당|하려|하고|했)|몰카(를|가)?(찍|당)|불법촬영(을)?당/,
      /비명(소리)?(가|이)?(들려|나|계속)|살려달라(는|고)|(맞는|때리는|패는|부수는|싸우는)소리/,
      /부부싸움(이|소리)?(가)?(심하|하는데|해요|중|나요)/,
    ],
    en: [
      /\b(?:being|getting) (?:attacked|beaten|assaulted|stabbed|hit)\b/,
      /\b(?:hitting|beating|attacking|hurting|choking) (?:me|my|her|him|us)\b/,
      /\bdomestic violence\b/,
      /\b(?:sexually )?assaulted\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'kidnapping',
    ko: [/납치|유괴|끌고갔|끌려갔|끌고가/, /(아이|애|아기|애기|딸|아들)(를|을)(누가)?(데려갔|데리고갔|끌고|태우고갔)/],
    en: [/\bkidnap(?:ped|ping)?\b|\babducted\b/],
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'accident',
    ko: [
      /(?<!어제|지난주|지난달|작년|작년에|며칠전|예전에|전에)(교통사고|접촉사고|추돌사고|충돌사고|차사고|자동차사고|사고)(가)?(났어|났습니다|났는데|났다|나서|났$)/,
      /(차|차량|오토바이|버스|트럭|택시|자전거)(랑|하고|와|과|에|이랑)부딪(혔|쳤)/,
    ],
    en: [
      /\b(?:car|traffic|road|bike|motorcycle|bus) (?:accident|crash)\b/,
      /\bthere (?:s|is|has been) (?:been )?an accident\b/,
      /\b(?:been|was|had) (?:in )?an accident\b/,
    ],
    unless: CIVIC_FOLLOW_UP,
  },
  {
    intent: 'emergency',
    service: '112',
    reason: 'missing-person',
    ko: [
      /(아이|애|아기|애기|아들|딸|치매|할머니|할아버지|어머니|아버지|엄마|아빠|동생|노인|어르신)(환자)?(를|을)?잃어버/,
      /(아이|애|아기|애기|아들|딸|치매|할머니|할아버지|어머니|아버지|엄마|아빠|동생|노인|어르신)(환자)?(가|이|께서)?(없어졌|사라졌|안보여|실종|집에안들어)/,
      /(아이|애|아기|애기|아들|딸|치매|할머니|할아버지|어머니|아버지|엄마|아빠|동생|노인|어르신)(환자)?(가|이|께서).{0,8}(안돌아와|안돌아오|안들어와|안들어오|돌아오지않|들어오지않)/,
      /실종(됐|되었|신고|이에요)/,
    ],
    en: [
      /\b(?:my )?(?:child|kid|son|daughter|mother|father|grandmother|grandfather) is missing\b/,
      /\blost my (?:child|kid|son|daughter)\b/,
    ],
  },
  {
    intent: 'emergency',
    service: '119',
    reason: 'help',
    ko: [/살려(주세요|줘|주십시오)|사람살려|살려$/, /(119|일일구)(에|로|좀|를|번)?(불러|연결|전화해|신고해주|보내)/],
    en: [
      /^help(?: me)?(?: help(?: me)?)*(?: please)?$/,
      /\bsave me\b/,
      /\b(?:somebody|someone) help\b/,
      /\bhelp me please\b|\bplease help me\b/,
      /\bcall (?:119|911)\b/,
    ],
  },

  // ── crisis (never negated) ───────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'crisis',
    reason: 'suicidal',
    ko: [
      /(오늘|오늘밤|내일|이제|곧)(에)?죽을(거|겁니다|래)|죽고(만)?싶|죽어버리고싶|죽어버릴(거|까|래)|그냥죽을래|죽을래요|죽으려고(요|해|합니다|했|마음)|죽을생각|죽을까생각|죽는(방법|법|게나을|게낫)/,
      /살기(가)?싫|살고싶지(가)?않|살기도싫|사는게(의미가|의미없|싫|지겨|지옥|고통|괴로)|(나|저)같은(건|게|사람은|놈은|년은)?(없어져야|사라져야|죽어야)|살가치가없|살자격이없|살(아야할|아갈)?이유가없|더이상(못)?살(겠|수가없|수없|자신|기싫|고싶지)|살아서뭐해|살아서뭐하/,
      /(이세상|세상)(을|에서)?(떠나고싶|사라지고싶)|사라지고싶|없어지고싶|태어나지말|그만살고싶|그만살래/,
      /자살|극단적(인)?선택|극단선택|목숨(을)?끊|생(을)?마감|삶(을)?(끝내|마감|포기)|인생(을)?(끝내|포기하고싶|마감)/,
      /(다|모두|모든걸|모든것을|이제|그만)끝내고싶|끝내버리고싶|(다|모든걸|모든것을|삶을|인생을|그만)(포기하고싶|놓고싶|놓아버리고싶|그만두고싶)/,
      /(제가|내가|저만|나만|저하나|나하나)(없어지면|사라지면|죽으면|죽어도)/,
      /마지막으로(누구|누군가|목소리|전화|인사|말이라도|말하고|얘기|이야기)/,
      /(다리|옥상|난간|대교)(위|끝|난간)?에(서있|올라왔|올라와|서서|있어요|있습니다|있는데)[가-힣]{0,30}(마지막|뛰어|끝내|죽)/,
      /(살아야할|살아갈|살|사는)이유(를|가)?(모르|없|못찾|하나도없)|살아(야|갈)의미(를|가)?(모르|없)/,
      /(모든걸|모든것을|모든게|다|전부|모두|삶을|인생을|목숨을|내삶을|제삶을)(오늘|이제|그냥)?끝내(려|겠|버리|기로|야겠|고말)/,
      /더이상(못)?버틸(수가없|수없|자신이없|힘이없)|더는못버티|버틸힘이없/,
      /뛰어내리고싶|뛰어내릴(거|까|래|려)|뛰어내리러|뛰어내리겠|뛰어내리려(고요|구요|합니다|해요)|투신/,
      /목(을)?(매달|매려|맬|매고싶|맸|매었)|번개탄|연탄(을|불을)?피워|유서(?!깊)/,
    ],
    en: [
      /\b(?:want|wanna|wanted) to die\b/,
      /\bwish i (?:was|were) dead\b/,
      /\bkill(?:ing)? myself\b/,
      /\bend(?:ing)? (?:my life|it all)\b|\bwant to end it\b/,
      /\bbetter off dead\b|\bdon ?t want to be (?:here|alive) anymore\b/,
      /\btake my (?:own )?life\b/,
      /\bsuicid(?:e|al)\b/,
      /\bdon ?t want to (?:live|be alive)\b/,
      /\bno reason to live\b/,
      /\bwant to disappear\b/,
      /\bjump off (?:the |a )?(?:bridge|roof|building)\b/,
    ],
  },
  {
    intent: 'crisis',
    reason: 'self-harm',
    ko: [
      /손목(을)?(그었|그어|긋|그을|자해)|자해|칼로(제|내|저)?(몸|팔|손목)/,
      /(제|내|저의|나의)?(몸|자신|스스로|나|저)(을|를)?(해치|상처(를)?내|다치게하|때리)(고싶|려|는충동|고싶은|고싶어)/,
      /해치고싶은(충동|마음|생각)|(해치|다치게하)고싶은충동/,
    ],
    en: [/\b(?:hurt|hurting|harm|harming|cut|cutting) myself\b/, /\bself[ -]?harm\b/, /\bslit my wrists?\b/],
  },
  {
    intent: 'crisis',
    reason: 'overdose',
    ko: [
      /(약|수면제|진통제|수면유도제|안정제|알약)(을|를)?(한꺼번에|잔뜩|많이|한통|통째로|다|전부|왕창|몽땅|한움큼|너무많이|[0-9]+(알|개|정|봉|통)|(열|스무|서른|수십)(알|개))(다)?(먹었|삼켰|털어|먹어버|먹을|먹으려)/,
      /(수면제|약)(를|을)?(모아|모았|사모)/,
      /(수면제|약|알약|안정제)(를|을)?[가-힣0-9]{0,10}(모아|모았|사모았)/,
      /(수면제|약|알약|안정제)(를|을)?[가-힣0-9]{0,12}(다|한꺼번에|전부|몽땅|한번에)먹(으려|을거|을래|겠|어버리)/,
    ],
    en: [
      /\boverdos(?:e|ed|ing)\b/,
      /\btook (?:a lot of|too many|all (?:of )?(?:my|the|her|his)) (?:sleeping )?(?:pills|tablets|medication)\b/,
    ],
  },
  {
    intent: 'crisis',
    reason: 'third-party',
    ko: [
      /(죽겠다고|죽고싶다고|자살하겠다고|자살한다고|죽는다고|죽어버리겠다고|뛰어내리겠다고|뛰어내린다고|살기싫다고|죽을거라고)(문자|카톡|톡|연락|메시지|메세지|전화|하더|하면서|그러|해요|했어|말|하네|하고)/,
    ],
    en: [/\b(?:wants|want|threatening|threatened|going|says he wants|says she wants) to (?:die|kill (?:himself|herself|themselves))\b/],
  },

  {
    intent: 'crisis',
    reason: 'distress',
    ko: [/(사는게|살기가|삶이|살아가는게|하루하루가)(너무|정말|진짜|참)?(힘들|괴롭|괴로|고통)/],
    unless: /지원|수급|신청|복지|급여|대출|생계|일자리|월세|주거|임대|물가|세금|요금|비용|돈|경제/,
  },

  // ── handoff ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'handoff',
    reason: 'agent-request',
    ko: [
      /(?<!심리|전문|학교|청소년|진로|법률|노무|세무|부동산|임신|금융|가족|재무)상담(원|사|직원)(?!채용|자격|모집|시험|양성|되려|되고싶|일자리|급여|월급)(님|분)?(이랑|하고|과|와|한테|께|에게|을|를|으로|로)?(좀)?(연결|통화|바꿔)?/,
      /(사람|직원|공무원|담당자|담당공무원|실제사람|진짜사람)(분|님)?(이랑|하고|과|와|한테|께|에게|을|를|으로|로)?(좀)?(직접)?(바꿔|연결|통화|얘기|이야기|대화|말하고|말할|불러)/,
      /^(사람|직원|담당자|사람목소리)(님|분)?(이요|요|이랑|좀|좀요|부탁해요|부탁합니다)?$/,
      /연결(을)?(해|시켜)(주세|줘|주실|주시|줄래|달라|주십)|연결(좀)?(부탁|요$)/,
      /담당(자|공무원|직원)/,
      /(다른분|다른사람|다른직원|책임자|팀장|과장|상급자|윗사람|관리자)(님)?(으로|로|좀|이랑|하고|과|와|한테)?(좀)?(바꿔|연결|통화)/,
      /사람목소리|실제사람|진짜사람|사람이받|사람이직접|직원(분|님)(계세요|있어요|안계|없어요)|직접(통화|얘기|이야기|상담)(하고싶|할래|할게|하게)|교환원/,
    ],
    en: [
      /\bhuman\b(?! rights| resources| trafficking)/,
      /\b(?:real|live|actual) (?:person|agent|human)\b/,
      /\b(?:operator|representative|customer service)\b/,
      /(?<!(?:estate|travel|insurance|tour) )\bagent\b/,
      /\b(?:talk|speak|chat) (?:to|with) (?:a |an |the |some |your )?(?:person|someone|somebody|staff|manager|officer|supervisor)\b/,
      /\b(?:a )?(?:person|someone|somebody|human) (?:i|we) can (?:talk|speak) (?:to|with)\b/,
      /\b(?:transfer|connect|put) me\b/,
    ],
  },
  {
    intent: 'handoff',
    reason: 'bot-refusal',
    ko: [/(기계|로봇|ai|인공지능|자동응답|ars|컴퓨터|챗봇|봇|음성봇|보이스봇)(이|가|는|랑|하고|이랑)?(말고|말구|싫|얘기하기싫|말하기싫)/],
    en: [/\bdon ?t want (?:to talk to )?(?:a |the )?(?:bot|robot|machine)\b/, /\bnot (?:a |the |this )?(?:bot|robot|machine)\b/],
  },

  // ── abuse (never negated) ────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'abuse',
    reason: 'threat',
    ko: [
      /죽여버(린다|릴|려|리겠)|죽인다(?!고|대)|죽일(거야|거다|테니|줄알|까보다)|죽여줄까/,
      /가만(히)?(안|두지않)(둬|둘|둔|놔|놓|있을)/,
      /찾아간다|찾아갈(거야|거다|테니|줄알|게기다려)|찾아가서(죽|가만|패|때|박살|조지|족치|불)/,
      /(집|회사|사무실|거기|너네|니네)(까지|로|에)?쳐들어간다|두고(봐라|보자)|밤길조심|박살(낸다|내버|낼)|패버(린다|릴|리겠)|때려(죽|부순|부숴)/,
      /(폭파|불질러|불을질러)(버린다|버릴|할거|할테니|하겠|해버)|칼(로)?(찔러버|쑤셔)|목을따/,
    ],
    en: [
      /\b(?:i ?ll|i will|i ?m going to|i ?m gonna|gonna|going to) (?:come )?(?:kill|hurt|find|get|beat) you\b/,
      /\byou ?re dead\b|\bwatch your back\b|\bi know where you (?:live|are|work)\b/,
      /\b(?:bomb|blow up|burn down) (?:your|the) (?:office|building|center|centre)\b/,
    ],
  },
  {
    intent: 'abuse',
    reason: 'profanity',
    ko: [
      /씨발|씨바|씨빨|씨팔|시팔|씹(새|년|놈|할)|(?<!시)시발(?!점|역|택시|자동차)|ㅅㅂ|ㅆㅂ|ㅆ발|ㅅㅂㄹㅁ/,
      /좆|존나|졸라(?!매)|지랄|염병|썅|(?<!호박|쌀|찹쌀|울릉도|가락)엿(먹어|이나먹)|니애미|느금마|느그엄마|엠창/,
    ],
    en: [/\b(?:fuck\w*|f u|motherfucker|shit\w*|bullshit|bitch\w*|cunt|wanker|piss off|screw you|son of a bitch|wtf|stfu)\b/],
  },
  {
    intent: 'abuse',
    reason: 'insult',
    ko: [
      /개새(끼|기|꺄|퀴)|개색(기|히|끼)|개샛기|개섀끼|개세끼|(?<![0-9한두세네몇여러일이삼사오육칠팔구십백천각])개(같(은|네|다|아|냐)|놈|년)|개소리(하|야$|네|지마|집어|말)|쌍놈|호로(자식|새끼|놈)/,
      /병신|븅신|빙신|ㅂㅅ|등신|또라이|돌아이|찐따|양아치/,
      /미친(놈|년|새끼|거아냐|거아니|거야|것)|미쳤냐|돌았냐/,
      /(?<![이가불등기전])꺼져(?!있|서|요|가|버렸|도|야|가지고)|닥쳐|닥치(라|세요|시죠)|닥치고(상담|사람|연결|내말|들어)|입(좀)?닥/,
      /멍청(이|한(놈|기계|로봇|새끼)|하냐|하네)|바보(야|같은(놈|기계)|냐|새끼)|쓰레기(야$|같은(놈|새끼|기계|년|것들)|새끼|놈|들아)|새끼야|도둑놈들|사기꾼(들아|놈|새끼)/,
    ],
    en: [
      /\b(?:asshole|bastard|dickhead|idiot|moron|imbecile)\b/,
      /\b(?:you|you ?re|you are|ur|what an?|this|fucking|such an?) (?:stupid|dumb|useless)\b/,
      /\b(?:stupid|dumb|useless|idiotic) (?:bot|machine|robot|ai|system|thing)\b/,
      /\bshut up\b/,
    ],
  },

  // ── repeat ───────────────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'repeat',
    reason: 'repeat',
    ko: [
      /다시(한번|한번만)?(만)?(말씀|말해|말좀|얘기|이야기|설명|알려|읽어|들려|불러|해주)/,
      /^(다시|다시한번|다시한번만|한번더|한번만더|뭐요|뭐라고|뭐라구)(요)?$|다시(한번)?(만)?요$/,
      /뭐라(고|구)(요|하셨|하신|그러셨|그랬|했어요|했죠|하셨죠|$)/,
      /천천히(좀)?(다시|말|얘기|설명|해|요$)|크게(좀)?(말|얘기|다시|요$)|뭐라는거/,
      /한번(만)?더(말|얘기|해주|요$|부탁|들려|읽어|알려|설명|$)/,
      /못알아들|못알아듣|알아듣지(를)?못|알아들을수가없|무슨말(씀)?(이에요|이세요|이죠|인지|하시는|이신지|이야|하는)/,
    ],
    en: [
      /\bsay (?:that|it) again\b/,
      /\b(?:could|can|would) you (?:please )?repeat\b|\bplease repeat\b|\brepeat (?:that|it|please|yourself|again)\b/,
      /\bpardon(?: me)?\b|\bcome again\b|\bsorry what\b/,
      /\bwhat did you (?:just )?say\b/,
      /\bone more time\b|\bspeak (?:more )?slowly\b|\bslower please\b/,
      /^(?:what|huh|sorry|excuse me|what was that)$/,
    ],
  },
  {
    intent: 'repeat',
    reason: 'not-heard',
    ko: [
      /(?<!(얘기|이야기|소식|연락|안내|공지|통보|설명|말)(를|을|는|은|도)?)(잘|제대로)?못들(었|은)|(잘|제대로)?안들(려|리|렸)|들리지(가)?않/,
      /(소리|목소리)(가)?(너무|잘|좀)?(작|안들|끊)/,
    ],
    en: [/\b(?:didn ?t|did not|couldn ?t|can ?t|cannot) (?:hear|catch|understand) (?:that|you|it|what you said)\b/, /\bcan ?t hear you\b/],
  },

  // ── sms_request ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'sms_request',
    reason: 'sms',
    ko: [
      /(?<!재난|안전|스팸|스미싱|광고|긴급|사기|협박|음란|단체)문자(메시지|메세지)?(로|로는|로도|로다)?(하나|한통|한번)?(좀)?(보내|주세|주실|주시|줘|받을|받아볼|받아보|받고싶|넣어|남겨|전송|안내|알려|부탁|주면|찍어)/,
      /(카톡|카카오톡|알림톡|메시지|메세지|휴대폰|핸드폰|폰)(으로|로)(좀)?(보내|주세|주실|줘|받을|받아볼|받고싶|안내|알려|부탁)/,
      /(주소|번호|전화번호|내용|안내|정보|사이트|홈페이지|url|위치)(를|을|도)?(좀)?(문자|카톡|메시지|메세지|sms)(로)/,
    ],
    en: [
      /\btext (?:me|it|that|this|the (?:link|details|info|information|address|number))\b/,
      /\bsend (?:(?:it|that|this|me|the (?:link|details|info|information|address)) ){0,2}(?:by|via|as an?|in an?|through|over) (?:text|sms|message|text message)\b/,
      /\b(?:by|via) (?:text|sms)\b/,
      /\bsms\b/,
    ],
  },
  {
    intent: 'sms_request',
    reason: 'link',
    ko: [
      /링크(좀|를|도|주소)?(좀)?(보내|주세|주실|주시|줘|받을|받아|남겨|전송|부탁)|^링크(좀|요|좀요)?$/,
      /(url|주소|사이트주소|홈페이지주소)(좀|를|을|도)?(좀)?(보내|전송|찍어)/,
    ],
    en: [/\b(?:send|text|message) me (?:the |a )?link\b/],
  },

  // ── goodbye ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'goodbye',
    reason: 'closing',
    ko: [
      /끊(을게|을께|겠습니다|겠어요|어요$|습니다$|어도될|을래요)/,
      /수고(하세요|하십시오|하셨습니다|하셨어요|많으셨|많으십니다|많으세요|해요$|하셔요)/,
      /안녕히(계세요|계십시오|가세요|계셔요)|^(안녕|바이|빠이|바이바이|잘있어요|잘있어)$/,
      /^(네|아|이제|그럼|다|아니|아니요|아뇨|아니에요)*(됐어요|됐습니다|됐어|괜찮습니다|괜찮아요)$/,
      /좋은하루(되세요|보내세요|요$)|즐거운하루(되세요|보내세요)|^(네)?수고요$/,
      /(더|다른|더는)(이상)?(궁금한|물어볼|문의할|여쭤볼)(거|것|게|건|점)?(는|은)?없|^(네|아|아니요|아뇨|아니|다른(거|것|건|질문|문의)(는|은)?)*없(어요|습니다)$/,
      /(그럼|이만|그럼이만|이제)(끊|들어가|가볼|마칠|실례)/,
      /통화(를)?(끝|마치|종료)|그만(할게|하겠|할래|끊)/,
      /^(네|그럼|예)?들어가세요$/,
    ],
    en: [
      /\b(?:good ?bye|bye(?: bye)?|see you|see ya)\b/,
      /\b(?:that ?s all|that is all|that ?s it|that will be all|that ?ll be all|i ?m done|nothing else|no more questions)\b/,
      /\bhave a (?:nice|good|great) (?:day|one|evening)\b/,
    ],
  },
  {
    intent: 'goodbye',
    reason: 'thanks',
    ko: [
      /^(네|예|아|이제|그럼|없어요|없습니다|아니요|아뇨|괜찮아요|알겠습니다|알겠어요|알았어요|알았습니다|잘알겠습니다|잘들었습니다|됐어요|됐습니다|그럼|그렇군요|그렇구나|네네|좋아요|이해했어요|확인했어요|오케이|ok|그래요)*(정말|너무|진짜|대단히|매우|참)?(감사합니다|감사해요|감사드립니다|감사드려요|고맙습니다|고마워요|고마워|감사요|땡큐)$/,
      /(주셔서|줘서|주셨어요|줬어요)(정말|너무|진짜|대단히|매우|참)?(감사|고맙|고마워)[가-힣]{0,4}$/,
    ],
    en: [
      /^(?:(?:ok|okay|great|alright|all right|got it|i see|perfect) )*(?:thank you|thanks)(?: so much| a lot| very much)?(?: bye)?$/,
      /^(?:(?:ok|okay|great|alright|all right|got it|i see|perfect) )*(?:thank you|thanks)(?: so much| a lot| very much)? for (?:your|the|all the|all your) (?:help|information|info)$/,
    ],
  },

  // ── out_of_scope ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    intent: 'out_of_scope',
    reason: 'stocks',
    ko: [
      /(?<!자|맥|외)주가(가|는)?(얼마|어때|전망|오를|오르|떨어|올라|올랐|지수|조회|알려|어떻게|몇|폭락|폭등|급등|급락)/,
      /(삼성|삼전|테슬라|애플|엔비디아|현대차|카카오|네이버|하이닉스|엘지)(전자)?(주가|주식)/,
      /주식(?!회사)|코스피|코스닥|나스닥|다우지수|종목(추천|전망)|상한가|하한가|공매도|배당주/,
    ],
    en: [/\bstocks?(?: price| market| tips)?\b(?! (?:up|of))/, /\bshare price\b/, /\bnasdaq\b|\bkospi\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'crypto',
    ko: [/비트코인|이더리움|가상화폐|암호화폐|도지코인|코인(시세|가격|투자|추천|전망|어때|오를|떨어|살까|팔까|거래소)/],
    en: [/\bbitcoin\b|\bcrypto\w*\b|\bethereum\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'exchange-rate',
    ko: [/환율|달러(시세|가격)|엔화(시세|가격)/],
    en: [/\bexchange rate\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'lottery',
    ko: [/로또|복권|당첨번호|스피또/],
    en: [/\blotto\b|\blottery\b|\bpowerball\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'homework',
    ko: [
      /숙제|과제(좀|를|해|도와|풀어|대신)|수학문제|(수학|영어|과학|국어)(문제|숙제)|방정식|미적분|인수분해|구구단|독후감|(레포트|리포트)(좀|를|써)|문제(좀)?풀어/,
    ],
    en: [/\bhomework\b|\bmath problem\b|\bsolve (?:this|the) equation\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'celebrity',
    ko: [/연예인|아이돌(?!봄|보|봐)|열애|결혼설|이혼설|스캔들|걸그룹|보이그룹|케이팝/],
    en: [/\bcelebrit(?:y|ies)\b|\bk ?pop\b|\bidol\b|\bdating rumou?rs?\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'sports',
    ko: [
      /(야구|축구|농구|배구|경기|월드컵|올림픽|프로야구|kbo|epl|프리미어리그|챔피언스리그|손흥민|류현진|이강인|김민재|트윈스|타이거즈|베어스|자이언츠)(어제|오늘)?(경기)?(점수|스코어|결과|몇대몇|이겼|졌|누가이겼|순위|골넣|골을넣|골몇)/,
      /몇대몇|스코어/,
    ],
    en: [
      /\bwho won ?the (?:game|match)\b/,
      /\bscore of the (?:game|match)\b/,
      /\b(?:football|soccer|baseball|basketball) (?:score|scores|result|results)\b/,
    ],
  },
  {
    intent: 'out_of_scope',
    reason: 'recipe',
    ko: [
      /레시피|요리법/,
      /(김치찌개|된장찌개|찌개|떡볶이|라면|불고기|잡채|김밥|카레|파스타|케이크|쿠키|계란말이|볶음밥|미역국|갈비찜|삼계탕|비빔밥|요리|반찬|김치)(를|을)?(맛있게)?(만드는|끓이는|담그는|만들어|끓여|하는법|하는방법)/,
    ],
    en: [/\brecipe\b/, /\bhow (?:do i|to|can i|do you) (?:cook|bake)\b/],
    unless: /행사|봉사|교실|강좌|수업|프로그램|신청|나눔|축제|지원/,
  },
  {
    intent: 'out_of_scope',
    reason: 'joke',
    ko: [
      /(농담|개그|유머|웃긴얘기|재밌는얘기|재미있는얘기|웃긴이야기|재밌는이야기|재미있는이야기)(하나|좀|해줘|해봐|해주세요|들려|하자|할래)/,
      /수수께끼|끝말잇기|삼행시|넌센스퀴즈|아재개그/,
    ],
    en: [/\btell me a joke\b|\b(?:a|any|some) jokes?\b|\bsomething funny\b/],
  },
  {
    intent: 'out_of_scope',
    reason: 'chit-chat',
    ko: [
      /(너|넌|당신)(은|는|도)?(몇살|나이가|나이는|이름이|이름은|누구야|누구니|뭐야|사람이야|로봇이야|기계야|ai야|여자야|남자야|애인|여자친구|남자친구|결혼|취미|좋아하는|뭐좋아|어디살|밥먹었|뭐해|뭐하니|똑똑|귀엽|예쁘|잘생)/,
      /몇살이야|몇살이니|몇살이세요$|나이가몇이야|이름이뭐야|이름이뭐니|심심해|놀아줘|메뉴추천|뭐먹을까|뭐먹지|나랑놀자|사랑해|노래(좀)?(불러|해줘|틀어)|운세|별자리|타로|궁합/,
    ],
    en: [
      /\bhow old are you\b|\bwhat ?s your name\b|\bare you (?:married|single)\b/,
      /\bdo you have a (?:girlfriend|boyfriend)\b|\bi ?m bored\b|\bhoroscope\b|\bsing (?:me )?a song\b/,
    ],
  },
];
