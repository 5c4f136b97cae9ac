import { NON_NAME_WORDS, PLACE_WORDS, TITLE_WORDS } from './lexicon';
import { isCapitalized, type Token } from './tokens';

const capitalized = (token: Token): boolean => isCapitalized(token);

/** A capitalised function or calendar word ("The", "Tuesday"); an all-caps acronym ("US") is never one. */
export function isNonName(token: Token): boolean {
  return NON_NAME_WORDS.has(token.lower) && !(token.text.length > 1 && isAllCaps(token.text) && token.text !== 'I');
}

/** text === text.toUpperCase(), without a new string for the usual word with an ASCII lower-case letter. */
export function isAllCaps(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) {
      return false;
    }
    if (code >= 128) {
      return text === text.toUpperCase();
    }
  }
  return true;
}

/**
 * "New" before a capitalised word starts a place's name ("New Hampshire", "New York Gov. Jane Roe"), which the
 * name reading then files as a place: otherwise the run would start at "Hampshire" and read as a person.
 */
export function opensPlaceName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    PLACE_WORDS.has(token.lower) &&
    NON_NAME_WORDS.has(token.lower) &&
    capitalized(token) &&
    capitalized(next) &&
    !isNonName(next) &&
    next.start - token.end <= 1 &&
    !next.lineStart
  );
}

/** Whether a capitalised run may start at token `index`: a capitalised word that is not a function word, or "New" of a place. */
export function startsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return capitalized(token) && (!isNonName(token) || opensPlaceName(tokens, index));
}

export function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) {
    return true;
  }
  // President-elect, Secretary-General, Vice-President, ex-minister
  return lower.includes('-') && lower.split('-').some((part) => TITLE_WORDS.has(part));
}

const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '—', ':', '[']);
/** True when token `index` opens a sentence, a quotation, a parenthesis or a line. */
export function opensSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentenceEnd || previous.type === 'quote' || OPENERS.has(previous.text) || tokens[index].lineStart;
}
