/**
 * Text written to be spoken: what a TTS engine reads well and a caller can follow on the phone.
 */

const URL = /\b(?:https?:\/\/|www\.)[^\s)]+/gi;

/** Markdown and URLs out, list bullets and table pipes turned into plain sentences. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/\|/g, ', ')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(URL, '')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** True when the text had a web address that was left out of the spoken form. */
export function hasUrl(text: string): boolean {
  return new RegExp(URL.source, 'i').test(text);
}

/** Sentences of a plain text, Korean and English endings alike. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?。]|[다요죠까]\.)\s+|(?<=[.!?])(?=\S)/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 4 && /[\p{L}\p{N}]/u.test(s))
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`));
}

/** Brackets read badly aloud: their content becomes part of the sentence. */
export function forSpeech(sentence: string): string {
  return sentence
    .replace(/\s*\(([^)]*)\)/g, (_, inner: string) => (inner.trim() ? `, ${inner.trim()},` : ''))
    .replace(/,\s*([.!?])/g, '$1')
    .replace(/,(?=[^\s\d])/g, ', ')
    .replace(/\s*[:;]\s*/g, ', ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const PHONE = /\b(\d{2,4})-(\d{3,4})(?:-(\d{4}))?\b/g;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * SSML for the spoken answer: one <s> per sentence with a short pause between, phone numbers read digit by digit.
 */
export function toSsml(spokenSentences: string[], language: 'ko' | 'en'): string {
  const body = spokenSentences
    .map((s) => `<s>${escapeXml(s).replace(PHONE, (m) => `<say-as interpret-as="telephone">${m}</say-as>`)}</s>`)
    .join('<break time="300ms"/>');
  return `<speak xml:lang="${language === 'en' ? 'en-US' : 'ko-KR'}">${body}</speak>`;
}
