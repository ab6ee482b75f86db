import type { EmergencyService } from '#libs/dialogue';
import { CALLBACK_MAX_ATTEMPTS } from '../callbacks/callback-policy.js';

/**
 * Everything the bot says that is not taken from the knowledge base, in Korean and English, written to be spoken:
 * short, polite, no URLs. One place, so that wording is reviewed as a whole.
 */
export type Language = 'ko' | 'en';

const ko = {
  greeting:
    '안녕하세요, 120다산콜재단 인공지능 상담원입니다. 사람 상담사와 통화하시려면 언제든 0번을 누르거나 상담사 연결이라고 말씀해 주세요. 무엇을 도와드릴까요?',
  emergency119:
    '위급한 상황으로 들립니다. 지금 바로 전화를 끊고 119에 신고해 주세요. 가스 냄새가 나면 불을 켜거나 끄지 말고 밖으로 먼저 피하세요.',
  emergency112: '위급한 상황으로 들립니다. 지금 바로 112에 신고해 주세요. 먼저 안전한 곳으로 피하세요.',
  crisis:
    '많이 힘드시군요, 말씀해 주셔서 고맙습니다. 지금 바로 상담사에게 연결해 드릴게요. 자살예방상담전화 109번으로도 24시간 언제든 이야기하실 수 있어요.',
  handoffRequest:
    '네, 상담사에게 연결해 드릴게요. 지금까지 말씀하신 내용은 상담사에게 전달되니 다시 설명하지 않으셔도 됩니다. 잠시만 기다려 주세요.',
  handoffFailure: '제가 정확히 도와드리기 어려워 상담사에게 연결해 드릴게요. 말씀하신 내용은 상담사에게 전달됩니다. 잠시만 기다려 주세요.',
  callbackOffer: (minutes: number) =>
    `지금 대기 시간이 약 ${minutes}분입니다. 기다리지 않고 상담사의 전화를 받으시려면 1번을 누르거나 '전화 주세요'라고 말씀해 주세요. 계속 기다리시려면 2번을 눌러 주세요.`,
  callbackAccepted: (last4: string) =>
    `네, 상담사가 순서대로 끝자리 ${last4}번으로 전화드리겠습니다. 접수 확인 문자도 보내 드릴게요. 이용해 주셔서 감사합니다.`,
  callbackDeclined: '네, 연결될 때까지 기다려 주세요.',
  callbackRemind: '기다리지 않고 상담사의 전화를 받으시려면 1번을, 계속 기다리시려면 2번을 눌러 주세요.',
  callbackTooLate: '지금 상담사와 연결되고 있습니다. 잠시만 기다려 주세요.',
  outOfScope:
    '죄송하지만 그 내용은 120에서 안내해 드리기 어려워요. 120은 여권, 주정차 과태료, 대형폐기물, 복지 같은 서울시 생활 민원을 안내합니다. 궁금하신 민원을 말씀해 주세요.',
  notUnderstood: '죄송해요, 잘 알아듣지 못했어요. 어떤 민원이 궁금하신지 조금 더 자세히 말씀해 주시겠어요?',
  clarify2: (a: string, b: string) => `${a} 말씀이신가요, 아니면 ${b} 말씀이신가요?`,
  clarify3: (a: string, b: string, c: string) => `${a}, ${b}, ${c} 중에 어떤 것을 말씀하시는 건가요?`,
  abuseWarning: '욕설이나 위협이 계속되면 규정에 따라 통화가 종료될 수 있습니다. 궁금하신 내용을 말씀해 주시면 도와드리겠습니다.',
  abuseEnd: '욕설과 위협이 계속되어 통화를 종료합니다. 이용해 주셔서 감사합니다.',
  goodbye: '이용해 주셔서 감사합니다. 좋은 하루 보내세요.',
  smsQueued: (title: string) => `네, ${title} 안내를 문자로 보내 드릴게요. 다른 궁금하신 점이 있으면 말씀해 주세요.`,
  smsWhich: '어떤 안내를 문자로 받고 싶으신지 말씀해 주세요.',
  offerSms: '자세한 주소는 문자로 보내 드릴 수 있어요.',
  nothingToRepeat: '아직 안내해 드린 내용이 없어요. 무엇을 도와드릴까요?',
  keypadHelp: '0번은 상담사 연결, 1번은 한국어, 2번은 영어 안내입니다.',
  numberKept: (last4: string) => `끝자리 ${last4}번 휴대전화 번호로 안내 문자를 보내 드릴 수 있어요. 무엇을 도와드릴까요?`,
  switchedKo: '한국어로 안내해 드릴게요. 무엇을 도와드릴까요?',
  switchedEn: 'I will continue in English. How can I help you?',
};

