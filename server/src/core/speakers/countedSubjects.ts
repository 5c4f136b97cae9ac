import { isWord } from './clauses';
import { lowerWords } from './lowerWords';
import type { Phrase } from './phrases';
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
