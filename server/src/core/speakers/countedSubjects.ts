import { datelineEnd, isWord } from './clauses';
import { lowerWords } from './lowerWords';
import type { Phrase } from './phrases';
import { PAST_TENSE, rolePhrase } from './phraseParts';
import type { ClauseContext } from './subjects';

const NUMBER = /^(?:\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|half)$/i;
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'only', 'just']);

/**
 * "21 percent said", "About four in 10 said": a share of those polled is the subject of its verb. The phrase
 * runs back from the verb to the number (and a word like "about" before it).
 */
export function countedSubject(context: ClauseContext, last: number, floor: number): Phrase | null {
  const { tokens, text } = context;
  const token = tokens[last];
  let first = -1;
  if (isWord(token) && (token.lower === 'percent' || token.text.endsWith('%')) && (token.text.endsWith('%') || NUMBER.test(tokens[last - 1]?.text ?? ''))) {
    first = token.text.endsWith('%') ? last : last - 1;
  } else if (/^\d+$/.test(token?.text ?? '') && tokens[last - 1]?.lower === 'in' && NUMBER.test(tokens[last - 2]?.text ?? '')) {
    first = last - 2;
  }
  if (first < floor) {
    return null;
  }
  if (first > floor && APPROXIMATORS.has(tokens[first - 1].lower)) {
    first--;
  }
  const start = tokens[first].start;
  const end = token.end;
  return { start, end, text: text.slice(start, end), kind: 'role', name: null, words: lowerWords(tokens, first, last + 1) };
}

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
const MAX_POLL_TOKENS = 14;

/**
 * "In a September Example News poll, 75 percent of Republicans said “…”": a poll the sentence opens on is the source
 * of what those polled are said to say (PolNeAR's reading: the poll reports it). Null unless the sentence opens with
 * "In" and a phrase holding "poll" or "survey", closed by a comma before `subject`.
 */
export function pollFraming(context: ClauseContext, floor: number, subject: Phrase): Phrase | null {
  const { tokens, text } = context;
  const first = datelineEnd(tokens, floor, tokens.length);
  if (tokens[first]?.lower !== 'in') {
    return null;
  }
  let poll = false;
  for (let k = first + 1; k < tokens.length && k - first <= MAX_POLL_TOKENS && tokens[k].start < subject.start; k++) {
    if (tokens[k].text === ',') {
      return poll && k > first + 1 ? rolePhrase(tokens, first + 1, k, text) : null;
    }
    if (!poll && PAST_TENSE.test(tokens[k].text)) {
      return null; // "In a memo released as polls closed, …": the poll must head the phrase
    }
    poll ||= POLL_NOUNS.has(tokens[k].lower);
  }
  return null;
}
