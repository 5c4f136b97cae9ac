import type { Token } from './tokens';

/**
 * Time adverbials that stand between a subject and its verb ("Roe on Friday said", "the board two weeks ago said",
 * "Roe later Thursday told"): they are never the mention doing the attributing.
 */

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** A month's name, which is also a name of people ("Theresa May", "June"). */
export const isMonthName = (lower: string): boolean => MONTHS.has(lower);
/** Nouns that head a time phrase ("this week", "Tuesday night", "two years ago"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night',
  'weekend', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'ago',
  'summer', 'winter', 'spring', 'autumn',
]);
/** Words that open a time phrase before its noun ("on Friday", "last week", "earlier this month", "in 2014"). */
const TIME_OPENERS = new Set([
  'on', 'in', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'since', 'until', 'overnight', 'few',
  'several', 'two', 'three', 'four', 'five', 'six', 'ten', 'than', 'less', 'more', 'about', 'nearly', 'almost', 'just',
  'only', 'past', 'previous',
]);
const YEAR = /^(?:1[89]|20)\d\d$/;
const NUMBER = /^\d+$/;
const MAX_TIME_TOKENS = 6;

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

/** True when a capitalised month word is used as a date, not as a name ("in May", "May 5", not "Theresa May"). */
function isDateMonth(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (isWord(before) && TIME_OPENERS.has(before.lower)) || (isWord(after) && NUMBER.test(after.text));
}

/** A time noun as used in running text: a weekday, a dated month, a year, or a lower-case "week", "morning", "ago". */
function isTimeNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isWord(token)) {
    return false;
  }
  if (MONTHS.has(token.lower)) {
    return isDateMonth(tokens, index);
  }
  return WEEKDAYS.has(token.lower) || (TIME_NOUNS.has(token.text) && token.text === token.lower) || YEAR.test(token.text);
}

/**
 * The index before a time adverbial that ends at token `index` ("…Roe [on Friday] said"), or `index` itself when
 * none ends there. Only a phrase with a time noun counts, and only one that leaves a word or an apposition before it.
 */
export function skipTimeBackward(tokens: readonly Token[], index: number, floor: number): number {
  let k = index;
  let nouns = 0;
  while (k >= floor && index - k < MAX_TIME_TOKENS) {
    const token = tokens[k];
    if (isTimeNoun(tokens, k) || (isWord(token) && NUMBER.test(token.text) && nouns > 0)) {
      nouns++;
      k--;
    } else if (nouns > 0 && isWord(token) && TIME_OPENERS.has(token.text)) {
      k--;
    } else {
      break;
    }
  }
  const before = tokens[k];
  // a word, or the comma or parenthesis that closes an apposition ("Roe, the mayor, on Friday said")
  return nouns > 0 && k >= floor && (before.type === 'word' || before.text === ',' || before.text === ')') ? k : index;
}

/** True when a role phrase's head is a time noun ("this year", "two weeks ago"): no one's mention. */
export function isTimeHead(lower: string): boolean {
  return TIME_NOUNS.has(lower) && !MONTHS.has(lower);
}
