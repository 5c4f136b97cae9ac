/** Word counting for the line features: a char-code scan (regex matches per word were the hot spot). */
import { isLetterOrDigitCode } from '../codeUnits';

const FUNCTION_WORD_LIST = (
  'a an the of to in on at by for from with about into over after before under between against during without ' +
  'and or but nor so yet if than that which who whom whose what when where while because as though although ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'he she it they we you i his her its their our your my him them us me this these those there here not no ' +
  'said says say told according also just more most some any all one two other such only then very out up'
).split(' ');

/** Longest word looked up (longer words are content words; "according" is never counted). */
const MAX_FUNCTION_WORD = 8;

/** Hash of a lower-case ASCII word, built one char code at a time while scanning (no slicing, no lower-casing). */
function hashStep(hash: number, lowerCode: number): number {
  return (Math.imul(hash, 31) + lowerCode) & 0x3fffffff;
}

/** Open-addressing table of the function words by hash (a typed array probes faster than a Map lookup):
 * slot → index + 1 into FUNCTION_WORD_LIST, 0 when free. A hit is confirmed by comparing the chars. */
const TABLE_MASK = 1023;
const TABLE_WORD = new Int32Array(TABLE_MASK + 1);
const TABLE_HASH = new Int32Array(TABLE_MASK + 1);
FUNCTION_WORD_LIST.forEach((word, index) => {
  let hash = 0;
  for (let i = 0; i < word.length; i++) {
    hash = hashStep(hash, word.charCodeAt(i));
  }
  let slot = hash & TABLE_MASK;
  while (TABLE_WORD[slot] !== 0) {
    slot = (slot + 1) & TABLE_MASK;
  }
  TABLE_WORD[slot] = index + 1;
  TABLE_HASH[slot] = hash;
});

/** Whether text[start, end), all ASCII letters, is a function word in any case. */
function isFunctionWord(text: string, start: number, end: number, hash: number): boolean {
  for (let slot = hash & TABLE_MASK; TABLE_WORD[slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
    const word = FUNCTION_WORD_LIST[TABLE_WORD[slot] - 1];
    if (TABLE_HASH[slot] === hash && word.length === end - start) {
      let same = true;
      for (let i = 0; same && i < word.length; i++) {
        same = (text.charCodeAt(start + i) | 0x20) === word.charCodeAt(i);
      }
      if (same) {
        return true;
      }
    }
  }
  return false;
}

/** Memoised per code unit (a regex test per curly quote was dear). */
const isWordChar = isLetterOrDigitCode;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export interface WordCounts {
  words: number;
  /** English function words (0 unless asked for). */
  functionWords: number;
  /** Words starting with a lower-case ASCII letter. */
  lowerWords: number;
}

/**
 * The words of text[from, to). Read in place: a line sliced out of the text is a view of it, and reading its code
 * units through the view cost V8 about a third more than reading the text's own.
 */
export function countWords(text: string, wantFunctionWords: boolean, from = 0, to = text.length): WordCounts {
  let words = 0;
  let functionWords = 0;
  let lowerWords = 0;
  let i = from;
  const n = to;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    // Only words made of ASCII letters can be function words.
    let letters = isAsciiLetter(code);
    let hash = letters ? hashStep(0, code | 0x20) : 0;
    i++;
    while (i < n) {
      code = text.charCodeAt(i);
      if (isWordChar(code)) {
        if (letters && isAsciiLetter(code)) {
          hash = hashStep(hash, code | 0x20);
        } else {
          letters = false;
        }
        i++;
      } else if ((code === 39 || code === 0x2019 || code === 46 || code === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        // Apostrophes, dots and hyphens join word parts: "don't", "U.S.", "well-known".
        letters = false;
        i++;
      } else {
        break;
      }
    }
    words++;
    const first = text.charCodeAt(start);
    if (first >= 97 && first <= 122) {
      lowerWords++;
    }
    if (wantFunctionWords && letters && i - start <= MAX_FUNCTION_WORD && isFunctionWord(text, start, i, hash)) {
      functionWords++;
    }
  }
  return { words, functionWords, lowerWords };
}
