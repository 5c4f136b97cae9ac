/**
 * The character side of the speakers' tokenizer: which code units make words (a per-code-unit class table learnt
 * as the text is read), where a word ends, which words keep their dot, and which capitals change in lower case.
 */
import { wordHash } from './wordset';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev adm maj cmdr inc corp co ltd vs no fr pres supt det insp'.split(' '),
);

// Hand-written scanner: V8's Unicode-property regexes (\p{L}) cost ~120 ms/MB on their own, a char-code loop with a
// per-code-unit cache a fraction of that, and tokenising is the one pass over the whole text this stage makes.
const WORD_CLASS = /[\p{L}\p{N}\p{M}]/u;
export const WORD_CHAR = 1;
export const SPACE_CHAR = 2;
const OTHER_CHAR = 3;
const charClasses = new Uint8Array(65536); // per code unit, learnt when first met; 0: not met yet

export function classOf(code: number): number {
  const known = charClasses[code];
  return known === 0 ? learnClass(code) : known;
}

function learnClass(code: number): number {
  const ascii = code < 128 && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  const found = space ? SPACE_CHAR : ascii || (code >= 128 && !surrogate && WORD_CLASS.test(String.fromCharCode(code))) ? WORD_CHAR : OTHER_CHAR;
  charClasses[code] = found;
  return found;
}

/** Letters, digits and marks (past the end of the text: false). */
const isWordChar = (code: number): boolean => classOf(code) === WORD_CHAR;
const isLetterCode = (code: number): boolean => isWordChar(code) && !(code >= 48 && code <= 57);
const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019 || code === 38; // - ' ’ &

const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Whether the word text[start, end), followed by a dot, keeps the dot; read in place (most words before a dot end a sentence). */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) {
    return true;
  }
  if (length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, end).toLowerCase())) {
    return true;
  }
  return length > 2 && text.charCodeAt(start + 1) === 46 && DOTTED_INITIALS.test(text.slice(start, end));
}

/** What `wordEnd` read of its word: its wordHash, and whether it holds a capital A-Z or a code unit past ASCII. */
export const scannedWord = { hash: 0, upper: false };

/**
 * End of the word starting at `start`: letters and digits, inner - ' ’ &, and dotted initials (U.S, e.g). The same
 * pass fills `scannedWord`. This scan never reads past the text (charCodeAt there makes V8 drop its optimised code
 * and compile it again).
 */
export function wordEnd(text: string, start: number, to: number): number {
  let j = start;
  let segment = start;
  let hash = 0;
  let upper = false;
  for (;;) {
    while (j < to) {
      const code = text.charCodeAt(j);
      if (!isWordChar(code)) {
        break;
      }
      hash = wordHash(hash, code);
      upper ||= (code >= 65 && code <= 90) || code >= 128;
      j++;
    }
    if (j + 1 < to && isWordChar(text.charCodeAt(j + 1))) {
      const code = text.charCodeAt(j);
      const dottedInitial = code === 46 && j - segment === 1 && isLetterCode(text.charCodeAt(j + 1)) && !(j + 2 < to && isWordChar(text.charCodeAt(j + 2)));
      if (isJoiner(code) || dottedInitial) {
        hash = wordHash(hash, code);
        upper ||= code >= 128;
        j++;
        segment = j;
        continue;
      }
    }
    scannedWord.hash = hash;
    scannedWord.upper = upper;
    return j;
  }
}

/** Whether a word starting with code unit `code` (≥ 128) is capitalised, i.e. changes in lower case; cached. */
const upperCache = new Uint8Array(65536); // 0 unknown, 1 changes, 2 not
export function changesInLowerCase(code: number): boolean {
  let cached = upperCache[code];
  if (cached === 0) {
    const char = String.fromCharCode(code);
    cached = char.toLowerCase()[0] !== char ? 1 : 2;
    upperCache[code] = cached;
  }
  return cached === 1;
}