const en: typeof ko = {
  greeting:
    "Hello, this is the AI assistant of Seoul's 120 DASAN call center. To talk to a person at any time, press 0 or say agent. How can I help you?",
  emergency119:
    'This sounds like an emergency. Please hang up and call 119 right now. If you smell gas, do not switch anything on or off and get outside first.',
  emergency112: 'This sounds like an emergency. Please call 112, the police, right now. Get to a safe place first.',
  crisis:
    'I am sorry you are going through this, and thank you for telling me. I am connecting you to a counselor now. You can also call 109, the suicide prevention line, any time, day or night.',
  handoffRequest:
    'Of course, I will connect you to an agent. They will see what you have told me, so you will not need to repeat it. Please hold.',
  handoffFailure:
    'I am not able to help with this myself, so I will connect you to an agent. They will see what you have told me. Please hold.',
  callbackOffer: (minutes) =>
    `The wait right now is about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. Instead of waiting, an agent can call you back: press 1 or say call me back. To keep waiting, press 2.`,
  callbackAccepted: (last4) =>
    `Sure, an agent will call you back at the number ending in ${last4}, in turn. We will text you a confirmation. Thank you for calling.`,
  callbackDeclined: 'Of course, please stay on the line until an agent is free.',
  callbackRemind: 'To be called back instead of waiting, press 1. To keep waiting, press 2.',
  callbackTooLate: 'An agent is picking up your call right now. Please hold.',
  outOfScope:
    'I am sorry, 120 cannot help with that. 120 answers questions about Seoul city services such as passports, parking fines, bulky waste and welfare. What would you like to know?',
  notUnderstood: 'Sorry, I did not quite understand. Could you tell me a little more about what you need?',
  clarify2: (a, b) => `Do you mean ${a}, or ${b}?`,
  clarify3: (a, b, c) => `Do you mean ${a}, ${b}, or ${c}?`,
  abuseWarning:
    'If the insults or threats continue, this call may be ended under our policy. Please tell me what you need and I will help.',
  abuseEnd: 'Because the insults and threats continued, I am ending this call. Thank you for calling.',
  goodbye: 'Thank you for calling 120. Have a good day.',
  smsQueued: (title) => `Sure, I will text you the details about ${title}. Is there anything else?`,
  smsWhich: 'Which information would you like by text message?',
  offerSms: 'I can text you the web address.',
  nothingToRepeat: 'I have not told you anything yet. How can I help you?',
  keypadHelp: 'Press 0 for an agent, 1 for Korean, 2 for English.',
  numberKept: (last4) => `Thank you. I can text the mobile number ending in ${last4}. How can I help you?`,
  switchedKo: '한국어로 안내해 드릴게요. 무엇을 도와드릴까요?',
  switchedEn: 'I will continue in English. How can I help you?',
};

export const SCRIPTS: Record<Language, typeof ko> = { ko, en };

export function emergencyScript(language: Language, service: EmergencyService): string {
  return service === '112' ? SCRIPTS[language].emergency112 : SCRIPTS[language].emergency119;
}

/** The text message with an article's details and official link, from the bot or an agent. */
export function articleSmsBody(article: { title: string; answerVoice: string; sourceUrl: string }): string {
  return `[서울시 120다산콜] ${article.title}\n${article.answerVoice}\n자세히 보기: ${article.sourceUrl}`;
}

/** The text message confirming a callback: what it is about, and that an agent will call (and try again). No URLs. */
export function callbackSmsBody(language: Language, topicTitle: string | null): string {
  return language === 'en'
    ? `[Seoul 120 DASAN] We received your callback request${topicTitle ? ` (${topicTitle})` : ''}. An agent will call this number in turn, up to ${CALLBACK_MAX_ATTEMPTS} times if you miss the call.`
    : `[서울시 120다산콜] 상담사 전화 요청이 접수되었습니다${topicTitle ? ` (문의: ${topicTitle})` : ''}. 상담사가 순서대로 이 번호로 전화드리며, 받지 못하시면 최대 ${CALLBACK_MAX_ATTEMPTS}번까지 전화드립니다.`;
}
