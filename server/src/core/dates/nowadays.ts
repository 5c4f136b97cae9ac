// TimeML writes "today" meaning nowadays as PRESENT_REF: "today's youth", "in today's global economy", "at today's
// GM." (the company as it is now), "the youth of today". "today's vote", "today's falls", "today's Herald" are the day
// itself. "tomorrow" of the same generic use ("the leaders of tomorrow", "tomorrow's workers") is the future,
// FUTURE_REF, as TIDES (which TIMEX3 follows for such references) writes it, not the day after the article's.

const GENERIC_NOUNS =
  'world|society|societies|youth|young|generations?|children|kids|teenagers|students|parents|families|consumers|workers|' +
  'economy|economies|culture|era|age|times|technology|standards|marketplace|workplace|politics|media|people|leaders|cities';
// A newspaper or programme of the day ("today's Sunday Times", "today's News Hour") is the day's edition.
const EDITION = /\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Globe|Star|Gazette|Mail|Edition|Show|Hour|Programme|Program)\b/;

const NOWADAYS_NOUN = new RegExp(`^['’]s\\s+(?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?(?:${GENERIC_NOUNS})\\b`);
// A name closing the phrase: "at today's GM.", "in today's Russia, …", "today's Europe is …" (after a lower-case
// "today": in a Title Case headline every word is capitalised, "Today's Other New Releases, …").
const NOWADAYS_NAME = /^['’]s\s+((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&-]*)(?=\s*[,;:!?)]|\.(?:\s|$)|\s+(?:is|are|was|has|have|will|would|can|could|must)\b)/;

// "the people of tomorrow", "the world of today": a generic noun the time word qualifies after "of".
const GENERIC_OF = new RegExp(`\\b(?:${GENERIC_NOUNS})\\s+of\\s+$`);

/** Whether "today" or "tomorrow" at [start, end) is generic (nowadays, the future) rather than a day. */
export function isGenericDay(text: string, start: number, end: number): boolean {
  return GENERIC_OF.test(text.slice(Math.max(0, start - 24), start)) || meansNowadays(text, end);
}

/** Whether "today" (or "tomorrow") ending at `end` is generic by the noun it owns ("today's youth"). */
function meansNowadays(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (after[0] !== "'" && after[0] !== '’') {
    return false;
  }
  if (NOWADAYS_NOUN.test(after)) {
    return true;
  }
  const name = text[end - 5] === 't' ? NOWADAYS_NAME.exec(after) : null;
  return name !== null && !EDITION.test(name[1]);
}
