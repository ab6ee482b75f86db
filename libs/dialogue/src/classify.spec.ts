import { describe, expect, it } from '@jest/globals';
import { classifyUtterance } from './classify.js';

const FIRE_GAS_MEDICAL_RESCUE: readonly string[] = [
  // fire and smoke
  '불이 났어요',
  '불이났어요 빨리 와주세요',
  '어 저기요 옆집에 불났어요',
  '아파트 베란다에서 불이 붙었어요',
  '주방에서 연기가 나요',
  '음 뭔가 타는 냄새가 계속 나요',
  '화재가 발생했습니다 삼층이에요',
  '불이야 불이야',
  '공장이 활활 타고 있어요',
  '화재경보기가 계속 울려요',
  'There is a fire in my building!',
  'my kitchen is on fire',
  // gas
  '가스 냄새가 나요',
  '음 가스가 새는 것 같아요',
  '가스새요',
  '도시가스 냄새가 엄청 심해요',
  '가스 냄새가 안 빠져요',
  'I smell gas in the hallway',
  'there is a gas leak',
  // medical
  '사람이 쓰러졌어요',
  '할머니가 갑자기 쓰러지셨어요',
  '아빠가 숨을 안 쉬어요',
  '남편이 의식이 없어요',
  '가슴이 너무 아파요 숨이 막혀요',
  '아이가 경련을 해요',
  '피가 철철 나요',
  '피가 안 멈춰요',
  '애기가 떡이 목에 걸렸어요',
  '구급차 좀 불러 주세요',
  '어 어 엄마가 심장이 멈춘 것 같아요',
  '할아버지 팔이 갑자기 마비됐어요',
  '아이가 세제를 마셨어요',
  'my father collapsed and he is not breathing',
  'someone is having a seizure',
  'he has chest pain',
  // rescue and accidents
  '엘리베이터에 갇혔어요',
  '아이가 물에 빠졌어요',
  '사람이 옥상에서 떨어졌어요',
  '살려주세요',
  '사람 살려',
  '119 불러 주세요',
  '교통사고가 났는데 사람이 다쳤어요',
  '아이가 차에 치였어요',
  'I am trapped in the elevator',
  '건물에서 연기가 많이 나요',
  '의식을 잃었어요',
  '맥박이 없어요',
  '사람이 안 움직여요',
  '화상을 입었어요',
  '감전됐어요',
  '전봇대에서 불꽃이 튀어요',
  '화재 신고하려고요',
  'help help',
  'my husband fell down and is not moving',
];

const CRIME: readonly string[] = [
  '남편이 칼 들고 죽인다고 해요',
  '도둑이 들었어요',
  '누가 현관문을 따려고 해요',
  '모르는 남자가 계속 따라와요',
  '지금 누가 저를 따라오고 있어요',
  '옆집에서 비명 소리가 들려요',
  '아빠가 엄마를 때려요',
  '어 남편한테 맞고 있어요 빨리요',
  '애가 납치됐어요',
  '우리 아이를 잃어버렸어요 마트에서',
  '치매 할머니가 없어졌어요',
  '경찰 좀 불러 주세요',
  '강도야',
  '술 취한 사람이 행패를 부리고 있어요',
  '전 남친이 죽여버린다고 협박해요',
  '교통사고 났어요',
  'someone is breaking into my house',
  'a man is following me',
  'my husband is hitting me',
  'call the police',
  '흉기를 든 사람이 있어요',
  '전 남자친구가 계속 찾아와요',
  '문 밖에 누가 있어요 무서워요',
  'there is a stranger outside my door',
];

const CRISIS: readonly string[] = [
  '죽고 싶어요',
  '그냥 죽고싶어요',
  '어 음 살기 싫어요',
  '자살하고 싶어요',
  '극단적인 선택을 하려고 해요',
  '목숨을 끊으려고요',
  '다 끝내고 싶어요',
  '한강 다리에서 뛰어내리고 싶어요',
  '약을 잔뜩 먹었어요',
  '수면제를 한 통 다 먹었어요',
  '손목을 그었어요',
  '더 이상 살 자신이 없어요',
  '사는 게 의미가 없어요',
  '그냥 사라지고 싶어요',
  '번개탄 피워 놨어요',
  '친구가 죽겠다고 문자 보냈어요',
  '동생이 자살하겠다고 카톡이 왔어요',
  '엄마가 죽고 싶다고 해요',
  '삶이 너무 힘들어서 다 포기하고 싶어요',
  '살기가 너무 힘들어요',
  '더 이상 버틸 수가 없어요',
  '제가 없어지면 다들 편하겠죠',
  '오늘 밤에 죽을 거예요',
  'I want to die',
  'I want to end it',
  "I'm going to kill myself",
  'I took too many pills',
  'my friend says she wants to kill herself',
];

