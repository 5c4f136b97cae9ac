import { DETERMINERS, NON_NAME_WORDS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, REPORTING_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { isMonthName, TIME_NOUNS } from './timePhrases';
import type { Token } from './tokens';

/** The text last asked about and, per capitalised word, whether it names someone there (one analysis asks at a time). */
let memoText: string | null = null;
const memo = new Map<string, boolean>();

/**
 * Whether a capitalised function word is a surname in this text ("Will wrote", "“…,” From said", "May added"): the
 * text writes it after a capitalised given name, ending that name before a lower-case word or punctuation ("columnist
 * George Will reignited", "said Al From, who", "Theresa May.").
 */
export function isWrittenSurname(token: Token, text: string): boolean {
  const { lower } = token;
  if (SUBJECT_PRONOUNS.has(lower) || RELATIVE_PRONOUNS.has(lower) || DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower)) {
    return false; // "He said", "This said": no one's surname
  }
  if (TIME_NOUNS.has(lower) && !isMonthName(lower)) {
    return false; // "Fox and Friends Monday morning": a day, never a surname (a month may be: "Theresa May")
  }
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  let known = memo.get(token.text);
  if (known === undefined) {
    known = namesWithSurname(token.text, text);
    memo.set(token.text, known);
  }
  return known;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** What may not touch a name's word: a letter, a digit, an apostrophe or a hyphen (and a dot before it: "U.S. From"). */
const JOINED = /[\p{L}\p{N}'’-]/u;

/** Lower-case words that may follow a person's name as its verb ("Theresa May said", "Al From, who", "Will has"). */
const AFTER_PERSON = new Set(['who', 'has', 'had', 'is', 'was', 'will', 'would', 'says', 'wrote', 'writes']);
const WORD_AT = /\p{Ll}+/uy;

/**
 * Whether what starts at `at` ends a person's name rather than goes on with a noun it modifies ("George Will
 * reignited", "Al From, who", "Theresa May said"; not "the Harbour First campaign"): punctuation, or a verb.
 */
function endsPersonName(text: string, at: number): boolean {
  WORD_AT.lastIndex = at;
  const word = WORD_AT.exec(text)?.[0];
  if (word === undefined) {
    return !LETTER.test(text[at] ?? '');
  }
  return AFTER_PERSON.has(word) || REPORTING_VERBS.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Whether the text writes `surname` after a capitalised given name, the name ending there. */
function namesWithSurname(surname: string, text: string): boolean {
  const needle = ` ${surname}`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    let next = after;
    while (text[next] === ' ') {
      next++;
    }
    if (JOINED.test(text[after] ?? '') || UPPER.test(text[next] ?? '') || !LOWER.test(text[at - 1] ?? '') || !endsPersonName(text, next)) {
      continue;
    }
    let first = at - 1;
    while (first > 0 && LETTER.test(text[first - 1])) {
      first--;
    }
    const given = text.slice(first, at);
    const before = text[first - 1] ?? ' ';
    if (UPPER.test(given[0]) && !JOINED.test(before) && before !== '.' && !NON_NAME_WORDS.has(given.toLowerCase()) && !REPORTING_VERBS.has(given.toLowerCase())) {
      return true;
    }
  }
  return false;
}
