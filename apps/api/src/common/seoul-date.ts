/** Today's date in Seoul (YYYY-MM-DD): the day citizens and civil servants live in, whatever the server's zone. */
export function seoulToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(now);
}