const HANDOFF: readonly string[] = [
  '상담원 연결해 주세요',
  '상담원이요',
  '사람이랑 통화하고 싶어요',
  '직원 바꿔 주세요',
  '상담사님이요',
  '기계 말고 사람',
  '연결해 주세요',
  '담당자 좀 바꿔 주세요',
  '어 그냥 상담원분 연결 부탁드려요',
  '사람하고 얘기할래요',
  '로봇이랑 말하기 싫어요',
  '진짜 사람 목소리 듣고 싶어요',
  '상담원연결',
  '상담원 연결 안 돼요?',
  '직원분 계세요?',
  '상담원 없어요?',
  '직접 통화하고 싶어요',
  'Can I talk to a human?',
  'I need a real person',
  'agent please',
  'operator',
  'I want to speak to a representative',
];

const ABUSE: readonly string[] = [
  '씨발 진짜',
  '시발 왜 이렇게 못 알아들어',
  'ㅅㅂ',
  '이 개새끼야',
  '병신 같은 기계',
  '미친놈아 장난하냐',
  '꺼져',
  '닥쳐 이 기계야',
  '존나 답답하네',
  '너 죽여버린다',
  '내가 거기 찾아간다',
  '가만 안 둬 진짜',
  '이 멍청한 기계야',
  '지랄하네',
  'fuck you',
  'wtf',
  'you stupid bot',
  'shut up',
  "I'll find you",
];

const REPEAT: readonly string[] = [
  '다시 말해 주세요',
  '뭐라고요?',
  '잘 못 들었어요',
  '한 번 더요',
  '다시 한 번만 말씀해 주시겠어요',
  '네? 뭐라고 하셨어요',
  '소리가 너무 작아요',
  '잘 안 들려요',
  '천천히 다시 말해 주세요',
  '무슨 말씀인지 모르겠어요',
  '다시요',
  '어 다시말해줘요',
  '좀 크게 말해 주세요',
  '끊겨서 못 들었어요',
  'say that again',
  'what?',
  'pardon?',
  "sorry I didn't catch that",
  'can you repeat please',
];

const GOODBYE: readonly string[] = [
  '고맙습니다 끊을게요',
  '됐어요 수고하세요',
  '알겠습니다 감사합니다',
  '네 감사합니다',
  '수고하셨습니다',
  '안녕히 계세요',
  '알려 주셔서 감사합니다',
  '더 궁금한 거 없어요',
  '그럼 이만 끊겠습니다',
  '됐어요',
  '네네 잘 알겠습니다 고맙습니다',
  '음 알겠어요 감사해요',
  '아니요 없습니다',
  '이제 됐습니다 고맙습니다',
  'bye',
  'no, that is all',
  "that's all, thanks",
  'thank you',
  'ok thank you bye',
];

const SMS_REQUEST: readonly string[] = [
  '문자로 보내 주세요',
  '문자로 받을 수 있어요?',
  '링크 보내 주세요',
  '그 주소 문자로 좀 보내 주실 수 있나요',
  '카톡으로 보내 주세요',
  '문자 주세요',
  '전화번호 문자로 남겨 주세요',
  '어 신청 링크 좀 주세요',
  '내용을 문자메시지로 받아볼 수 있을까요',
  '문자로보내줘요',
  '링크 좀',
  'url 보내주세요',
  'text me',
  'can you send it by text',
  'send me the link',
];

const OUT_OF_SCOPE: readonly string[] = [
  '삼성전자 주가 얼마예요',
  '오늘 코스피 어때요',
  '주가 폭락했던데 어떻게 돼요',
  '비트코인 시세 알려줘',
  '환율 얼마예요',
  '이번 주 로또 번호 알려줘',
  '수학 숙제 좀 도와줘',
  '이 수학 문제 좀 풀어 주세요',
  '그 아이돌 열애설 진짜예요?',
  '어제 야구 몇 대 몇이에요',
  '김치찌개 맛있게 끓이는 법',
  '재밌는 얘기 하나 해줘',
  '너 몇 살이야',
  '너는 이름이 뭐야',
  'tell me a joke',
  "what's the stock price of Tesla",
  'lotto numbers please',
];

/** What callers ask 120 every day: none of it may trigger a rule. */
const CIVIC_QUESTIONS: readonly string[] = [
  // named in the brief
  '가스 요금 납부 방법 알려주세요',
  '가스비가 너무 많이 나왔어요',
  '불법 주차 신고하려고요',
  '불편 신고는 어디로 하나요',
  '화재보험 가입 지원이 있나요',
  '우리 동네 소방서 위치 알려주세요',
  '응급실 운영 시간 알려주세요',
  '죽겠어요 너무 더워서 무더위 쉼터 어디 있어요',
  '차가 도둑맞은 건 아니고 견인된 것 같아요',
  '어제 지갑을 잃어버렸어요',
  '경찰서 유실물 센터 번호 알려주세요',
  '119 안전신고센터가 뭐예요',
  // negated or hypothetical emergencies
  '불은 안 났는데요 가스 요금이 너무 많이 나왔어요',
  '가스 냄새는 안 나는데 보일러가 안 켜져요',
  '불이 난 건 아니고 화재경보기가 고장 났어요',
  '불이 났을 때 대피 요령 알려주세요',
  '화재 발생 시 어디로 연락해요',
  '사람이 쓰러졌을 때 어떻게 해야 돼요',
  // words that sound alarming in context
  '화재경보기 설치 지원 받을 수 있나요',
  '가스 누출 차단기 무료 설치 신청',
  '가스 안전 점검 언제 와요',
  '심폐소생술 교육 신청하고 싶어요',
  '전기가 나가서 불이 나갔어요 정전 신고요',
  '가로등이 꺼져 있어요',
  '가로수가 쓰러져 있어요 치워 주세요',
  '고양이가 차에 치였어요 사체 좀 치워 주세요',
  '강아지가 죽었는데 사체 처리는 어떻게 해요',
  '아이가 놀이터에서 다쳤는데 시민안전보험 청구되나요',
  '교통사고 사실확인원 발급',
  '피해 보상 신청은 어디서 해요',
  '커피숍 영업 신고하려면 뭐가 필요해요',
  '납부 기한 연기 가능한가요',
  '버스를 타고 있는데 노선이 바뀌었나요',
  '시민의식이 없어요 쓰레기를 아무 데나 버려요',
  '불꽃축제 교통 통제 언제예요',
  '스미싱 문자 받았는데 어디 신고해요',
  '재난문자가 안 와요',
  '자주 가는 버스 노선이 바뀌었어요',
  '몇 살부터 기초연금 받을 수 있어요',
  '코인 세탁소 영업 신고',
  '구청에 찾아가서 신청하면 되나요',
  '백신 맞고 나서 열이 나는데 보건소 어디예요',
  '공공 와이파이 연결이 안 돼요',
  '담당 부서가 어디예요',
  '사람이 너무 많아서 민원실 대기가 길어요',
  '무료 법률 상담 받을 수 있나요',
  '층간소음 때문에 윗집이랑 싸웠어요 중재 받을 수 있나요',
  '윗집이랑 계속 싸우고 있어요 분쟁 조정 신청하려고요',
  '옆집 담배 연기가 계속 들어와요',
  '살기 힘들어서 기초생활수급 신청하려고요',
  '아이돌봄 서비스 신청',
  '개 소리가 너무 시끄러워요',
  '두 개 같이 신청할 수 있어요',
  '공사한다는 얘기 못 들었어요',
  '이중주차 때문에 차가 갇혔어요',
  '공원 벤치 다리가 부러졌어요',
  '엘리베이터가 안 움직여요 관리사무소가 안 받아요',
  '경찰 출동 기준이 뭐예요',
  '태풍이 닥치면 어떻게 해요',
  '김장 김치 담그는 행사 신청',
  '불법 촬영 점검 서비스 신청',
  '아동학대 신고 방법',
  '가정폭력 상담소 위치',
  '119에 신고해야 하나요',
  '구급차 이송 비용',
  '헌혈의 집 위치',
  '접촉사고 났는데 보험 처리',
  '차에 타고 있는데 버스 노선 바뀌었나요',
  // everyday 120 questions
  '여권 재발급은 어디서 하나요',
  '주차 위반 과태료 조회하고 싶어요',
  '주차딱지 떼였는데 이의신청 어떻게 해요',
  '장롱 버리려면 대형폐기물 스티커 어디서 사요',
  '기초생활수급자 신청 자격이 궁금해요',
  '불법 현수막 신고하려고요',
  '층간소음 상담 받을 수 있는 곳 있나요',
  '지하철에 가방을 두고 내렸어요 유실물 어디서 찾아요',
  '따릉이 대여 방법 알려주세요',
  '전입신고 온라인으로 할 수 있나요',
  '수도 요금 고지서 재발급',
  '음식물 쓰레기 수거 요일이 언제예요',
  '장애인 주차구역 위반 신고',
  '청년 월세 지원 신청 기간이 언제까지예요',
  '미세먼지 경보 어디서 확인해요',
  '자동차 검사 기간 조회',
  '어린이집 입소 대기 신청',
  '출산 지원금 얼마 나와요',
  '노인 일자리 신청하려고요',
  '공영주차장 요금이 얼마예요',
  '지하철 첫차 시간 알려주세요',
  '외국인등록증 재발급 받으려면요',
  '건강검진 대상자 조회',
  '어 음 저기요 그 복지 포인트 사용처가 어디예요',
  '맨홀 뚜껑이 열려 있어요',
  '주민등록등본 무인발급기 위치',
  '임대주택 청약 자격',
  'How do I renew my passport?',
  'Where can I pay a parking fine?',
  'Is there a fire station near City Hall?',
  'fire insurance for tenants',
  'What time does the emergency room open?',
  'How do I dispose of bulky waste?',
];

describe(classifyUtterance.name, () => {
  describe('emergency', () => {
    it.each(FIRE_GAS_MEDICAL_RESCUE)('sends fire, gas, medical and rescue calls to 119: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'emergency', service: '119' });
    });

    it.each(CRIME)('sends crime in progress to 112: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'emergency', service: '112' });
    });

    it('names the reason and the phrase that triggered it, for the audit log', () => {
      expect(classifyUtterance('불이 났어요')).toEqual({ intent: 'emergency', service: '119', reason: 'fire', matched: '불이났' });
      expect(classifyUtterance('가스 냄새가 나요')).toMatchObject({ reason: 'gas', matched: '가스냄새' });
      expect(classifyUtterance('사람이 쓰러졌어요')).toMatchObject({ reason: 'medical' });
      expect(classifyUtterance('누가 현관문을 따려고 해요')).toMatchObject({ reason: 'crime' });
      expect(classifyUtterance('모르는 남자가 계속 따라와요')).toMatchObject({ reason: 'stalking' });
    });

    it('ignores spacing, punctuation and fillers', () => {
      const expected = classifyUtterance('불이 났어요');
      expect(classifyUtterance('불이났어요!!')).toEqual(expected);
      expect(classifyUtterance('불 이 났 어 요')).toEqual(expected);
      expect(classifyUtterance('불이 어 났어요')).toEqual(expected);
    });

    it('does not take a denied emergency for one', () => {
      expect(classifyUtterance('불은 안 났는데요 가스 요금이')).toEqual({ intent: 'none' });
      expect(classifyUtterance('가스 냄새는 안 나요')).toEqual({ intent: 'none' });
      expect(classifyUtterance('연기가 나는 건 아니에요')).toEqual({ intent: 'none' });
    });

    it('still hears an emergency that persists, whatever "안" says', () => {
      expect(classifyUtterance('가스 냄새가 안 없어져요')).toMatchObject({ intent: 'emergency', reason: 'gas' });
      expect(classifyUtterance('쓰러졌는데 안 일어나요')).toMatchObject({ intent: 'emergency', reason: 'medical' });
    });

    it('finds the real emergency after a hypothetical one', () => {
      expect(classifyUtterance('불이 났을 때 어떻게 해요 지금 불났어요')).toMatchObject({ intent: 'emergency', reason: 'fire' });
    });

    it('sends threats against the caller to 112, but a threat at the agent is abuse', () => {
      expect(classifyUtterance('남편이 칼 들고 죽인다고 해요')).toMatchObject({ intent: 'emergency', service: '112' });
      expect(classifyUtterance('죽여버린다')).toEqual({ intent: 'abuse', reason: 'threat', matched: '죽여버린다' });
    });

    it('sends a traffic accident to 112, and one with injuries to 119', () => {
      expect(classifyUtterance('교통사고 났어요')).toMatchObject({ service: '112', reason: 'accident' });
      expect(classifyUtterance('교통사고 났는데 사람이 피를 흘려요')).toMatchObject({ service: '119' });
    });
  });

  describe('crisis', () => {
    it.each(CRISIS)('hands a caller in crisis to a person: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'crisis' });
    });

    it('keeps a self-harming caller in crisis even when the injury is an emergency', () => {
      expect(classifyUtterance('제가 손목을 그었는데 피가 안 멈춰요')).toMatchObject({ intent: 'crisis', reason: 'self-harm' });
      expect(classifyUtterance('약을 잔뜩 먹었어요')).toMatchObject({ intent: 'crisis', reason: 'overdose' });
      expect(classifyUtterance('제가 지금 옥상에서 뛰어내리려고요')).toMatchObject({ intent: 'crisis' });
      expect(classifyUtterance('남편이랑 싸우고 나서 제가 수면제를 잔뜩 먹었어요')).toMatchObject({ intent: 'crisis', reason: 'overdose' });
    });

    it("sends someone else's overdose or injury to 119", () => {
      expect(classifyUtterance('친구가 수면제를 잔뜩 먹었어요')).toMatchObject({ intent: 'emergency', service: '119' });
      expect(classifyUtterance('제 친구가 수면제를 잔뜩 먹었어요')).toMatchObject({ intent: 'emergency', service: '119' });
      expect(classifyUtterance('친구가 문제가 생겨서 약을 한꺼번에 다 먹었대요')).toMatchObject({ intent: 'emergency', service: '119' });
      expect(classifyUtterance('동생이 손목을 그어서 피가 많이 나요')).toMatchObject({ intent: 'emergency', service: '119' });
      expect(classifyUtterance('옥상에서 뛰어내리려는 사람이 있어요')).toMatchObject({ intent: 'emergency', service: '119' });
      expect(classifyUtterance('my friend took a lot of pills')).toMatchObject({ intent: 'emergency', service: '119' });
    });

    it('never lets a negation talk a crisis down', () => {
      expect(classifyUtterance('죽고 싶은 건 아니고 그냥 힘들어요')).toMatchObject({ intent: 'crisis' });
    });

    it('reads idioms about heat and hunger as idioms', () => {
      expect(classifyUtterance('죽겠어요 너무 더워서')).toEqual({ intent: 'none' });
      expect(classifyUtterance('배고파 죽겠네요 근처 무료급식소 있어요')).toEqual({ intent: 'none' });
      expect(classifyUtterance('너무 더워서 죽겠다고요')).toEqual({ intent: 'none' });
      for (const idiom of [
        '더워서 죽을 것 같아요',
        '피곤해 죽겠어요',
        '속이 터져 죽겠어요 민원 처리가 왜 이렇게 늦어요',
        '살인적인 더위에 무더위쉼터 어디예요',
      ]) {
        expect(classifyUtterance(idiom)).toEqual({ intent: 'none' });
      }
    });
  });

  describe('handoff', () => {
    it.each(HANDOFF)('hands over to a person on request: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'handoff' });
    });

    it('does not hand over when the caller says they need no agent', () => {
      expect(classifyUtterance('상담원 연결은 안 해도 돼요')).toEqual({ intent: 'none' });
      expect(classifyUtterance('상담원은 필요 없어요')).toEqual({ intent: 'none' });
      expect(classifyUtterance("I don't need an agent")).toEqual({ intent: 'none' });
    });
  });

  describe('abuse', () => {
    it.each(ABUSE)('flags insults and threats at the agent: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'abuse' });
    });

    it('tells an insult from a threat', () => {
      expect(classifyUtterance('병신')).toMatchObject({ reason: 'insult' });
      expect(classifyUtterance('씨발')).toMatchObject({ reason: 'profanity' });
      expect(classifyUtterance('찾아간다')).toMatchObject({ reason: 'threat' });
    });
  });

  describe('repeat', () => {
    it.each(REPEAT)('asks the bot to say it again: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'repeat' });
    });
  });

  describe('goodbye', () => {
    it.each(GOODBYE)('closes the call: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'goodbye' });
    });

    it('does not hang up on a question that ends politely', () => {
      expect(classifyUtterance('여권 재발급 방법 알려주세요 감사합니다')).toEqual({ intent: 'none' });
      expect(classifyUtterance('알려주셔서 감사한데 하나만 더 여쭤볼게요')).toEqual({ intent: 'none' });
    });
  });

  describe('sms_request', () => {
    it.each(SMS_REQUEST)('sends the answer by text: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'sms_request' });
    });
  });

  describe('out_of_scope', () => {
    it.each(OUT_OF_SCOPE)('declines what 120 does not answer: %s', (text) => {
      expect(classifyUtterance(text)).toMatchObject({ intent: 'out_of_scope' });
    });
  });

  describe('none', () => {
    it.each(CIVIC_QUESTIONS)('lets an ordinary civic question through to the knowledge base: %s', (text) => {
      expect(classifyUtterance(text)).toEqual({ intent: 'none' });
    });

    it('lets an empty or filler-only utterance through', () => {
      expect(classifyUtterance('')).toEqual({ intent: 'none' });
      expect(classifyUtterance('   ?! ')).toEqual({ intent: 'none' });
      expect(classifyUtterance('어 음 저기요')).toEqual({ intent: 'none' });
    });
  });

  describe('precedence', () => {
    it('puts an emergency before abuse', () => {
      expect(classifyUtterance('씨발 불났다고요 빨리 와요')).toMatchObject({ intent: 'emergency', service: '119' });
    });

    it('puts a crisis before a request for a person', () => {
      expect(classifyUtterance('죽고 싶어요 상담원 연결해 주세요')).toMatchObject({ intent: 'crisis' });
    });

    it('puts a request for a person before abuse', () => {
      expect(classifyUtterance('상담원 바꿔 이 병신아')).toMatchObject({ intent: 'handoff' });
    });

    it('puts abuse before repeat', () => {
      expect(classifyUtterance('씨발 다시 말해 봐')).toMatchObject({ intent: 'abuse' });
    });

    it('puts repeat and a text request before a closing thanks', () => {
      expect(classifyUtterance('다시 말해 주세요 감사합니다')).toMatchObject({ intent: 'repeat' });
      expect(classifyUtterance('알겠습니다 문자로 보내 주세요 감사합니다')).toMatchObject({ intent: 'sms_request' });
    });

    it('puts a request for a person before out of scope', () => {
      expect(classifyUtterance('로또 번호 말고 상담원 연결해 주세요')).toMatchObject({ intent: 'handoff' });
    });

    it('puts a closing before out of scope', () => {
      expect(classifyUtterance('주식은 됐고요 수고하세요')).toMatchObject({ intent: 'goodbye' });
    });
  });
});

describe('crisis phrasings without the usual words', () => {
  it.each([
    '더 이상 살아갈 이유를 모르겠어요',
    '사는 이유가 하나도 없어요',
    '오늘 그냥 다 끝내려고요',
    '이제 모든 것을 끝내기로 했어요',
    '자꾸 내 몸을 해치고 싶어요',
    '스스로를 다치게 하고 싶은 충동이 있어요',
    'I have no reason to live anymore',
    'I keep wanting to harm myself',
  ])('treats "%s" as a crisis', (text) => {
    expect(classifyUtterance(text).intent).toBe('crisis');
  });
});

describe('crisis plans and last words', () => {
  it.each([
    '수면제를 몇 주 동안 모아 뒀어요',
    '약을 오늘 밤에 한꺼번에 먹으려고요',
    '마지막으로 누구 목소리라도 듣고 싶어서 전화했어요',
    '지금 대교 위에 서 있는데 그냥 뛰어내릴까 해요',
  ])('treats "%s" as a crisis', (text) => {
    expect(classifyUtterance(text).intent).toBe('crisis');
  });

  it.each(['약국 문 여는 시간 알려 주세요', '다리 위에 있는 가로등이 고장 났어요', '마지막으로 하나만 더 물어볼게요'])(
    'leaves "%s" alone',
    (text) => {
      expect(classifyUtterance(text).intent).not.toBe('crisis');
    },
  );
});
